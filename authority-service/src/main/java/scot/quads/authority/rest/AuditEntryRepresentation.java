package scot.quads.authority.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import scot.quads.authority.CouncilAuditEntry;

/** One audited change: who, when, what, and the state before and after (null for an addition or a removal). */
public record AuditEntryRepresentation(OffsetDateTime at, String by, String action, JsonNode before, JsonNode after) {

    static AuditEntryRepresentation of(CouncilAuditEntry entry, ObjectMapper mapper) {
        return new AuditEntryRepresentation(entry.at, entry.byUser, entry.action, read(entry.before, mapper),
                read(entry.after, mapper));
    }

    private static JsonNode read(String json, ObjectMapper mapper) {
        try {
            return json == null ? null : mapper.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Stored audit entry is not JSON", e);
        }
    }
}
