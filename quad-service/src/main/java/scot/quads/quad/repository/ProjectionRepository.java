package scot.quads.quad.repository;

import static scot.quads.support.jdbc.Database.array;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import scot.quads.quad.Council;
import scot.quads.quad.Cycle;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.support.jdbc.Database;

/**
 * The service's copies of other services' facts (councils, cycles, rubric versions, submissions), read and
 * written in plain SQL within the caller's transaction.
 */
@ApplicationScoped
public class ProjectionRepository {

    /** SQL condition for a shown submission of alias {@code s}. */
    public static final String SHOWN =
            "s.submitted_at IS NOT NULL AND (s.withdrawn_at IS NULL OR s.withdrawn_at < s.submitted_at)";

    private static final String COUNCIL = "SELECT gss_code, name, active, people_family, other_family, updated_at"
            + " FROM council";
    private static final String CYCLE = "SELECT id, name, rubric_version_id, opens_on, submission_deadline,"
            + " reveal_rule, state, updated_at FROM cycle";
    private static final String RUBRIC_VERSION = "SELECT id, framework_code, framework_title, version_number,"
            + " label, scale, questions, based_on_version_id, received_at FROM rubric_version";
    private static final String SUBMISSION = "SELECT s.evaluation_id, s.cycle_id, s.council_code,"
            + " s.rubric_version_id, s.submitted_at, s.submitted_by, s.answers, s.withdrawn_at, s.withdrawn_how,"
            + " s.updated_at FROM submission s";

    private final Database database;

    public ProjectionRepository(Database database) {
        this.database = database;
    }

    public Optional<Council> council(String code) {
        return database.first(COUNCIL + " WHERE gss_code = ?", ProjectionRepository::council, code);
    }

    /** The known councils among these codes, by code. */
    public Map<String, Council> councilsByCode(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        Map<String, Council> found = new HashMap<>();
        database.list(COUNCIL + " WHERE gss_code = ANY(?)", ProjectionRepository::council,
                array("text", new HashSet<>(codes))).forEach(c -> found.put(c.gssCode, c));
        return found;
    }

    public List<Council> activeCouncils() {
        return database.list(COUNCIL + " WHERE active ORDER BY gss_code", ProjectionRepository::council);
    }

    public void saveCouncil(Council council) {
        database.update("""
                INSERT INTO council (gss_code, name, active, people_family, other_family, updated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (gss_code) DO UPDATE SET name = EXCLUDED.name, active = EXCLUDED.active,
                    people_family = EXCLUDED.people_family, other_family = EXCLUDED.other_family,
                    updated_at = EXCLUDED.updated_at""",
                council.gssCode, council.name, council.active, council.peopleFamily, council.otherFamily,
                council.updatedAt);
    }

    public Optional<Cycle> cycle(UUID id) {
        return database.first(CYCLE + " WHERE id = ?", ProjectionRepository::cycle, id);
    }

    /** The cycle, its row locked until the transaction ends (so its quads are formed one at a time). */
    public Optional<Cycle> cycleForUpdate(UUID id) {
        return database.first(CYCLE + " WHERE id = ? FOR NO KEY UPDATE", ProjectionRepository::cycle, id);
    }

    /** These cycles, in no particular order. */
    public List<Cycle> cycles(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.list(CYCLE + " WHERE id = ANY(?)", ProjectionRepository::cycle,
                array("uuid", new HashSet<>(ids)));
    }

    /** The cycle whose deadline came last before {@code deadline}. */
    public Optional<Cycle> lastCycleBefore(LocalDate deadline) {
        return database.first(CYCLE + " WHERE submission_deadline < ? ORDER BY submission_deadline DESC",
                ProjectionRepository::cycle, deadline);
    }

    public void saveCycle(Cycle cycle) {
        database.update("""
                INSERT INTO cycle (id, name, rubric_version_id, opens_on, submission_deadline, reveal_rule, state,
                                   updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, rubric_version_id = EXCLUDED.rubric_version_id,
                    opens_on = EXCLUDED.opens_on, submission_deadline = EXCLUDED.submission_deadline,
                    reveal_rule = EXCLUDED.reveal_rule, state = EXCLUDED.state, updated_at = EXCLUDED.updated_at""",
                cycle.id, cycle.name, cycle.rubricVersionId, cycle.opensOn, cycle.submissionDeadline,
                cycle.revealRule, cycle.state, cycle.updatedAt);
    }

    public Optional<RubricVersion> rubricVersion(UUID id) {
        if (id == null) {
            return Optional.empty();
        }
        return database.first(RUBRIC_VERSION + " WHERE id = ?", ProjectionRepository::rubricVersion, id);
    }

    public boolean rubricVersionKnown(UUID id) {
        return database.first("SELECT 1 FROM rubric_version WHERE id = ?", row -> true, id).isPresent();
    }

    public void insertRubricVersion(RubricVersion version) {
        database.update("""
                INSERT INTO rubric_version (id, framework_code, framework_title, version_number, label, scale,
                                            questions, based_on_version_id, received_at)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)""",
                version.id, version.frameworkCode, version.frameworkTitle, version.versionNumber, version.label,
                Json.write(version.scale), Json.write(version.questions), version.basedOnVersionId,
                version.receivedAt);
    }

