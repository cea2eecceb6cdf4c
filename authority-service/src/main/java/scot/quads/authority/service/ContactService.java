package scot.quads.authority.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import scot.quads.authority.Council;
import scot.quads.authority.CouncilContact;
import scot.quads.contract.Events;
import scot.quads.contract.payload.CouncilContactsV1;
import scot.quads.support.jdbc.DatabaseFailures;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.security.Caller;

/**
 * The people to notify at each council. ADES manages every council's contacts and a council's editors their own;
 * its viewers read them. Each change is audited and publishes the council's whole contact list, so
 * notification-service keeps its own copy.
 */
@ApplicationScoped
public class ContactService {

    /** The notification types a contact can ask for. */
    public static final List<String> NOTIFICATION_TYPES = List.of("cycle.opened", "deadline-approaching",
            "deadline-passed", "self-evaluation.submitted", "self-evaluation.returned", "quad.changed", "comment",
            "action", "focus.proposed", "focus.decided", "findings.published");

    private final CouncilService councils;
    private final Outbox outbox;
    private final AuditLog audit;

    public ContactService(CouncilService councils, Outbox outbox, AuditLog audit) {
        this.councils = councils;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** What a caller asks to store about a contact. */
    public record ContactChange(String name, String email, String role, List<String> notifications) {
    }

    public List<CouncilContact> list(Caller caller, String code) {
        Council council = councils.get(code);
        if (!caller.isAdes() && !caller.belongsTo(council.gssCode)) {
            throw ProblemException.forbidden("You can only see your own council's contacts");
        }
        return CouncilContact.of(council.gssCode);
    }

    public CouncilContact get(Caller caller, String code, UUID id) {
        return list(caller, code).stream().filter(c -> c.id.equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Contact", id));
    }

    @Transactional
    public CouncilContact add(Caller caller, String code, ContactChange change) {
        Council council = manageable(caller, code);
        CouncilContact contact = new CouncilContact();
        contact.id = UUID.randomUUID();
        contact.gssCode = council.gssCode;
        apply(contact, change, caller.username());
        contact.persist();
        saveNow(contact);
        audit.record(council.gssCode, caller.username(), AuditLog.CONTACT_ADDED, null, payload(contact));
        publish(council.gssCode);
        return contact;
    }

    @Transactional
    public CouncilContact change(Caller caller, String code, UUID id, ContactChange change) {
        Council council = manageable(caller, code);
        CouncilContact contact = find(council, id);
        CouncilContactsV1.Contact before = payload(contact);
        apply(contact, change, caller.username());
        saveNow(contact);
        audit.record(council.gssCode, caller.username(), AuditLog.CONTACT_CHANGED, before, payload(contact));
        publish(council.gssCode);
        return contact;
    }

    @Transactional
    public void remove(Caller caller, String code, UUID id) {
        Council council = manageable(caller, code);
        CouncilContact contact = find(council, id);
        CouncilContactsV1.Contact before = payload(contact);
        contact.delete();
        audit.record(council.gssCode, caller.username(), AuditLog.CONTACT_REMOVED, before, null);
        publish(council.gssCode);
    }

    private Council manageable(Caller caller, String code) {
        Council council = councils.get(code);
        if (!caller.isAdes() && !(caller.isEditor() && caller.belongsTo(council.gssCode))) {
            throw ProblemException.forbidden("Only ADES or an editor from " + council.gssCode
                    + " can change its contacts");
        }
        return council;
    }

    private static CouncilContact find(Council council, UUID id) {
        return CouncilContact.findIn(council.gssCode, id)
                .orElseThrow(() -> ProblemException.notFound("Contact", id));
    }

    /**
     * Writes the contact now. Two people adding the same address at the same moment both pass the check in
     * {@link #apply}; the second to write meets the unique index and gets the same 409, and nothing of its request
     * is written.
     */
    private static void saveNow(CouncilContact contact) {
        try {
            CouncilContact.flush();
        } catch (PersistenceException e) {
            if (DatabaseFailures.violatesUnique(e, CouncilContact.UNIQUE_EMAIL)) {
                throw emailTaken(contact.email, contact.gssCode);
            }
            throw e;
        }
    }

    private static ProblemException emailTaken(String email, String gssCode) {
        return new ProblemException(409, "Conflict", email + " is already a contact of " + gssCode,
                List.of(new Problem.FieldError("email", "is already a contact of this council")), null);
    }

    private static void apply(CouncilContact contact, ContactChange change, String by) {
        Set<String> notifications = new LinkedHashSet<>();
        List<Problem.FieldError> errors = new ArrayList<>();
        List<String> asked = change.notifications() == null ? List.of() : change.notifications();
        for (int i = 0; i < asked.size(); i++) {
            String type = asked.get(i) == null ? "" : asked.get(i).trim();
            if (NOTIFICATION_TYPES.contains(type)) {
                notifications.add(type);
            } else {
                errors.add(new Problem.FieldError("notifications[" + i + "]",
                        "must be one of " + String.join(", ", NOTIFICATION_TYPES)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid request", "Some notification types are unknown", errors, null);
        }
        String email = change.email().trim();
        if (CouncilContact.emailTaken(contact.gssCode, email, contact.id)) {
            throw emailTaken(email, contact.gssCode);
        }
        contact.name = change.name().trim();
        contact.email = email;
        contact.role = change.role() == null || change.role().isBlank() ? null : change.role().trim();
        contact.notifications = String.join(",", NOTIFICATION_TYPES.stream().filter(notifications::contains).toList());
        contact.updatedAt = OffsetDateTime.now();
        contact.updatedBy = by;
    }

    private void publish(String gssCode) {
        outbox.publish(Events.COUNCIL_CONTACTS_CHANGED, gssCode, new CouncilContactsV1(gssCode,
                CouncilContact.of(gssCode).stream().map(ContactService::payload).toList()));
    }

    static CouncilContactsV1.Contact payload(CouncilContact contact) {
        return new CouncilContactsV1.Contact(contact.id, contact.name, contact.email, contact.role,
                contact.notificationList());
    }
}
