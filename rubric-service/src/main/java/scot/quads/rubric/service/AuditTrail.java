package scot.quads.rubric.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.contract.EventCodec;
import scot.quads.rubric.Answer;
import scot.quads.rubric.AuditEntry;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.Focus;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.Statement;

/** Writes one audit row per change, inside the change's own transaction, so the trail and the data agree. */
@ApplicationScoped
public class AuditTrail {

    public static final String VERSION = "framework-version";
    public static final String CYCLE = "cycle";
    public static final String EVALUATION = "self-evaluation";
    public static final String FOCUS = "focus";
    public static final String EVIDENCE = "evidence";

    @Transactional(Transactional.TxType.MANDATORY)
    public void versionImported(FrameworkVersion version, String frameworkCode, String actor) {
        AuditEntry entry = entry(actor, "version.imported", VERSION, version.id, version.createdAt);
        entry.detail = json(Map.of("frameworkCode", frameworkCode, "number", version.number, "label", version.label));
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void versionPublished(FrameworkVersion version, String actor) {
        AuditEntry entry = entry(actor, "version.published", VERSION, version.id, version.publishedAt);
        entry.detail = json(Map.of("number", version.number, "label", version.label));
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void versionDerived(FrameworkVersion version, FrameworkVersion source, String actor) {
        AuditEntry entry = entry(actor, "version.derived", VERSION, version.id, version.createdAt);
        entry.detail = json(Map.of("number", version.number, "label", version.label, "from", source.id.toString()));
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void versionRetired(FrameworkVersion version, String actor, OffsetDateTime at) {
        AuditEntry entry = entry(actor, "version.retired", VERSION, version.id, at);
        entry.detail = json(Map.of("number", version.number, "label", version.label));
        entry.persist();
    }

    /** A draft's question added, changed or deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void draftEdited(FrameworkVersion version, String action, String questionCode, String actor) {
        AuditEntry entry = entry(actor, action, VERSION, version.id, null);
        entry.questionCode = questionCode;
        entry.persist();
    }

    /** A draft's theme or quality indicator added, changed, deleted or reordered; {@code code} names it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void headingEdited(FrameworkVersion version, String action, String code, String actor) {
        AuditEntry entry = entry(actor, action, VERSION, version.id, null);
        if (code != null) {
            entry.detail = json(Map.of("code", code));
        }
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cycleOpened(Cycle cycle, String actor) {
        AuditEntry entry = entry(actor, "cycle.opened", CYCLE, cycle.id, cycle.createdAt);
        entry.cycleId = cycle.id;
        entry.detail = json(Map.of("name", cycle.name, "rubricVersionId", cycle.rubricVersionId.toString(),
                "opensOn", cycle.opensOn.toString(), "submissionDeadline", cycle.submissionDeadline.toString(),
                "revealRule", cycle.revealRule.wire(), "statementRequired", cycle.statementRequired));
        entry.persist();
    }

    /**
     * The row for an answer saved: its level before and after, and which parts changed ({@code after} as written).
     * Not written here: the autosave inserts it with the answer, through its stateless session.
     */
    public AuditEntry answerSaved(SelfEvaluation evaluation, Answer before, Answer after, String actor) {
        AuditEntry entry = entry(actor, "answer.saved", EVALUATION, evaluation.id, after.updatedAt);
        entry.cycleId = evaluation.cycleId;
        entry.councilCode = evaluation.councilCode;
        entry.questionCode = after.questionCode;
        entry.oldLevel = before == null ? null : before.level;
        entry.newLevel = after.level;
        entry.detail = json(Map.of(
                "answerVersion", after.version,
                "notApplicable", after.notApplicable,
                "changed", AnswerChanges.between(before, after)));
        return entry;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void carriedForward(SelfEvaluation evaluation, Cycle from, int copied, int noted, boolean statement,
            String actor, OffsetDateTime at) {
        AuditEntry entry = entry(actor, "evaluation.carried-forward", EVALUATION, evaluation.id, at);
        entry.cycleId = evaluation.cycleId;
        entry.councilCode = evaluation.councilCode;
        entry.detail = json(Map.of("fromCycleId", from.id.toString(), "fromCycle", from.name, "copied", copied,
                "noted", noted, "statement", statement));
        entry.persist();
    }

    /** A step in a council's focus: saved, proposed, agreed or sent back (with ADES's comment), from which state. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void focusEvent(Focus focus, String action, String fromState, String comment, String actor) {
        AuditEntry entry = entry(actor, action, FOCUS, focus.id, focus.updatedAt);
        entry.cycleId = focus.cycleId;
        entry.councilCode = focus.councilCode;
        java.util.Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("focusVersion", focus.version);
        detail.put("from", fromState == null ? "none" : fromState);
        detail.put("to", focus.state);
        if (comment != null) {
            detail.put("comment", comment);
        }
        entry.detail = json(detail);
        entry.persist();
    }

    /** The statement saved: its version and which parts changed (context, swot, summary). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void statementSaved(SelfEvaluation evaluation, Statement statement, List<String> changed,
            boolean wasCarriedForward, String actor) {
        AuditEntry entry = entry(actor, "statement.saved", EVALUATION, evaluation.id, statement.updatedAt);
        entry.cycleId = evaluation.cycleId;
        entry.councilCode = evaluation.councilCode;
        entry.detail = json(Map.of("statementVersion", statement.version, "changed", changed,
                "acceptedCarriedForward", wasCarriedForward));
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void answerConfirmed(SelfEvaluation evaluation, Answer before, Answer after, String actor) {
        AuditEntry entry = entry(actor, "answer.confirmed", EVALUATION, evaluation.id, after.updatedAt);
        entry.cycleId = evaluation.cycleId;
        entry.councilCode = evaluation.councilCode;
        entry.questionCode = after.questionCode;
        entry.oldLevel = before.level;
        entry.newLevel = after.level;
        entry.detail = json(Map.of("answerVersion", after.version));
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluationSubmitted(SelfEvaluation evaluation, int answers, long evaluationVersion) {
        AuditEntry entry = entry(evaluation.submittedBy, "evaluation.submitted", EVALUATION, evaluation.id,
                evaluation.submittedAt);
        entry.cycleId = evaluation.cycleId;
        entry.councilCode = evaluation.councilCode;
        entry.detail = json(Map.of("answers", answers, "evaluationVersion", evaluationVersion));
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluationReturned(SelfEvaluation evaluation, long evaluationVersion) {
        AuditEntry entry = entry(evaluation.returnedBy, "evaluation.returned", EVALUATION, evaluation.id,
                evaluation.returnedAt);
        entry.cycleId = evaluation.cycleId;
        entry.councilCode = evaluation.councilCode;
        entry.detail = json(Map.of("reason", evaluation.returnReason, "evaluationVersion", evaluationVersion));
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void evaluationRecalled(SelfEvaluation evaluation, String actor, long evaluationVersion) {
        AuditEntry entry = entry(actor, "evaluation.recalled", EVALUATION, evaluation.id, evaluation.updatedAt);
        entry.cycleId = evaluation.cycleId;
        entry.councilCode = evaluation.councilCode;
        entry.detail = json(Map.of("evaluationVersion", evaluationVersion));
        entry.persist();
    }

    /** ADES changed a cycle's dates, reveal rule or reminders: each changed field with its old and new value. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cycleChanged(Cycle cycle, Map<String, Object> changes, String actor, OffsetDateTime at) {
        AuditEntry entry = entry(actor, "cycle.changed", CYCLE, cycle.id, at);
        entry.cycleId = cycle.id;
        entry.detail = json(Map.of("changes", changes));
        entry.persist();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cycleStateMoved(Cycle cycle, String from, String reason, String actor, OffsetDateTime at) {
        AuditEntry entry = entry(actor, "cycle.state-changed", CYCLE, cycle.id, at);
        entry.cycleId = cycle.id;
        entry.detail = json(Map.of("from", from, "to", cycle.state, "reason", reason));
        entry.persist();
    }

    /** ADES reminded one council to submit; {@code daysLeft} 0 or less once the deadline has passed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reminderSent(Cycle cycle, String councilCode, int daysLeft, String actor, OffsetDateTime at) {
        AuditEntry entry = entry(actor, ManualReminders.ACTION, CYCLE, cycle.id, at);
        entry.cycleId = cycle.id;
        entry.councilCode = councilCode;
        entry.detail = json(Map.of("daysLeft", daysLeft));
        entry.persist();
    }

    /**
     * An item of the evidence pack added, changed or removed ({@code evidence.added}, {@code evidence.changed},
     * {@code evidence.removed}): what it is, never its content.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void evidenceEvent(scot.quads.rubric.evidence.EvidenceItem item, String action, String actor,
            OffsetDateTime at) {
        AuditEntry entry = entry(actor, action, EVIDENCE, item.id, at);
        entry.cycleId = item.cycleId;
        entry.councilCode = item.councilCode;
        java.util.Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("kind", item.kind);
        detail.put("title", item.title);
        if (item.isFile()) {
            detail.put("fileName", item.fileName);
            detail.put("mediaType", item.mediaType);
            detail.put("sizeBytes", item.sizeBytes);
            detail.put("sha256", item.sha256);
        } else {
            detail.put("url", item.url);
        }
        detail.put("itemVersion", item.version);
        entry.detail = json(detail);
        entry.persist();
    }

    private static AuditEntry entry(String actor, String action, String subjectType, UUID subjectId,
            OffsetDateTime at) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = at != null ? at : OffsetDateTime.now();
        entry.actor = actor;
        entry.action = action;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        return entry;
    }

    private static String json(Map<String, Object> detail) {
        try {
            return EventCodec.mapper().writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit detail cannot be written as JSON", e);
        }
    }
}
