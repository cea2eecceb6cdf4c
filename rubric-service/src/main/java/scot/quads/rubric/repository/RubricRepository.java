package scot.quads.rubric.repository;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import scot.quads.rubric.Framework;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.ScaleLevel;
import scot.quads.rubric.Theme;
import scot.quads.rubric.VersionStatus;
import scot.quads.support.jdbc.ConcurrentChangeException;
import scot.quads.support.jdbc.Database;

/**
 * Frameworks, their versions and a version's content (scale, themes, indicators, questions with their further
 * sources), in plain SQL on the transaction's connection. The database refuses changes to a published version's
 * content; a version's own row carries its ETag ({@code version}), bumped by every change made here.
 */
@ApplicationScoped
public class RubricRepository {

    private final Database database;

    public RubricRepository(Database database) {
        this.database = database;
    }

    // Frameworks

    public List<Framework> frameworks() {
        return database.list(FRAMEWORK + " ORDER BY code", RubricRepository::framework);
    }

    public Optional<Framework> framework(UUID id) {
        return database.first(FRAMEWORK + " WHERE id = ?", RubricRepository::framework, id);
    }

    /** The framework with this code, created now if it is new; locked so version numbers are handed out once. */
    public Framework lockOrCreateFramework(String code, String title, String description, String by) {
        database.update("""
                INSERT INTO framework (id, code, title, description, created_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (code) DO NOTHING""", UUID.randomUUID(), code, title, description, by);
        return database.first(FRAMEWORK + " WHERE code = ? FOR UPDATE", RubricRepository::framework, code)
                .orElseThrow();
    }

    public void lockFramework(UUID id) {
        database.first("SELECT id FROM framework WHERE id = ? FOR UPDATE", row -> row.getObject(1), id)
                .orElseThrow();
    }

    // Versions

    public List<FrameworkVersion> versionsOf(UUID frameworkId) {
        return database.list(VERSION + " WHERE framework_id = ? ORDER BY number", RubricRepository::version,
                frameworkId);
    }

    public Optional<FrameworkVersion> version(UUID id) {
        return database.first(VERSION + " WHERE id = ?", RubricRepository::version, id);
    }

    /** The version, locked for the rest of the transaction. */
    public Optional<FrameworkVersion> lockVersion(UUID id) {
        return database.first(VERSION + " WHERE id = ? FOR UPDATE", RubricRepository::version, id);
    }

    /** The version, locked, with its ETag bumped now: for an edit of its content. */
    public Optional<FrameworkVersion> lockVersionForEdit(UUID id) {
        Optional<FrameworkVersion> version = lockVersion(id);
        version.ifPresent(this::bump);
        return version;
    }

    public int nextNumber(UUID frameworkId) {
        return (int) database.number(
                "SELECT coalesce(max(number), 0) + 1 FROM framework_version WHERE framework_id = ?", frameworkId);
    }

