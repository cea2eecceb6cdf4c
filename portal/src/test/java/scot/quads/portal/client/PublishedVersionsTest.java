package scot.quads.portal.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import scot.quads.portal.client.RubricApi.Version;

class PublishedVersionsTest {

    private final AtomicInteger reads = new AtomicInteger();
    private String status = "published";

    /** rubric-service as far as versions go: each read counted, the version in the status the test sets. */
    private final RubricApi rubric = (RubricApi) Proxy.newProxyInstance(RubricApi.class.getClassLoader(),
            new Class<?>[] { RubricApi.class }, (proxy, method, args) -> {
                if (!method.getName().equals("version")) {
                    throw new UnsupportedOperationException(method.getName());
                }
                reads.incrementAndGet();
                return new Version((UUID) args[0], "demo", "Demo framework", 1, "2026", status, 0, List.of(),
                        List.of());
            });

    private final PublishedVersions versions = new PublishedVersions(rubric);

    @Test
    void aPublishedVersionIsReadFromRubricServiceOnceForEveryPageAfter() {
        UUID id = UUID.randomUUID();

        Version first = versions.get(id);
        Version again = versions.get(id);

        assertThat(again).isEqualTo(first);
        assertThat(reads).hasValue(1);
    }

    @Test
    void aDraftIsReadAfreshEachTimeSinceAdesMayStillBeEditingIt() {
        status = "draft";
        UUID id = UUID.randomUUID();

        versions.get(id);
        versions.get(id);

        assertThat(reads).hasValue(2);
    }

    @Test
    void onlyTheMostRecentlyReadVersionsAreKept() {
        UUID first = UUID.randomUUID();
        versions.get(first);
        for (int i = 0; i < PublishedVersions.KEPT; i++) {
            versions.get(UUID.randomUUID());
        }

        versions.get(first);

        assertThat(reads).as("the first was let go to keep the memory bounded, so it is read again")
                .hasValue(PublishedVersions.KEPT + 2);
    }
}
