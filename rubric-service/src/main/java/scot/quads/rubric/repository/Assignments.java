package scot.quads.rubric.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * ADES's assignments of ADES officers and link inspectors, as quad-service announces them: a read model fed by
 * events, in plain SQL like {@link QuadMembership}, which it is read with. A revocation is final: once an assignment
 * is not live, no event (a grant arriving late included) makes it live again.
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
                """, id, role, username.toLowerCase(Locale.ROOT), quadId,
                councilCode == null ? null : councilCode.trim().toUpperCase(Locale.ROOT), live, asOf);
    }

    /**
     * True when the person, in one of these roles, has a live assignment reaching the council in the cycle: to the
     * quad of the cycle the council is in, to the council itself, or to a council in the same quad of the cycle.
     */
    public boolean reach(String username, List<String> roles, UUID cycleId, String councilCode) {
        if (roles.isEmpty()) {
            return false;
        }
        String council = councilCode.trim().toUpperCase(Locale.ROOT);
        return database.first("""
                SELECT count(*) AS reaching FROM assignment a
                WHERE a.live AND a.username = ? AND a.role = ANY(?) AND (
                    a.council_code = ?
                    OR EXISTS (SELECT 1 FROM quad q JOIN quad_member target ON target.quad_id = q.id
                               WHERE q.cycle_id = ? AND target.council_code = ?
                                 AND (q.id = a.quad_id OR EXISTS (SELECT 1 FROM quad_member assigned
                                      WHERE assigned.quad_id = q.id AND assigned.council_code = a.council_code))))
                """, row -> row.getLong("reaching") > 0, username.toLowerCase(Locale.ROOT),
                Database.array("text", roles), council, cycleId, council).orElse(false);
    }
}
