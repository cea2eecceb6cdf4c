package scot.quads.rubric.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import scot.quads.contract.EventCodec;
import scot.quads.rubric.AuditEntry;

/** One line of a self-evaluation's audit trail: who did what, when, to which question, level old → new. */
public record AuditEntryRepresentation(OffsetDateTime at, String by, String action, String questionCode,
        Integer oldLevel, Integer newLevel, JsonNode detail) {

    static AuditEntryRepresentation of(AuditEntry entry) {
        return new AuditEntryRepresentation(entry.occurredAt, entry.actor, entry.action, entry.questionCode,
                entry.oldLevel, entry.newLevel, detail(entry.detail));
    }

    private static JsonNode detail(String json) {
        if (json == null) {
            return null;
        }
        try {
            return EventCodec.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit entry detail is not JSON", e);
        }
    }
}
