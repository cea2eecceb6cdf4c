package scot.quads.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import scot.quads.authority.repository.CouncilRepository;
import scot.quads.support.jdbc.ConcurrentChangeException;
import scot.quads.testing.QuadsTestStack;

/** Two changes to one council at the same time: the one that saves second is refused and writes nothing. */
@QuarkusTest
@QuadsTestStack
class CouncilRepositoryTest {

    @Inject
    CouncilRepository councils;

    @Test
    void aChangeMadeOnAnOutdatedCopyIsRefusedAndWritesNothing() {
        Council first = QuarkusTransaction.requiringNew().call(() -> councils.byCode("S12000033").orElseThrow());
        Council second = QuarkusTransaction.requiringNew().call(() -> councils.byCode("S12000033").orElseThrow());
        int read = first.version;

        first.regionalCollaborative = "Northern Alliance (first)";
        first.updatedAt = OffsetDateTime.now();
        first.updatedBy = "first";
        QuarkusTransaction.requiringNew().run(() -> councils.update(first));
        assertThat(first.version).isEqualTo(read + 1);

        second.regionalCollaborative = "Northern Alliance (second)";
        second.updatedAt = OffsetDateTime.now();
        second.updatedBy = "second";
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> councils.update(second)))
                .isInstanceOf(ConcurrentChangeException.class);

        Council stored = QuarkusTransaction.requiringNew().call(() -> councils.byCode("S12000033").orElseThrow());
        assertThat(stored.version).isEqualTo(read + 1);
        assertThat(stored.regionalCollaborative).isEqualTo("Northern Alliance (first)");
        assertThat(stored.updatedBy).isEqualTo("first");
    }
}
