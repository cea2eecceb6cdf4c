package scot.quads.quad.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import scot.quads.quad.RubricVersion;
import scot.quads.support.jdbc.Database;

/**
 * Published rubric versions ({@code rubric_version}), a read model kept whole from rubric-service's events, its
 * scale and questions as jsonb documents (through the application's ObjectMapper). A version never changes after
 * publication, so each is read once per process: a copy kept in memory cannot go stale on any replica. A version not
 * received yet is not remembered, so it shows as soon as its event is projected. Callers must treat a returned
 * version as read-only.
 */
@ApplicationScoped
public class RubricVersionRepository {

    private static final int MOST_KEPT = 256;
    private static final TypeReference<List<RubricVersion.Level>> SCALE = new TypeReference<>() {
    };
    private static final TypeReference<List<RubricVersion.Question>> QUESTIONS = new TypeReference<>() {
    };

    private final Database database;
    private final ObjectMapper json;
    private final Map<UUID, RubricVersion> known = new ConcurrentHashMap<>();

    public RubricVersionRepository(Database database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** The version, or null while it has not reached this service. */
    public RubricVersion find(UUID id) {
        if (id == null) {
            return null;
        }
        RubricVersion version = known.get(id);
        if (version != null) {
            return version;
        }
        version = database.first("""
                SELECT id, framework_code, framework_title, version_number, label, scale, questions,
                       based_on_version_id, received_at, graded_per_indicator
                FROM rubric_version WHERE id = ?""", this::version, id).orElse(null);
        if (version == null) {
            return null;
        }
        if (known.size() >= MOST_KEPT) {
            known.clear();
        }
        known.put(id, version);
        return version;
    }

    public boolean known(UUID id) {
        return known.containsKey(id)
                || database.first("SELECT 1 AS found FROM rubric_version WHERE id = ?", row -> true, id).isPresent();
    }

    public void insert(RubricVersion version) {
        database.update("""
                INSERT INTO rubric_version (id, framework_code, framework_title, version_number, label, scale,
                                            questions, based_on_version_id, received_at, graded_per_indicator)
                VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)""",
                version.id, version.frameworkCode, version.frameworkTitle, version.versionNumber, version.label,
                write(version.scale), write(version.questions), version.basedOnVersionId, version.receivedAt,
                version.gradedPerIndicator);
    }

    private RubricVersion version(ResultSet row) throws SQLException {
        RubricVersion version = new RubricVersion();
        version.id = row.getObject("id", UUID.class);
        version.frameworkCode = row.getString("framework_code");
        version.frameworkTitle = row.getString("framework_title");
        version.versionNumber = row.getInt("version_number");
        version.label = row.getString("label");
        version.scale = read(row.getString("scale"), SCALE);
        version.questions = read(row.getString("questions"), QUESTIONS);
        version.basedOnVersionId = row.getObject("based_on_version_id", UUID.class);
        version.receivedAt = row.getObject("received_at", OffsetDateTime.class);
        version.gradedPerIndicator = row.getBoolean("graded_per_indicator");
        return version;
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a rubric version's " + value.getClass().getSimpleName()
                    + " as JSON", e);
        }
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored rubric version's JSON as " + type.getType(), e);
        }
    }
}
