package scot.quads.notification.repository;

import static scot.quads.support.jdbc.Database.array;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import scot.quads.notification.Contact;
import scot.quads.notification.Cycle;
import scot.quads.support.jdbc.Database;

/**
 * The service's read models of other services' facts: councils' names, cycles, quads' members, councils' contacts
 * and who has submitted. They are kept in plain SQL rather than as entities because they are not this service's
 * aggregates: each event carries the other service's whole state and replaces what was here (an upsert
 * {@code ON CONFLICT}, or a whole list deleted and written again in one statement each), nothing here is changed
 * field by field or needs a version, and the notification rules only read them, often a few columns of a grouped
 * query (a council's quad partners). Rows are read into the records {@link Contact} and {@link Cycle}.
 */
@ApplicationScoped
public class ProjectionRepository {

    private static final String CONTACT =
            "SELECT council_code, contact_id, name, email, role, notifications FROM contact";

    private final Database database;

    public ProjectionRepository(Database database) {
        this.database = database;
    }

    /** The known names of these councils, by code; a council not announced yet is simply absent. */
    public Map<String, String> councilNames(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> names = new HashMap<>();
        database.list("SELECT gss_code, name FROM council WHERE gss_code = ANY(?)",
                row -> names.put(row.getString("gss_code"), row.getString("name")),
                array("text", new HashSet<>(codes)));
        return names;
    }

    /** Every council announced so far, by code. */
    public List<String> councilCodes() {
        return database.list("SELECT gss_code FROM council ORDER BY gss_code", row -> row.getString("gss_code"));
    }

    public void saveCouncil(String code, String name) {
        database.update("""
                INSERT INTO council (gss_code, name) VALUES (?, ?)
                ON CONFLICT (gss_code) DO UPDATE SET name = EXCLUDED.name""", code, name);
    }

    public Optional<Cycle> cycle(UUID id) {
        return database.first("SELECT id, name, submission_deadline, reveal_rule, state FROM cycle WHERE id = ?",
                ProjectionRepository::cycle, id);
    }

    public void saveCycle(Cycle cycle) {
        database.update("""
                INSERT INTO cycle (id, name, submission_deadline, reveal_rule, state) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,
                    submission_deadline = EXCLUDED.submission_deadline, reveal_rule = EXCLUDED.reveal_rule,
                    state = EXCLUDED.state""",
                cycle.id(), cycle.name(), cycle.submissionDeadline(), cycle.revealRule(), cycle.state());
    }

    /** Every member of the quads this council is in for the cycle, itself included; empty when none is known. */
    public List<String> quadOf(UUID cycleId, String councilCode) {
        return database.list("""
                SELECT DISTINCT m.council_code FROM quad_member m
                WHERE m.quad_id IN (SELECT own.quad_id FROM quad_member own
                                    WHERE own.cycle_id = ? AND own.council_code = ?)
                ORDER BY m.council_code""", row -> row.getString("council_code"), cycleId, councilCode);
    }

    /** Each quad this council is in for the cycle, with all of its members (the council among them). */
    public Map<UUID, List<String>> quadsWith(UUID cycleId, String councilCode) {
        Map<UUID, List<String>> quads = new LinkedHashMap<>();
        database.list("""
                SELECT m.quad_id, m.council_code FROM quad_member m
                WHERE m.quad_id IN (SELECT own.quad_id FROM quad_member own
                                    WHERE own.cycle_id = ? AND own.council_code = ?)
                ORDER BY m.quad_id, m.council_code""",
                row -> quads.computeIfAbsent(row.getObject("quad_id", UUID.class), quad -> new ArrayList<>())
                        .add(row.getString("council_code")),
                cycleId, councilCode);
        return quads;
    }

    /** A quad's members as last formed, by code. */
    public List<String> quadMembers(UUID quadId) {
        return database.list("SELECT council_code FROM quad_member WHERE quad_id = ? ORDER BY council_code",
                row -> row.getString("council_code"), quadId);
    }

    /** Replaces a quad's whole membership for its cycle. */
    public void replaceQuad(UUID quadId, UUID cycleId, Collection<String> memberCodes) {
        database.update("DELETE FROM quad_member WHERE quad_id = ?", quadId);
        if (!memberCodes.isEmpty()) {
            database.update("""
                    INSERT INTO quad_member (quad_id, council_code, cycle_id)
                    SELECT ?, code, ? FROM unnest(?) AS code""", quadId, cycleId, array("text", memberCodes));
        }
    }

    public List<Contact> contactsOf(String councilCode) {
        return database.list(CONTACT + " WHERE council_code = ? ORDER BY email, contact_id",
                ProjectionRepository::contact, councilCode);
    }

    public List<Contact> contactsWithEmail(String email) {
        return database.list(CONTACT + " WHERE email = ? ORDER BY council_code, contact_id",
                ProjectionRepository::contact, email);
    }

    /** Replaces a council's whole list of contacts. */
    public void replaceContacts(String councilCode, Collection<Contact> contacts) {
        database.update("DELETE FROM contact WHERE council_code = ?", councilCode);
        if (contacts.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> notifications = new ArrayList<>();
        for (Contact contact : contacts) {
            ids.add(contact.contactId());
            names.add(contact.name());
            emails.add(contact.email());
            roles.add(contact.role());
            notifications.add(contact.notifications());
        }
        database.update("""
                INSERT INTO contact (council_code, contact_id, name, email, role, notifications)
                SELECT ?, c.id, c.name, c.email, c.role, c.notifications
                FROM unnest(?, ?, ?, ?, ?) AS c (id, name, email, role, notifications)""",
                councilCode, array("uuid", ids), array("text", names), array("text", emails),
                array("text", roles), array("text", notifications));
    }

    public void markSubmitted(UUID cycleId, String councilCode) {
        database.update(
                "INSERT INTO submitted_evaluation (cycle_id, council_code) VALUES (?, ?) ON CONFLICT DO NOTHING",
                cycleId, councilCode);
    }

    public void unmarkSubmitted(UUID cycleId, String councilCode) {
        database.update("DELETE FROM submitted_evaluation WHERE cycle_id = ? AND council_code = ?", cycleId,
                councilCode);
    }

    /** The councils with a submitted self-evaluation in the cycle now. */
    public Set<String> submittedIn(UUID cycleId) {
        return new HashSet<>(database.list("SELECT council_code FROM submitted_evaluation WHERE cycle_id = ?",
                row -> row.getString("council_code"), cycleId));
    }

    private static Contact contact(ResultSet row) throws SQLException {
        return new Contact(row.getString("council_code"), row.getObject("contact_id", UUID.class),
                row.getString("name"), row.getString("email"), row.getString("role"), row.getString("notifications"));
    }

    private static Cycle cycle(ResultSet row) throws SQLException {
        return new Cycle(row.getObject("id", UUID.class), row.getString("name"),
                row.getObject("submission_deadline", LocalDate.class), row.getString("reveal_rule"),
                row.getString("state"));
    }
}
