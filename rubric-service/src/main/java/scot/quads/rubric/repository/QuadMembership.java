package scot.quads.rubric.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * Who is in which quad, as quad-service announces it, kept to tell whether a council's partners have all
 * submitted and whether two councils are partners (who may read each other's agreed focus). A projection fed by
 * events, left in plain SQL on purpose: each event replaces a quad's whole membership through a conditional upsert
 * (an event older than the one applied changes nothing, decided by the database in the same statement, with no read
 * first), and the questions asked of it are grouped reads across quads, members and evaluations. Entities would
 * add a read before every write and nothing else.
 */
@ApplicationScoped
public class QuadMembership {

    private final Database database;

    public QuadMembership(Database database) {
        this.database = database;
    }

    /** Applies a quad's whole membership, unless a newer one was applied already. */
    public void apply(UUID quadId, UUID cycleId, List<String> members, OffsetDateTime asOf) {
        int applied = database.update("""
                INSERT INTO quad (id, cycle_id, as_of) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET cycle_id = excluded.cycle_id, as_of = excluded.as_of
                WHERE quad.as_of IS NULL OR excluded.as_of IS NULL OR quad.as_of <= excluded.as_of
                """, quadId, cycleId, asOf);
        if (applied == 0) {
            return;
        }
        database.update("DELETE FROM quad_member WHERE quad_id = ?", quadId);
        database.update("INSERT INTO quad_member (quad_id, council_code) SELECT ?, member FROM unnest(?) AS member",
                quadId, Database.array("text",
                        members.stream().map(member -> member.trim().toUpperCase(Locale.ROOT)).toList()));
    }

    /** True when the council is in a quad of the cycle with partners, and every partner's evaluation is submitted. */
    public boolean everyPartnerSubmitted(UUID cycleId, String councilCode) {
        return database.first("""
                SELECT count(*) AS partners, count(*) FILTER (WHERE e.state = 'submitted') AS submitted
                FROM quad q
                JOIN quad_member mine ON mine.quad_id = q.id AND mine.council_code = ?
                JOIN quad_member partner ON partner.quad_id = q.id AND partner.council_code <> ?
                LEFT JOIN self_evaluation e ON e.cycle_id = q.cycle_id AND e.council_code = partner.council_code
                WHERE q.cycle_id = ?
                """, row -> row.getLong("partners") > 0 && row.getLong("partners") == row.getLong("submitted"),
                councilCode, councilCode, cycleId).orElse(false);
    }

    /**
     * Locks the council's quads in the cycle until the transaction ends, so that two members submitting at once
     * are decided one after the other: the second then sees the first's submission, and the quad's reveal is
     * recorded by whichever of them completes it.
     */
    public void lockQuadsOf(UUID cycleId, String councilCode) {
        database.list("""
                SELECT q.id FROM quad q
                JOIN quad_member mine ON mine.quad_id = q.id AND mine.council_code = ?
                WHERE q.cycle_id = ?
                ORDER BY q.id
                FOR UPDATE OF q
                """, row -> row.getObject("id", UUID.class), councilCode, cycleId);
    }

    /** Records that the evaluation was shown to its partners now, unless it was already. */
    public void markShown(UUID evaluationId, OffsetDateTime at) {
        database.update("UPDATE self_evaluation SET shown_to_partners_at = ? WHERE id = ?"
                + " AND shown_to_partners_at IS NULL", at, evaluationId);
    }

    /**
     * Records, for each quad of the cycle that the council belongs to and whose members (two or more) have now all
     * submitted, that every member's submission was shown to its partners: the all-submitted reveal has fired.
     * Returns how many evaluations were newly marked.
     */
    public int markShownWhereAllSubmitted(UUID cycleId, String councilCode, OffsetDateTime at) {
        return database.update("""
                UPDATE self_evaluation e SET shown_to_partners_at = ?
                  FROM quad q JOIN quad_member m ON m.quad_id = q.id
                 WHERE q.cycle_id = ?
                   AND EXISTS (SELECT 1 FROM quad_member mine WHERE mine.quad_id = q.id AND mine.council_code = ?)
                """ + EVERY_MEMBER_SUBMITTED, at, cycleId, councilCode);
    }

    /**
     * As {@link #markShownWhereAllSubmitted}, for one quad whose membership has just changed, when its cycle reveals
     * answers once all members have submitted (a partner leaving can complete the quad).
     */
    public int markShownIfAllSubmitted(UUID quadId, OffsetDateTime at) {
        return database.update("""
                UPDATE self_evaluation e SET shown_to_partners_at = ?
                  FROM quad q JOIN quad_member m ON m.quad_id = q.id
                 WHERE q.id = ?
                   AND EXISTS (SELECT 1 FROM cycle c WHERE c.id = q.cycle_id
                                 AND c.reveal_rule = 'all-submitted-or-deadline')
                """ + EVERY_MEMBER_SUBMITTED, at, quadId);
    }

    /** The members' evaluations of a quad {@code q} (joined as {@code m}, {@code e}), when all two or more submitted. */
    private static final String EVERY_MEMBER_SUBMITTED = """
               AND e.cycle_id = q.cycle_id AND e.council_code = m.council_code
               AND e.state = 'submitted' AND e.shown_to_partners_at IS NULL
               AND (SELECT count(*) FROM quad_member x WHERE x.quad_id = q.id) > 1
               AND NOT EXISTS (SELECT 1 FROM quad_member x
                                 LEFT JOIN self_evaluation y ON y.cycle_id = q.cycle_id
                                                            AND y.council_code = x.council_code
                                WHERE x.quad_id = q.id AND y.state IS DISTINCT FROM 'submitted')
            """;

    /** True when the two councils are members of one quad of the cycle (as quad-service last announced it). */
    public boolean partners(UUID cycleId, String councilCode, String otherCode) {
        return database.first("""
                SELECT count(*) AS shared FROM quad q
                JOIN quad_member mine ON mine.quad_id = q.id AND mine.council_code = ?
                JOIN quad_member other ON other.quad_id = q.id AND other.council_code = ?
                WHERE q.cycle_id = ?
                """, row -> row.getLong("shared") > 0, councilCode.trim().toUpperCase(Locale.ROOT),
                otherCode.trim().toUpperCase(Locale.ROOT), cycleId).orElse(false);
    }
}
