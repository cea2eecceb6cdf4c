package scot.quads.authority.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.authority.Council;
import scot.quads.authority.CouncilAlias;
import scot.quads.authority.CouncilAuditEntry;
import scot.quads.authority.CouncilContact;
import scot.quads.support.jdbc.ConcurrentChangeException;
import scot.quads.support.jdbc.Database;

/** Councils and what belongs to them (aliases, contacts, the audit), in plain SQL within the caller's transaction. */
@ApplicationScoped
public class CouncilRepository {

    private static final String COUNCIL = """
            SELECT gss_code, name, lgbf_name, legacy_gss_code, regional_collaborative, people_family, other_family,
                   active, version, updated_at, updated_by
            FROM council""";
    private static final String CONTACT =
            "SELECT id, gss_code, name, email, role, notifications, updated_at, updated_by FROM council_contact";

    private final Database database;

    public CouncilRepository(Database database) {
        this.database = database;
    }

    public List<Council> byName() {
        return database.list(COUNCIL + " ORDER BY name", CouncilRepository::council);
    }

    /** By current GSS code, or by the older code some councils had before boundary changes. */
    public Optional<Council> byCode(String code) {
        String wanted = code.trim().toUpperCase();
        return database.first(COUNCIL + " WHERE gss_code = ? OR legacy_gss_code = ? ORDER BY gss_code",
                CouncilRepository::council, wanted, wanted);
    }

    /** Another council with this name, in any case. */
    public Optional<String> otherNamed(String name, String exceptCode) {
        return database.first("SELECT gss_code FROM council WHERE lower(name) = lower(?) AND gss_code <> ?",
                row -> row.getString(1), name, exceptCode);
    }

    /**
     * Writes ADES's change and moves the council to its next version; if someone else changed it since it was read,
     * nothing is written and the change fails as a conflict.
     */
    public void update(Council c) {
        int changed = database.update("""
                UPDATE council SET name = ?, lgbf_name = ?, regional_collaborative = ?, people_family = ?,
                    other_family = ?, active = ?, updated_at = ?, updated_by = ?, version = version + 1
                WHERE gss_code = ? AND version = ?""", c.name, c.lgbfName, c.regionalCollaborative, c.peopleFamily,
                c.otherFamily, c.active, c.updatedAt, c.updatedBy, c.gssCode, c.version);
        if (changed == 0) {
            throw new ConcurrentChangeException("Council " + c.gssCode + " changed at the same time");
        }
        c.version++;
    }

    public List<CouncilAlias> aliasesOf(String gssCode) {
        return database.list("SELECT match_key, alias, gss_code FROM council_alias WHERE gss_code = ? ORDER BY alias",
                CouncilRepository::alias, gssCode);
    }

    public List<CouncilAlias> allAliases() {
        return database.list("SELECT match_key, alias, gss_code FROM council_alias ORDER BY match_key",
                CouncilRepository::alias);
    }

    /** The council an alias with this match key names, if any. */
    public Optional<String> aliasOwner(String matchKey) {
        return database.first("SELECT gss_code FROM council_alias WHERE match_key = ?", row -> row.getString(1),
                matchKey);
    }

    /** Replaces a council's aliases with these. */
    public void replaceAliases(String gssCode, List<CouncilAlias> aliases) {
        database.update("DELETE FROM council_alias WHERE gss_code = ?", gssCode);
        for (CouncilAlias alias : aliases) {
            database.update("INSERT INTO council_alias (match_key, alias, gss_code) VALUES (?, ?, ?)",
                    alias.matchKey, alias.alias, gssCode);
        }
    }

    /** A council's contacts by name, then address. */
    public List<CouncilContact> contactsOf(String gssCode) {
        return database.list(CONTACT + " WHERE gss_code = ? ORDER BY lower(name), lower(email)",
                CouncilRepository::contact, gssCode);
    }

    public Optional<CouncilContact> contact(String gssCode, UUID id) {
        return database.first(CONTACT + " WHERE id = ? AND gss_code = ?", CouncilRepository::contact, id, gssCode);
    }

    /** Whether another of the council's contacts has this address, in any case. */
    public boolean emailTaken(String gssCode, String email, UUID exceptId) {
        return database.first(
                "SELECT 1 FROM council_contact WHERE gss_code = ? AND lower(email) = lower(?) AND id <> ?",
                row -> true, gssCode, email, exceptId).isPresent();
    }

    public void insertContact(CouncilContact c) {
        database.update("""
                INSERT INTO council_contact (id, gss_code, name, email, role, notifications, updated_at, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", c.id, c.gssCode, c.name, c.email, c.role, c.notifications,
                c.updatedAt, c.updatedBy);
    }

    public void updateContact(CouncilContact c) {
        database.update("""
                UPDATE council_contact SET name = ?, email = ?, role = ?, notifications = ?, updated_at = ?,
                    updated_by = ?
                WHERE id = ?""", c.name, c.email, c.role, c.notifications, c.updatedAt, c.updatedBy, c.id);
    }

    public void deleteContact(UUID id) {
        database.update("DELETE FROM council_contact WHERE id = ?", id);
    }

    public void insertAudit(CouncilAuditEntry e) {
        e.id = database.first("""
                INSERT INTO council_audit (gss_code, at, by_user, action, before, after) VALUES (?, ?, ?, ?, ?, ?)
                RETURNING id""", row -> row.getLong(1), e.gssCode, e.at, e.byUser, e.action, e.before, e.after)
                .orElseThrow();
    }

    /** Newest first. */
    public List<CouncilAuditEntry> auditOf(String gssCode) {
        return database.list("""
                SELECT id, gss_code, at, by_user, action, before, after FROM council_audit
                WHERE gss_code = ? ORDER BY id DESC""", row -> {
                    CouncilAuditEntry e = new CouncilAuditEntry();
                    e.id = row.getLong(1);
                    e.gssCode = row.getString(2);
                    e.at = row.getObject(3, OffsetDateTime.class);
                    e.byUser = row.getString(4);
                    e.action = row.getString(5);
                    e.before = row.getString(6);
                    e.after = row.getString(7);
                    return e;
                }, gssCode);
    }

    private static Council council(ResultSet row) throws SQLException {
        Council c = new Council();
        c.gssCode = row.getString(1);
        c.name = row.getString(2);
        c.lgbfName = row.getString(3);
        c.legacyGssCode = row.getString(4);
        c.regionalCollaborative = row.getString(5);
        c.peopleFamily = row.getObject(6, Integer.class);
        c.otherFamily = row.getObject(7, Integer.class);
        c.active = row.getBoolean(8);
        c.version = row.getInt(9);
        c.updatedAt = row.getObject(10, OffsetDateTime.class);
        c.updatedBy = row.getString(11);
        return c;
    }

    private static CouncilAlias alias(ResultSet row) throws SQLException {
        CouncilAlias a = new CouncilAlias();
        a.matchKey = row.getString(1);
        a.alias = row.getString(2);
        a.gssCode = row.getString(3);
        return a;
    }

    private static CouncilContact contact(ResultSet row) throws SQLException {
        CouncilContact c = new CouncilContact();
        c.id = row.getObject(1, UUID.class);
        c.gssCode = row.getString(2);
        c.name = row.getString(3);
        c.email = row.getString(4);
        c.role = row.getString(5);
        c.notifications = row.getString(6);
        c.updatedAt = row.getObject(7, OffsetDateTime.class);
        c.updatedBy = row.getString(8);
        return c;
    }
}