    public void insert(FrameworkVersion version) {
        database.update("""
                INSERT INTO framework_version (id, framework_id, number, label, status, derived_from_version_id,
                    created_at, created_by, published_at, published_by, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", version.id, version.frameworkId, version.number,
                version.label, version.status.wire(), version.derivedFromVersionId, version.createdAt,
                version.createdBy, version.publishedAt, version.publishedBy, version.version);
    }

    /** Writes the version's status and publication, bumping its ETag if it is still at the version read. */
    public void updateStatus(FrameworkVersion version) {
        int changed = database.update("""
                UPDATE framework_version SET status = ?, published_at = ?, published_by = ?, version = version + 1
                WHERE id = ? AND version = ?""", version.status.wire(), version.publishedAt, version.publishedBy,
                version.id, version.version);
        if (changed == 0) {
            throw new ConcurrentChangeException("Rubric version " + version.id + " was changed meanwhile");
        }
        version.version++;
    }

    private void bump(FrameworkVersion version) {
        int changed = database.update(
                "UPDATE framework_version SET version = version + 1 WHERE id = ? AND version = ?", version.id,
                version.version);
        if (changed == 0) {
            throw new ConcurrentChangeException("Rubric version " + version.id + " was changed meanwhile");
        }
        version.version++;
    }

    // Scale

    public List<ScaleLevel> scale(UUID versionId) {
        return database.list("""
                SELECT version_id, value, label, descriptor, position FROM scale_level
                WHERE version_id = ? ORDER BY position""", row -> {
            ScaleLevel level = new ScaleLevel();
            level.versionId = row.getObject(1, UUID.class);
            level.value = row.getInt(2);
            level.label = row.getString(3);
            level.descriptor = row.getString(4);
            level.position = row.getInt(5);
            return level;
        }, versionId);
    }

    public void insert(ScaleLevel level) {
        database.update("""
                INSERT INTO scale_level (version_id, value, label, descriptor, position) VALUES (?, ?, ?, ?, ?)""",
                level.versionId, level.value, level.label, level.descriptor, level.position);
    }

    // Themes

    public List<Theme> themes(UUID versionId) {
        return database.list(THEME + " WHERE version_id = ? ORDER BY position", RubricRepository::theme, versionId);
    }

    public Optional<Theme> theme(UUID versionId, String code) {
        return database.first(THEME + " WHERE version_id = ? AND code = ?", RubricRepository::theme, versionId, code);
    }

    public boolean themeCodeTaken(UUID versionId, String code) {
        return database.number("SELECT count(*) FROM theme WHERE version_id = ? AND code = ?", versionId, code) > 0;
    }

    public int themeCount(UUID versionId) {
        return (int) database.number("SELECT count(*) FROM theme WHERE version_id = ?", versionId);
    }

    public void insert(Theme theme) {
        database.update("""
                INSERT INTO theme (id, version_id, code, title, guidance, position) VALUES (?, ?, ?, ?, ?, ?)""",
                theme.id, theme.versionId, theme.code, theme.title, theme.guidance, theme.position);
    }

    public void update(Theme theme) {
        database.update("UPDATE theme SET code = ?, title = ?, guidance = ?, position = ? WHERE id = ?", theme.code,
                theme.title, theme.guidance, theme.position, theme.id);
    }

    public void deleteTheme(UUID id) {
        database.update("DELETE FROM theme WHERE id = ?", id);
    }

    // Indicators

    public List<Indicator> indicators(UUID versionId) {
        return database.list(INDICATOR + " WHERE version_id = ? ORDER BY position", RubricRepository::indicator,
                versionId);
    }

    public List<Indicator> indicatorsOfTheme(UUID themeId) {
        return database.list(INDICATOR + " WHERE theme_id = ? ORDER BY position", RubricRepository::indicator,
                themeId);
    }

    public Optional<Indicator> indicator(UUID versionId, String code) {
        return database.first(INDICATOR + " WHERE version_id = ? AND code = ?", RubricRepository::indicator,
                versionId, code);
    }

    public boolean indicatorCodeTaken(UUID versionId, String code) {
        return database.number("SELECT count(*) FROM indicator WHERE version_id = ? AND code = ?", versionId,
                code) > 0;
    }

    public int indicatorCount(UUID themeId) {
        return (int) database.number("SELECT count(*) FROM indicator WHERE theme_id = ?", themeId);
    }

    public void insert(Indicator indicator) {
        database.update("""
                INSERT INTO indicator (id, version_id, theme_id, code, title, guidance, position)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", indicator.id, indicator.versionId, indicator.themeId, indicator.code,
                indicator.title, indicator.guidance, indicator.position);
    }

    public void update(Indicator indicator) {
        database.update("UPDATE indicator SET code = ?, title = ?, guidance = ?, position = ? WHERE id = ?",
                indicator.code, indicator.title, indicator.guidance, indicator.position, indicator.id);
    }

    /** Removes the indicator with every question under it (their further sources go with them). */
    public void deleteIndicator(UUID id) {
        database.update("DELETE FROM question WHERE indicator_id = ?", id);
        database.update("DELETE FROM indicator WHERE id = ?", id);
    }

    // Questions

    /** A version's questions in position order, each with all its sources. */
    public List<Question> questions(UUID versionId) {
        List<Question> questions = database.list(QUESTION + " WHERE version_id = ? ORDER BY position",
                RubricRepository::question, versionId);
        Map<UUID, List<UUID>> further = furtherSources(versionId);
        for (Question question : questions) {
            question.furtherSourceIds = new ArrayList<>(further.getOrDefault(question.id, List.of()));
        }
        return questions;
    }

    /** A version's questions without their further sources. */
    public List<Question> questionsWithoutSources(UUID versionId) {
        return database.list(QUESTION + " WHERE version_id = ?", RubricRepository::question, versionId);
    }

