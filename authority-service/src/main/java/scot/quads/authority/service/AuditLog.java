package scot.quads.authority.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import scot.quads.authority.CouncilAuditEntry;

/** Writes who changed what about a council, before and after, in the transaction that changes it. */
@ApplicationScoped
public class AuditLog {

    public static final String COUNCIL_UPDATED = "council.updated";
    public static final String ALIASES_CHANGED = "aliases.changed";
    public static final String CONTACT_ADDED = "contact.added";
    public static final String CONTACT_CHANGED = "contact.changed";
    public static final String CONTACT_REMOVED = "contact.removed";
    public static final String INDICATORS_IMPORTED = "indicators.imported";

    private final ObjectMapper mapper;

    public AuditLog(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void record(String gssCode, String by, String action, Object before, Object after) {
        CouncilAuditEntry entry = new CouncilAuditEntry();
        entry.gssCode = gssCode;
        entry.at = OffsetDateTime.now();
        entry.byUser = by;
        entry.action = action;
        entry.before = before == null ? null : mapper.valueToTree(before).toString();
        entry.after = after == null ? null : mapper.valueToTree(after).toString();
        entry.persist();
    }

    /** Newest first. */
    public List<CouncilAuditEntry> of(String gssCode) {
        return CouncilAuditEntry.newestFirst(gssCode);
    }
}
