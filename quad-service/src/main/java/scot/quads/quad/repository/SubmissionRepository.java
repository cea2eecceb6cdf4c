package scot.quads.quad.repository;

import static scot.quads.support.jdbc.Database.array;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import scot.quads.quad.Submission;
import scot.quads.support.jdbc.Database;

/**
 * The councils' submitted self-evaluations as rubric-service last announced them ({@code submission}), a read model
 * kept from its events: one row per evaluation written whole with an upsert, its answers and its self-evaluative
 * statement jsonb documents (through the application's ObjectMapper). The comparison reads the members' latest shown ones; its cache and the reveal
 * decision read only their stamps.
 */
@ApplicationScoped
public class SubmissionRepository {

    /** SQL condition for a shown submission of alias {@code s}. */
    private static final String SHOWN =
            "s.submitted_at IS NOT NULL AND (s.withdrawn_at IS NULL OR s.withdrawn_at < s.submitted_at)";
    private static final String SUBMISSION = "SELECT s.evaluation_id, s.cycle_id, s.council_code,"
            + " s.rubric_version_id, s.submitted_at, s.submitted_by, s.answers, s.statement, s.withdrawn_at, s.withdrawn_how,"
            + " s.updated_at FROM submission s";
    private static final TypeReference<List<Submission.Answer>> ANSWERS = new TypeReference<>() {
    };

    private final Database database;
    private final ObjectMapper json;

    public SubmissionRepository(Database database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    public Optional<Submission> find(UUID evaluationId) {
        return database.first(SUBMISSION + " WHERE s.evaluation_id = ?", this::submission, evaluationId);
    }

    /** Writes the submission's row whole, whether it is new or not. */
    public void save(Submission submission) {
        database.update("""
                INSERT INTO submission (evaluation_id, cycle_id, council_code, rubric_version_id, submitted_at,
                                        submitted_by, answers, statement, withdrawn_at, withdrawn_how, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)
                ON CONFLICT (evaluation_id) DO UPDATE SET cycle_id = EXCLUDED.cycle_id,
                    council_code = EXCLUDED.council_code, rubric_version_id = EXCLUDED.rubric_version_id,
                    submitted_at = EXCLUDED.submitted_at, submitted_by = EXCLUDED.submitted_by,
                    answers = EXCLUDED.answers, statement = EXCLUDED.statement, withdrawn_at = EXCLUDED.withdrawn_at,
                    withdrawn_how = EXCLUDED.withdrawn_how, updated_at = EXCLUDED.updated_at""",
                submission.evaluationId, submission.cycleId, submission.councilCode, submission.rubricVersionId,
                submission.submittedAt, submission.submittedBy, writeAnswers(submission.answers), writeJson(submission.statement),
                submission.withdrawnAt, submission.withdrawnHow, submission.updatedAt);
    }

    /** Each council's latest shown submission for the cycle, among {@code councils}. */
    public Map<String, Submission> latestFor(UUID cycleId, Collection<String> councils) {
        Map<String, Submission> latest = new HashMap<>();
        if (councils.isEmpty()) {
            return latest;
        }
        database.list(SUBMISSION + " WHERE s.cycle_id = ? AND s.council_code = ANY(?) AND " + SHOWN
                + " ORDER BY s.submitted_at", this::submission, cycleId, array("text", new HashSet<>(councils)))
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
                row -> new Submission.Stamp(row.getObject("evaluation_id", UUID.class), row.getString("council_code"),
                        row.getObject("submitted_at", OffsetDateTime.class),
                        row.getObject("updated_at", OffsetDateTime.class)),
                cycleId, array("text", new HashSet<>(councils)))
                .forEach(stamp -> latest.put(stamp.councilCode(), stamp));
        return latest;
    }

    /** How many councils have a shown submission for the cycle. */
    public int councilsSubmitted(UUID cycleId) {
        return (int) database.count("SELECT count(DISTINCT s.council_code) AS councils FROM submission s"
                + " WHERE s.cycle_id = ? AND " + SHOWN, "councils", cycleId);
    }

    private Submission submission(ResultSet row) throws SQLException {
        Submission submission = new Submission();
        submission.evaluationId = row.getObject("evaluation_id", UUID.class);
        submission.cycleId = row.getObject("cycle_id", UUID.class);
        submission.councilCode = row.getString("council_code");
        submission.rubricVersionId = row.getObject("rubric_version_id", UUID.class);
        submission.submittedAt = row.getObject("submitted_at", OffsetDateTime.class);
        submission.submittedBy = row.getString("submitted_by");
        submission.answers = readAnswers(row.getString("answers"));
        submission.statement = readStatement(row.getString("statement"));
        submission.withdrawnAt = row.getObject("withdrawn_at", OffsetDateTime.class);
        submission.withdrawnHow = row.getString("withdrawn_how");
        submission.updatedAt = row.getObject("updated_at", OffsetDateTime.class);
        return submission;
    }

    private String writeAnswers(List<Submission.Answer> answers) {
        if (answers == null) {
            return null;
        }
        try {
            return json.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a submission's answers as JSON", e);
        }
    }

    private String writeJson(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a submission's statement as JSON", e);
        }
    }

    private Submission.Statement readStatement(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, Submission.Statement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored submission's statement", e);
        }
    }

    private List<Submission.Answer> readAnswers(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored submission's answers", e);
        }
    }
}
