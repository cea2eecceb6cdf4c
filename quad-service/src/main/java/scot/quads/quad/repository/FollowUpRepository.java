package scot.quads.quad.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import scot.quads.support.jdbc.Database;

/**
 * Where an action's follow-up point comes from: the cycle's, when ADES set one; else one year after the owner's
 * findings report for the cycle was first published (the date in the service's time zone is the caller's to take).
 */
@ApplicationScoped
public class FollowUpRepository {

    private final Database database;

    public FollowUpRepository(Database database) {
        this.database = database;
    }

    /** When the council's findings report for the cycle was first published; empty while it is not. */
    public Optional<OffsetDateTime> firstPublished(UUID cycleId, String councilCode) {
        return database.first("""
                SELECT min(published_at) AS first_published FROM findings_report
                WHERE cycle_id = ? AND council_code = ? AND published_at IS NOT NULL
                HAVING min(published_at) IS NOT NULL""",
                row -> row.getObject("first_published", OffsetDateTime.class), cycleId, councilCode);
    }

    /**
     * Actions whose follow-up point is on or before {@code until} and whose follow-up reminder has not gone out:
     * the ones the daily job may have to remind. The point of a council without a cycle setting is a year after its
     * first publication, taken at UTC here (the job checks each in the service's zone before it reminds).
     */
    public List<UUID> followUpDueBy(LocalDate until) {
        return database.list("""
                SELECT a.id FROM quad_action a
                LEFT JOIN cycle_follow_up f ON f.cycle_id = a.cycle_id
                WHERE NOT EXISTS (SELECT 1 FROM quad_action_notice n WHERE n.action_id = a.id AND n.kind = 'follow-up')
                  AND COALESCE(f.follow_up_on,
                        (SELECT (min(r.published_at) AT TIME ZONE 'UTC' + INTERVAL '1 year')::date FROM findings_report r
                         WHERE r.cycle_id = a.cycle_id AND r.council_code = a.owner_council
                           AND r.published_at IS NOT NULL)) <= ?
                ORDER BY a.id""", row -> row.getObject("id", UUID.class), until);
    }
}
