package scot.quads.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import scot.quads.authority.service.CouncilService;
import scot.quads.authority.service.CouncilService.CouncilChange;
import scot.quads.support.jdbc.DatabaseFailures;
import scot.quads.support.rest.ETags;
import scot.quads.testing.QuadsTestStack;

/**
 * Two changes to one council at the same time: the one that saves second, made on the copy it read before the first
 * saved, is refused as a concurrent change (409) and writes nothing — not the council, not its audit entry.
 */
@QuarkusTest
@QuadsTestStack
class CouncilConcurrentChangeTest {

    private static final String ABERDEEN = "S12000033";

    @Inject
    CouncilService councils;

    @Test
    void aChangeMadeOnAnOutdatedCopyIsRefusedAndWritesNothing() {
        Council original = QuarkusTransaction.requiringNew().call(() -> Council.findByCode(ABERDEEN).orElseThrow());
        int read = original.version;
        long audited = QuarkusTransaction.requiringNew().call(() -> CouncilAuditEntry.count("gssCode", ABERDEEN));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            // The second editor's transaction reads the council...
            Council outdated = Council.findByCode(ABERDEEN).orElseThrow();
            assertThat(outdated.version).isEqualTo(read);
            // ...the first saves a change meanwhile...
            QuarkusTransaction.requiringNew().run(() -> councils.update(ABERDEEN,
                    change(original, "Northern Alliance (first)"), ETags.IfMatch.of(read), "first"));
            // ...and the second saves its change on the copy it holds, which still says version `read`.
            councils.update(ABERDEEN, change(original, "Northern Alliance (second)"), ETags.IfMatch.of(read),
                    "second");
        })).satisfies(failure -> assertThat(DatabaseFailures.concurrentChange(failure))
                .as("refused as a concurrent change, not a server error: %s", failure).isTrue());

        Council stored = QuarkusTransaction.requiringNew().call(() -> Council.findByCode(ABERDEEN).orElseThrow());
        assertThat(stored.version).isEqualTo(read + 1);
        assertThat(stored.regionalCollaborative).isEqualTo("Northern Alliance (first)");
        assertThat(stored.updatedBy).isEqualTo("first");
        assertThat(QuarkusTransaction.requiringNew().call(() -> CouncilAuditEntry.newestFirst(ABERDEEN)))
                .hasSize((int) audited + 1)
                .first().satisfies(entry -> assertThat(entry.byUser).isEqualTo("first"));
    }

    private static CouncilChange change(Council council, String collaborative) {
        return new CouncilChange(council.name, council.lgbfName, collaborative, council.peopleFamily,
                council.otherFamily, council.active);
    }
}
