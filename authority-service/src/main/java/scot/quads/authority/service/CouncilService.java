package scot.quads.authority.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import scot.quads.authority.Council;
import scot.quads.authority.event.CouncilEvents;
import scot.quads.contract.Events;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.support.jdbc.DatabaseFailures;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;

/**
 * Reading councils, and ADES's changes to them, each audited and published as an event. Councils are never deleted
 * (quads, self-evaluations and indicator values refer to them): ADES deactivates one instead.
 */
@ApplicationScoped
public class CouncilService {

    private final Outbox outbox;
    private final AuditLog audit;

    public CouncilService(Outbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    public List<Council> all() {
        return Council.listByName();
    }

    public Council get(String code) {
        return Council.findByCode(code).orElseThrow(() -> ProblemException.notFound("Council", code));
    }

    /**
     * Applies ADES's change if the version If-Match names is still current: an unknown council is 404, no If-Match
     * 428, an outdated version 412, and a change saved by someone else between this read and this write is 409 (the
     * council's {@code @Version}).
     */
    @Transactional
    public Council update(String code, CouncilChange change, ETags.IfMatch ifMatch, String by) {
        Council council = get(code);
        if (ifMatch.required(council.version) != council.version) {
            throw ProblemException.preconditionFailed(
                    "Council " + council.gssCode + " was changed by someone else since you loaded it",
                    council.version);
        }
        if (Council.otherIsNamed(change.name().trim(), council.gssCode)) {
            throw ProblemException.conflict("Another council is already called " + change.name().trim());
        }
        CouncilV1 before = CouncilEvents.payload(council);
        council.name = change.name().trim();
        council.lgbfName = blankToNull(change.lgbfName());
        council.regionalCollaborative = blankToNull(change.regionalCollaborative());
        council.peopleFamily = change.peopleFamily();
        council.otherFamily = change.otherFamily();
        council.active = change.active();
        council.updatedAt = OffsetDateTime.now();
        council.updatedBy = by;
        // Written now, with the version it was read at: someone else's change since is a 409 and nothing is
        // written; the new version is known for the ETag.
        try {
            Council.flush();
        } catch (PersistenceException e) {
            if (DatabaseFailures.violatesUnique(e, Council.UNIQUE_NAME)) {
                throw ProblemException.conflict("Another council is already called " + council.name);
            }
            throw e;
        }
        CouncilV1 after = CouncilEvents.payload(council);
        audit.record(council.gssCode, by, AuditLog.COUNCIL_UPDATED, before, after);
        outbox.publish(Events.COUNCIL_UPDATED, council.gssCode, after);
        return council;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** What ADES may change about a council; its codes are facts and stay as they are. */
    public record CouncilChange(String name, String lgbfName, String regionalCollaborative, Integer peopleFamily,
            Integer otherFamily, boolean active) {
    }
}