    public List<Question> questionsOfIndicator(UUID indicatorId) {
        return database.list(QUESTION + " WHERE indicator_id = ? ORDER BY position", RubricRepository::question,
                indicatorId);
    }

    public int questionCount(UUID indicatorId) {
        return (int) database.number("SELECT count(*) FROM question WHERE indicator_id = ?", indicatorId);
    }

    public long questionCountOfVersion(UUID versionId) {
        return database.number("SELECT count(*) FROM question WHERE version_id = ?", versionId);
    }

    public Optional<Question> question(UUID id) {
        return database.first(QUESTION + " WHERE id = ?", RubricRepository::question, id);
    }

    /** One question by code, without its further sources. */
    public Optional<Question> question(UUID versionId, String code) {
        return database.first(QUESTION + " WHERE version_id = ? AND code = ?", RubricRepository::question, versionId,
                code);
    }

    /** One question by code, with all its sources. */
    public Optional<Question> questionWithSources(UUID versionId, String code) {
        Optional<Question> question = question(versionId, code);
        question.ifPresent(q -> q.furtherSourceIds = new ArrayList<>(
                furtherSources(versionId).getOrDefault(q.id, List.of())));
        return question;
    }

    public void insert(Question question) {
        database.update("""
                INSERT INTO question (id, version_id, indicator_id, code, title, prompt, guidance, illustration,
                    position, not_applicable_allowed, narrative_fields, lineage, derived_from_question_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", question.id, question.versionId,
                question.indicatorId, question.code, question.title, question.prompt, question.guidance,
                question.illustration, question.position, question.notApplicableAllowed,
                Question.narrativeFieldsText(question.narrativeFields), question.lineage,
                question.derivedFromQuestionId);
    }

    public void update(Question question) {
        database.update("""
                UPDATE question SET indicator_id = ?, code = ?, title = ?, prompt = ?, guidance = ?, illustration = ?,
                    position = ?, not_applicable_allowed = ?, narrative_fields = ?, lineage = ?,
                    derived_from_question_id = ?
                WHERE id = ?""", question.indicatorId, question.code, question.title, question.prompt,
                question.guidance, question.illustration, question.position, question.notApplicableAllowed,
                Question.narrativeFieldsText(question.narrativeFields), question.lineage,
                question.derivedFromQuestionId, question.id);
    }

    public void setPosition(Question question) {
        database.update("UPDATE question SET position = ? WHERE id = ?", question.position, question.id);
    }

    /**
     * Stores the question (new, or changed) with these sources: the first becomes {@code derivedFromQuestionId},
     * the rest link rows.
     */
    public void saveWithSources(Question question, List<UUID> sources, boolean isNew) {
        question.derivedFromQuestionId = sources.isEmpty() ? null : sources.get(0);
        question.furtherSourceIds = new ArrayList<>(sources.isEmpty() ? List.of() : sources.subList(1, sources.size()));
        if (isNew) {
            insert(question);
        } else {
            update(question);
        }
        database.update("DELETE FROM question_source WHERE question_id = ?", question.id);
        for (int i = 0; i < question.furtherSourceIds.size(); i++) {
            database.update("""
                    INSERT INTO question_source (version_id, question_id, source_question_id, position)
                    VALUES (?, ?, ?, ?)""", question.versionId, question.id, question.furtherSourceIds.get(i), i + 1);
        }
    }

    public void deleteQuestion(UUID id) {
        database.update("DELETE FROM question WHERE id = ?", id);
    }

    // Content

    /** A version's whole content in order, read in a few queries and assembled. */
    public Optional<RubricContent> content(UUID versionId) {
        FrameworkVersion version = version(versionId).orElse(null);
        if (version == null) {
            return Optional.empty();
        }
        Framework framework = framework(version.frameworkId).orElse(null);
        Map<UUID, List<Question>> questionsByIndicator = new LinkedHashMap<>();
        for (Question question : questions(versionId)) {
            questionsByIndicator.computeIfAbsent(question.indicatorId, id -> new ArrayList<>()).add(question);
        }
        Map<UUID, List<RubricContent.IndicatorNode>> indicatorsByTheme = new LinkedHashMap<>();
        for (Indicator indicator : indicators(versionId)) {
            indicatorsByTheme.computeIfAbsent(indicator.themeId, id -> new ArrayList<>())
                    .add(new RubricContent.IndicatorNode(indicator,
                            List.copyOf(questionsByIndicator.getOrDefault(indicator.id, List.of()))));
        }
        List<RubricContent.ThemeNode> themes = themes(versionId).stream()
                .map(theme -> new RubricContent.ThemeNode(theme,
                        List.copyOf(indicatorsByTheme.getOrDefault(theme.id, List.of()))))
                .toList();
        return Optional.of(new RubricContent(version, framework, scale(versionId), themes));
    }

    private Map<UUID, List<UUID>> furtherSources(UUID versionId) {
        Map<UUID, List<UUID>> sources = new LinkedHashMap<>();
        database.list("""
                SELECT question_id, source_question_id FROM question_source
                 WHERE version_id = ? ORDER BY question_id, position""", row -> {
            sources.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                    .add(row.getObject(2, UUID.class));
            return null;
        }, versionId);
        return sources;
    }

    private static final String FRAMEWORK =
            "SELECT id, code, title, description, created_at, created_by FROM framework";
    private static final String VERSION = """
            SELECT id, framework_id, number, label, status, derived_from_version_id, created_at, created_by,
                published_at, published_by, version FROM framework_version""";
    private static final String THEME = "SELECT id, version_id, code, title, guidance, position FROM theme";
    private static final String INDICATOR =
            "SELECT id, version_id, theme_id, code, title, guidance, position FROM indicator";
    private static final String QUESTION = """
            SELECT id, version_id, indicator_id, code, title, prompt, guidance, illustration, position,
                not_applicable_allowed, narrative_fields, lineage, derived_from_question_id FROM question""";

    private static Framework framework(ResultSet row) throws SQLException {
        Framework framework = new Framework();
        framework.id = row.getObject(1, UUID.class);
        framework.code = row.getString(2);
        framework.title = row.getString(3);
        framework.description = row.getString(4);
        framework.createdAt = row.getObject(5, OffsetDateTime.class);
        framework.createdBy = row.getString(6);
        return framework;
    }

    private static FrameworkVersion version(ResultSet row) throws SQLException {
        FrameworkVersion version = new FrameworkVersion();
        version.id = row.getObject(1, UUID.class);
        version.frameworkId = row.getObject(2, UUID.class);
        version.number = row.getInt(3);
        version.label = row.getString(4);
        version.status = row.getString(5) == null ? null : VersionStatus.fromWire(row.getString(5));
        version.derivedFromVersionId = row.getObject(6, UUID.class);
        version.createdAt = row.getObject(7, OffsetDateTime.class);
        version.createdBy = row.getString(8);
        version.publishedAt = row.getObject(9, OffsetDateTime.class);
        version.publishedBy = row.getString(10);
        version.version = row.getLong(11);
        return version;
    }

    private static Theme theme(ResultSet row) throws SQLException {
        Theme theme = new Theme();
        theme.id = row.getObject(1, UUID.class);
        theme.versionId = row.getObject(2, UUID.class);
        theme.code = row.getString(3);
        theme.title = row.getString(4);
        theme.guidance = row.getString(5);
        theme.position = row.getInt(6);
        return theme;
    }

    private static Indicator indicator(ResultSet row) throws SQLException {
        Indicator indicator = new Indicator();
        indicator.id = row.getObject(1, UUID.class);
        indicator.versionId = row.getObject(2, UUID.class);
        indicator.themeId = row.getObject(3, UUID.class);
        indicator.code = row.getString(4);
        indicator.title = row.getString(5);
        indicator.guidance = row.getString(6);
        indicator.position = row.getInt(7);
        return indicator;
    }

    private static Question question(ResultSet row) throws SQLException {
        Question question = new Question();
        question.id = row.getObject(1, UUID.class);
        question.versionId = row.getObject(2, UUID.class);
        question.indicatorId = row.getObject(3, UUID.class);
        question.code = row.getString(4);
        question.title = row.getString(5);
        question.prompt = row.getString(6);
        question.guidance = row.getString(7);
        question.illustration = row.getString(8);
        question.position = row.getInt(9);
        question.notApplicableAllowed = row.getBoolean(10);
        question.narrativeFields = Question.narrativeFieldsOf(row.getString(11));
        question.lineage = row.getString(12);
        question.derivedFromQuestionId = row.getObject(13, UUID.class);
        return question;
    }
}
