package scot.quads.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * ADES's assignments of ADES officers and link inspectors, as quad-service announces them: a read model fed by
 * events, in plain SQL like the other projections here. A revocation is final: once an assignment is not live, no
 * event (a grant arriving late included) makes it live again.
 */
@ApplicationScoped
public class Assignments {

    private final Database database;

    public Assignments(Database database) {
        this.database = database;
    }

    public void apply(UUID id, String role, String username, UUID quadId, String councilCode, boolean live,
            OffsetDateTime asOf) {
        database.update("""
                INSERT INTO assignment (id, role, username, quad_id, council_code, live, as_of)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET live = assignment.live AND excluded.live, as_of = excluded.as_of
                """, id, role, username.trim().toLowerCase(Locale.ROOT), quadId,
                councilCode == null ? null : councilCode.trim().toUpperCase(Locale.ROOT), live, asOf);
    }

    /**
     * The user names of everyone with a live assignment reaching the quad: to the quad itself, or to a council that
     * is one of its members. Sorted, each once.
     */
    public List<String> reaching(UUID quadId) {
        return database.list("""
                SELECT DISTINCT a.username FROM assignment a
                WHERE a.live AND (a.quad_id = ?
                    OR a.council_code IN (SELECT m.council_code FROM quad_member m WHERE m.quad_id = ?))
                ORDER BY a.username
                """, row -> row.getString("username"), quadId, quadId);
    }
}
