package scot.quads.quad.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.quad.comparison.Comparison.QuadSummary;
import scot.quads.quad.config.QuadConfig;

/** The comparison cache holds no more than its byte budget, dropping what was read least recently first. */
class ComparisonCacheBoundsTest {

    @Test
    void theLeastRecentlyReadEntryGoesFirstWhenTheBudgetIsFull() {
        ComparisonCache cache = new ComparisonCache(budget(30));
        ComparisonCache.Key a = key("a");
        ComparisonCache.Key b = key("b");
        ComparisonCache.Key c = key("c");
        cache.put(a, new byte[10]);
        cache.put(b, new byte[10]);
        cache.put(c, new byte[10]);
        assertThat(cache.get(a)).isNotNull();

        cache.put(key("d"), new byte[10]);

        assertThat(cache.get(b)).isNull();
        assertThat(cache.get(a)).isNotNull();
        assertThat(cache.get(c)).isNotNull();
        assertThat(cache.hits()).isEqualTo(3);
        assertThat(cache.misses()).isEqualTo(1);
    }

    @Test
    void aComparisonLargerThanTheBudgetIsNotKeptAndABudgetOfZeroKeepsNothing() {
        ComparisonCache small = new ComparisonCache(budget(5));
        small.put(key("big"), new byte[6]);
        assertThat(small.get(key("big"))).isNull();

        ComparisonCache none = new ComparisonCache(budget(0));
        none.put(key("any"), new byte[1]);
        assertThat(none.get(key("any"))).isNull();
    }

    @Test
    void keysBuiltFromTheSameFactsAreEqual() {
        UUID id = UUID.randomUUID();
        assertThat(new ComparisonCache.Key(new QuadSummary(id, "Q"), null, null, List.of(), List.of()))
                .isEqualTo(new ComparisonCache.Key(new QuadSummary(id, "Q"), null, null, List.of(), List.of()))
                .isNotEqualTo(new ComparisonCache.Key(new QuadSummary(id, "Renamed"), null, null, List.of(),
                        List.of()));
    }

    private static ComparisonCache.Key key(String name) {
        return new ComparisonCache.Key(new QuadSummary(new UUID(0, name.hashCode()), name), null, null, List.of(),
                List.of());
    }

    private static QuadConfig budget(long bytes) {
        return new QuadConfig() {
            @Override
            public ZoneId timeZone() {
                return ZoneId.of("Europe/London");
            }

            @Override
            public int thinEvidenceBelow() {
                return 200;
            }

            @Override
            public int trendCycles() {
                return 5;
            }

            @Override
            public long comparisonCacheBytes() {
                return bytes;
            }
        };
    }
}