    public Optional<Submission> submission(UUID evaluationId) {
        return database.first(SUBMISSION + " WHERE s.evaluation_id = ?", ProjectionRepository::submission,
                evaluationId);
    }

    /** Writes the submission's row whole, whether it is new or not. */
    public void saveSubmission(Submission submission) {
        database.update("""
                INSERT INTO submission (evaluation_id, cycle_id, council_code, rubric_version_id, submitted_at,
                                        submitted_by, answers, withdrawn_at, withdrawn_how, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
                ON CONFLICT (evaluation_id) DO UPDATE SET cycle_id = EXCLUDED.cycle_id,
                    council_code = EXCLUDED.council_code, rubric_version_id = EXCLUDED.rubric_version_id,
                    submitted_at = EXCLUDED.submitted_at, submitted_by = EXCLUDED.submitted_by,
                    answers = EXCLUDED.answers, withdrawn_at = EXCLUDED.withdrawn_at,
                    withdrawn_how = EXCLUDED.withdrawn_how, updated_at = EXCLUDED.updated_at""",
                submission.evaluationId, submission.cycleId, submission.councilCode, submission.rubricVersionId,
                submission.submittedAt, submission.submittedBy, Json.write(submission.answers),
                submission.withdrawnAt, submission.withdrawnHow, submission.updatedAt);
    }

    /** Each council's latest shown submission for the cycle, among {@code councils}. */
    public Map<String, Submission> latestFor(UUID cycleId, Collection<String> councils) {
        Map<String, Submission> latest = new HashMap<>();
        if (councils.isEmpty()) {
            return latest;
        }
        database.list(SUBMISSION + " WHERE s.cycle_id = ? AND s.council_code = ANY(?) AND " + SHOWN
                + " ORDER BY s.submitted_at", ProjectionRepository::submission, cycleId,
                array("text", new HashSet<>(councils)))
                .forEach(submission -> latest.put(submission.councilCode, submission));
        return latest;
    }

    /** As {@link #latestFor}, reading only the stamps: no answers are fetched or parsed. */
    public Map<String, Submission.Stamp> latestStampsFor(UUID cycleId, Collection<String> councils) {
        Map<String, Submission.Stamp> latest = new HashMap<>();
        if (councils.isEmpty()) {
            return latest;
        }
        database.list("SELECT s.evaluation_id, s.council_code, s.submitted_at, s.updated_at FROM submission s"
                + " WHERE s.cycle_id = ? AND s.council_code = ANY(?) AND " + SHOWN + " ORDER BY s.submitted_at",
                row -> new Submission.Stamp(row.getObject(1, UUID.class), row.getString(2),
                        row.getObject(3, OffsetDateTime.class), row.getObject(4, OffsetDateTime.class)),
                cycleId, array("text", new HashSet<>(councils)))
                .forEach(stamp -> latest.put(stamp.councilCode(), stamp));
        return latest;
    }

    private static Council council(ResultSet row) throws SQLException {
        Council council = new Council();
        council.gssCode = row.getString(1);
        council.name = row.getString(2);
        council.active = row.getBoolean(3);
        council.peopleFamily = row.getObject(4, Integer.class);
        council.otherFamily = row.getObject(5, Integer.class);
        council.updatedAt = row.getObject(6, OffsetDateTime.class);
        return council;
    }

    private static Cycle cycle(ResultSet row) throws SQLException {
        Cycle cycle = new Cycle();
        cycle.id = row.getObject(1, UUID.class);
        cycle.name = row.getString(2);
        cycle.rubricVersionId = row.getObject(3, UUID.class);
        cycle.opensOn = row.getObject(4, LocalDate.class);
        cycle.submissionDeadline = row.getObject(5, LocalDate.class);
        cycle.revealRule = row.getString(6);
        cycle.state = row.getString(7);
        cycle.updatedAt = row.getObject(8, OffsetDateTime.class);
        return cycle;
    }

    private static RubricVersion rubricVersion(ResultSet row) throws SQLException {
        RubricVersion version = new RubricVersion();
        version.id = row.getObject(1, UUID.class);
        version.frameworkCode = row.getString(2);
        version.frameworkTitle = row.getString(3);
        version.versionNumber = row.getInt(4);
        version.label = row.getString(5);
        version.scale = Json.read(row.getString(6), new TypeReference<List<RubricVersion.Level>>() {
        });
        version.questions = Json.read(row.getString(7), new TypeReference<List<RubricVersion.Question>>() {
        });
        version.basedOnVersionId = row.getObject(8, UUID.class);
        version.receivedAt = row.getObject(9, OffsetDateTime.class);
        return version;
    }

    private static Submission submission(ResultSet row) throws SQLException {
        Submission submission = new Submission();
        submission.evaluationId = row.getObject(1, UUID.class);
        submission.cycleId = row.getObject(2, UUID.class);
        submission.councilCode = row.getString(3);
        submission.rubricVersionId = row.getObject(4, UUID.class);
        submission.submittedAt = row.getObject(5, OffsetDateTime.class);
        submission.submittedBy = row.getString(6);
        submission.answers = Json.read(row.getString(7), new TypeReference<List<Submission.Answer>>() {
        });
        submission.withdrawnAt = row.getObject(8, OffsetDateTime.class);
        submission.withdrawnHow = row.getString(9);
        submission.updatedAt = row.getObject(10, OffsetDateTime.class);
        return submission;
    }
}
