package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.contract.Events;
import scot.quads.rubric.Framework;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Lineage;
import scot.quads.rubric.Question;
import scot.quads.rubric.QuestionKind;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.ScaleLevel;
import scot.quads.rubric.Theme;
import scot.quads.rubric.VersionStatus;
import scot.quads.rubric.event.RubricEvents;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;

/**
 * Changing rubric versions after import: a new draft from a published version (each indicator and question "same" as
 * its source until ADES says otherwise), editing a draft's themes, indicators and questions (indicators and questions
 * with their lineage), retiring a version. A draft may be left with an empty theme or indicator while ADES works on it;
 * publishing refuses that.
 */
@ApplicationScoped
public class VersionEditing {

    private final AuditTrail audit;
    private final Outbox outbox;
    private final Clock clock;

    public VersionEditing(AuditTrail audit, Outbox outbox, Clock clock) {
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * A question as ADES writes it in a draft; {@code derivedFrom} holds question codes of the version the draft was
     * started from (one, or several for a merge); null leaves the sources as they are. {@code kind}: graded or
     * narrative (null: as the version's grain asks, or as it is); {@code required}: whether a narrative question must
     * be answered before submission (null: required, or as it is).
     */
    public record QuestionContent(String code, String title, String prompt, String guidance, String illustration,
            Boolean notApplicableAllowed, List<String> narrativeFields, List<String> contextIndicators,
            Lineage lineage, List<String> derivedFrom, QuestionKind kind, Boolean required) {

        public QuestionContent(String code, String title, String prompt, String guidance, String illustration,
                Boolean notApplicableAllowed, List<String> narrativeFields, List<String> contextIndicators,
                Lineage lineage, List<String> derivedFrom) {
            this(code, title, prompt, guidance, illustration, notApplicableAllowed, narrativeFields,
                    contextIndicators, lineage, derivedFrom, null, null);
        }
    }

    /** A theme or quality indicator as ADES writes it; a null part of a change stays as it is. */
    public record HeadingContent(String code, String title, String guidance) {
    }

    /**
     * A quality indicator as ADES writes it in a draft, with its lineage as a question has one: {@code derivedFrom}
     * holds indicator codes of the version the draft was started from (one, or several for a merge). On an addition
     * a null lineage is {@code new}; on a change null parts stay as they are.
     */
    public record IndicatorContent(String code, String title, String guidance, Lineage lineage,
            List<String> derivedFrom) {
    }

    /**
     * Copies a published version as the framework's next draft; every indicator and every question records "same"
     * to its source.
     */
    @Transactional
    public RubricContent newVersion(UUID sourceId, String label, String by) {
        FrameworkVersion source = FrameworkVersion.<FrameworkVersion>findByIdOptional(sourceId)
                .orElseThrow(() -> ProblemException.notFound("Rubric version", sourceId));
        if (source.status != VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("Version " + source.number + " is " + source.status.wire()
                    + ": a new version starts from a published one");
        }
        Framework.lock(source.frameworkId).orElseThrow();
        FrameworkVersion draft = new FrameworkVersion();
        draft.id = UUID.randomUUID();
        draft.frameworkId = source.frameworkId;
        draft.number = FrameworkVersion.nextNumber(source.frameworkId);
        draft.label = label.trim();
        draft.status = VersionStatus.DRAFT;
        draft.derivedFromVersionId = source.id;
        draft.createdAt = now();
        draft.createdBy = by;
        draft.gradingGrain = source.gradingGrain;
        draft.persist();

        // Copied kind by kind, so that each kind's rows go to PostgreSQL in batches, parents first.
        for (ScaleLevel level : ScaleLevel.ofVersion(source.id)) {
            ScaleLevel copy = new ScaleLevel();
            copy.versionId = draft.id;
            copy.value = level.value;
            copy.label = level.label;
            copy.descriptor = level.descriptor;
            copy.position = level.position;
            copy.persist();
        }
        Map<UUID, UUID> themes = new HashMap<>();
        for (Theme theme : Theme.ofVersion(source.id)) {
            Theme copy = new Theme();
            copy.id = UUID.randomUUID();
            copy.versionId = draft.id;
            copy.code = theme.code;
            copy.title = theme.title;
            copy.guidance = theme.guidance;
            copy.position = theme.position;
            copy.persist();
            themes.put(theme.id, copy.id);
        }
        Map<UUID, UUID> indicators = new HashMap<>();
        for (Indicator indicator : Indicator.ofVersion(source.id)) {
            Indicator copy = new Indicator();
            copy.id = UUID.randomUUID();
            copy.versionId = draft.id;
            copy.themeId = themes.get(indicator.themeId);
            copy.code = indicator.code;
            copy.title = indicator.title;
            copy.guidance = indicator.guidance;
            copy.position = indicator.position;
            copy.notApplicableAllowed = indicator.notApplicableAllowed;
            copy.lineage = Lineage.SAME.wire();
            copy.derivedFromIndicatorId = indicator.id;
            copy.persist();
            indicators.put(indicator.id, copy.id);
        }
        for (Question question : Question.ofVersion(source.id)) {
            Question copy = new Question();
            copy.id = UUID.randomUUID();
            copy.versionId = draft.id;
            copy.indicatorId = indicators.get(question.indicatorId);
            copy.code = question.code;
            copy.title = question.title;
            copy.prompt = question.prompt;
            copy.guidance = question.guidance;
            copy.illustration = question.illustration;
            copy.position = question.position;
            copy.notApplicableAllowed = question.notApplicableAllowed;
            copy.narrativeFields = question.narrativeFields;
            copy.contextIndicators = question.contextIndicators;
            copy.kind = question.kind;
            copy.required = question.required;
            copy.lineage = Lineage.SAME.wire();
            copy.derivedFromQuestionId = question.id;
            copy.persist();
        }
        audit.versionDerived(draft, source, by);
        outbox.publish(Events.RUBRIC_VERSION_DRAFTED, draft.id.toString(),
                RubricEvents.version(draft, frameworkCode(draft), by, draft.createdAt));
        return content(draft.id);
    }

    /** A published version no new cycle should use; cycles already on it keep it. */
    @Transactional
    public RubricContent retire(UUID versionId, String by) {
        FrameworkVersion version = FrameworkVersion.lock(versionId)
                .orElseThrow(() -> ProblemException.notFound("Rubric version", versionId));
        if (version.status != VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("Version " + version.number + " is " + version.status.wire()
                    + ": only a published version can be retired");
        }
        version.status = VersionStatus.RETIRED;
        FrameworkVersion.flush();
        OffsetDateTime now = now();
        audit.versionRetired(version, by, now);
        outbox.publish(Events.RUBRIC_VERSION_RETIRED, version.id.toString(),
                RubricEvents.version(version, frameworkCode(version), by, now));
        return content(versionId);
    }

    /** Adds a question at the end of an indicator of a draft. */
    @Transactional
    public RubricContent addQuestion(UUID versionId, String indicatorCode, QuestionContent content, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Indicator indicator = indicator(versionId, indicatorCode);
        List<FieldError> errors = new ArrayList<>();
        if (Question.inVersion(versionId, content.code()).isPresent()) {
            errors.add(new FieldError("code", "is already a question of this version"));
        }
        Question question = new Question();
        question.id = UUID.randomUUID();
        question.versionId = versionId;
        question.indicatorId = indicator.id;
        question.code = content.code();
        question.title = content.title();
        question.prompt = content.prompt();
        question.guidance = content.guidance();
        question.illustration = content.illustration();
        question.notApplicableAllowed = Boolean.TRUE.equals(content.notApplicableAllowed());
        question.narrativeFields = Question.narrativeFields(content.narrativeFields());
        question.contextIndicators = Question.codes(content.contextIndicators());
        // A version graded per quality indicator asks its questions as narrative prompts.
        question.kind = content.kind() != null ? content.kind()
                : version.gradedPerIndicator() ? QuestionKind.NARRATIVE : QuestionKind.GRADED;
        question.required = content.required() == null || content.required();
        errors.addAll(kindRules(version, question, content));
        question.position = Question.countInIndicator(indicator.id);
        Lineage lineage = content.lineage() == null ? Lineage.NEW : content.lineage();
        List<UUID> sources = new ArrayList<>();
        errors.addAll(resolveLineage(question, version, lineage,
                content.derivedFrom() == null ? List.of() : content.derivedFrom(), sources));
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The question cannot be added as it stands", errors);
        }
        question.persistWithSources(sources);
        audit.draftEdited(version, "question.added", question.code, by);
        return content(versionId);
    }

    /** Changes a draft's question; parts left null stay as they are. */
    @Transactional
    public RubricContent updateQuestion(UUID versionId, String code, QuestionContent content, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Question question = Question.withSources(versionId, code)
                .orElseThrow(() -> ProblemException.notFound("Question", code));
        if (content.title() != null) {
            question.title = content.title();
        }
        if (content.prompt() != null) {
            question.prompt = content.prompt();
        }
        if (content.guidance() != null) {
            question.guidance = content.guidance();
        }
        if (content.illustration() != null) {
            question.illustration = content.illustration();
        }
        if (content.notApplicableAllowed() != null) {
            question.notApplicableAllowed = content.notApplicableAllowed();
        }
        if (content.kind() != null) {
            question.kind = content.kind();
        }
        if (content.required() != null) {
            question.required = content.required();
        }
        List<FieldError> kindErrors = kindRules(version, question, content);
        if (!kindErrors.isEmpty()) {
            throw ProblemException.unprocessable("Question " + code + " cannot be changed as it stands", kindErrors);
        }
        if (content.narrativeFields() != null) {
            question.narrativeFields = Question.narrativeFields(content.narrativeFields());
        }
        if (content.contextIndicators() != null) {
            question.contextIndicators = Question.codes(content.contextIndicators());
        }
        List<FieldError> errors;
        List<UUID> sources = new ArrayList<>(question.sourceIds());
        if (content.lineage() != null || content.derivedFrom() != null) {
            Lineage lineage = content.lineage() != null ? content.lineage()
                    : Lineage.fromWire(question.lineage).orElse(Lineage.NEW);
            List<String> codes = content.derivedFrom();
            if (codes == null) {
                codes = lineage == Lineage.NEW ? List.of() : sourceCodes(question);
            }
            sources.clear();
            errors = resolveLineage(question, version, lineage, codes, sources);
        } else {
            errors = LineageRules.check(question, source(question));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("Question " + code + " cannot be changed as it stands", errors);
        }
        question.persistWithSources(sources);
        audit.draftEdited(version, "question.changed", question.code, by);
        return content(versionId);
    }

    /**
     * What a question's kind allows, each broken rule named by the field to change: a version graded per quality
     * indicator takes its level on the indicator, so its questions are narrative; a narrative question takes no level,
     * so it cannot be marked not applicable; a graded question is always required.
     */
    static List<FieldError> kindRules(FrameworkVersion version, Question question, QuestionContent content) {
        List<FieldError> errors = new ArrayList<>();
        if (version.gradedPerIndicator() && !question.isNarrative()) {
            errors.add(new FieldError("kind", "must be narrative: this version grades each quality indicator as a"
                    + " whole, so its questions take no level"));
        }
        if (question.isNarrative() && question.notApplicableAllowed) {
            errors.add(new FieldError("notApplicableAllowed", "must be false: question " + question.code
                    + " is narrative and takes no level"));
        }
        if (!question.isNarrative() && !question.required) {
            errors.add(new FieldError("required", "must be true: a graded question is always answered (only a"
                    + " narrative question may be optional)"));
        }
        return errors;
    }

    /** Removes a question from a draft; its indicator may be left empty until publishing. */
    @Transactional
    public RubricContent deleteQuestion(UUID versionId, String code, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Question question = Question.inVersion(versionId, code)
                .orElseThrow(() -> ProblemException.notFound("Question", code));
        question.delete();
        int position = 0;
        for (Question sibling : Question.ofIndicator(question.indicatorId)) {
            moveTo(sibling, position++);
        }
        audit.draftEdited(version, "question.deleted", code, by);
        return content(versionId);
    }

    /** Puts an indicator's questions in the order given, which must name each of them once. */
    @Transactional
    public RubricContent reorderQuestions(UUID versionId, String indicatorCode, List<String> codes, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Indicator indicator = indicator(versionId, indicatorCode);
        List<Question> questions = Question.ofIndicator(indicator.id);
        checkOrder(codes, questions.stream().map(q -> q.code).toList(), "question of " + indicatorCode);
        for (Question question : questions) {
            moveTo(question, codes.indexOf(question.code));
        }
        audit.draftEdited(version, "questions.reordered", null, by);
        return content(versionId);
    }

    /** Adds a theme, with no indicators yet, at the end of a draft. */
    @Transactional
    public RubricContent addTheme(UUID versionId, HeadingContent content, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        requireFreeThemeCode(versionId, content.code());
        Theme theme = new Theme();
        theme.id = UUID.randomUUID();
        theme.versionId = versionId;
        theme.code = content.code();
        theme.title = content.title();
        theme.guidance = content.guidance();
        theme.position = Theme.countInVersion(versionId);
        theme.persist();
        audit.headingEdited(version, "theme.added", theme.code, by);
        return content(versionId);
    }

    /** New code, title or guidance of a draft's theme; parts left null stay. */
    @Transactional
    public RubricContent updateTheme(UUID versionId, String code, HeadingContent content, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Theme theme = theme(versionId, code);
        if (content.code() != null && !content.code().equals(theme.code)) {
            requireFreeThemeCode(versionId, content.code());
            theme.code = content.code();
        }
        theme.title = content.title() != null ? content.title() : theme.title;
        theme.guidance = content.guidance() != null ? content.guidance() : theme.guidance;
        audit.headingEdited(version, "theme.changed", code, by);
        return content(versionId);
    }

    /** Removes a theme with every indicator and question under it. */
    @Transactional
    public RubricContent deleteTheme(UUID versionId, String code, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Theme theme = theme(versionId, code);
        Indicator.deleteWithQuestions(theme);
        theme.delete();
        int position = 0;
        for (Theme sibling : Theme.ofVersionToChange(versionId)) {
            moveTo(sibling, position++);
        }
        audit.headingEdited(version, "theme.deleted", code, by);
        return content(versionId);
    }

    /** Puts a draft's themes in the order given, which must name each of them once. */
    @Transactional
    public RubricContent reorderThemes(UUID versionId, List<String> codes, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        List<Theme> themes = Theme.ofVersionToChange(versionId);
        checkOrder(codes, themes.stream().map(t -> t.code).toList(), "theme");
        for (Theme theme : themes) {
            moveTo(theme, codes.indexOf(theme.code));
        }
        audit.headingEdited(version, "themes.reordered", null, by);
        return content(versionId);
    }

    /** Adds a quality indicator, with no questions yet, at the end of a draft's theme; without a lineage it is new. */
    @Transactional
    public RubricContent addIndicator(UUID versionId, String themeCode, IndicatorContent content, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Theme theme = theme(versionId, themeCode);
        List<FieldError> errors = new ArrayList<>();
        if (Indicator.codeTaken(versionId, content.code())) {
            errors.add(new FieldError("code", "is already a quality indicator of this version"));
        }
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.versionId = versionId;
        indicator.themeId = theme.id;
        indicator.code = content.code();
        indicator.title = content.title();
        indicator.guidance = content.guidance();
        indicator.position = Indicator.countInTheme(theme.id);
        List<UUID> sources = new ArrayList<>();
        errors.addAll(resolveLineage(indicator, version,
                content.lineage() == null ? Lineage.NEW : content.lineage(),
                content.derivedFrom() == null ? List.of() : content.derivedFrom(), sources));
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The quality indicator cannot be added as it stands", errors);
        }
        indicator.persistWithSources(sources);
        audit.headingEdited(version, "indicator.added", indicator.code, by);
        return content(versionId);
    }

    /** New code, title, guidance or lineage of a draft's quality indicator; parts left null stay. */
    @Transactional
    public RubricContent updateIndicator(UUID versionId, String code, IndicatorContent content, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Indicator indicator = Indicator.withSources(versionId, code)
                .orElseThrow(() -> ProblemException.notFound("Indicator", code));
        List<FieldError> errors = new ArrayList<>();
        if (content.code() != null && !content.code().equals(indicator.code)) {
            if (Indicator.codeTaken(versionId, content.code())) {
                errors.add(new FieldError("code", "is already a quality indicator of this version"));
            } else {
                indicator.code = content.code();
            }
        }
        indicator.title = content.title() != null ? content.title() : indicator.title;
        indicator.guidance = content.guidance() != null ? content.guidance() : indicator.guidance;
        List<UUID> sources = new ArrayList<>(indicator.sourceIds());
        if (content.lineage() != null || content.derivedFrom() != null) {
            Lineage lineage = content.lineage() != null ? content.lineage()
                    : Lineage.fromWire(indicator.lineage).orElse(Lineage.NEW);
            List<String> codes = content.derivedFrom();
            if (codes == null) {
                codes = lineage == Lineage.NEW ? List.of() : indicatorCodes(indicator.sourceIds());
            }
            sources.clear();
            errors.addAll(resolveLineage(indicator, version, lineage, codes, sources));
        } else {
            errors.addAll(LineageRules.check(indicator));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("Quality indicator " + code + " cannot be changed as it stands",
                    errors);
        }
        indicator.persistWithSources(sources);
        audit.headingEdited(version, "indicator.changed", code, by);
        return content(versionId);
    }

    /** Removes a quality indicator with every question under it. */
    @Transactional
    public RubricContent deleteIndicator(UUID versionId, String code, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Indicator indicator = indicator(versionId, code);
        UUID themeId = indicator.themeId;
        indicator.deleteWithQuestions();
        int position = 0;
        for (Indicator sibling : Indicator.ofTheme(themeId)) {
            moveTo(sibling, position++);
        }
        audit.headingEdited(version, "indicator.deleted", code, by);
        return content(versionId);
    }

    /** Puts a theme's indicators in the order given, which must name each of them once. */
    @Transactional
    public RubricContent reorderIndicators(UUID versionId, String themeCode, List<String> codes, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Theme theme = theme(versionId, themeCode);
        List<Indicator> indicators = Indicator.ofTheme(theme.id);
        checkOrder(codes, indicators.stream().map(i -> i.code).toList(), "indicator of theme " + themeCode);
        for (Indicator indicator : indicators) {
            moveTo(indicator, codes.indexOf(indicator.code));
        }
        audit.headingEdited(version, "indicators.reordered", themeCode, by);
        return content(versionId);
    }

    /** A sibling's new position, written at flush when it has moved. */
    private static void moveTo(Question question, int position) {
        if (question.position != position) {
            question.position = position;
        }
    }

    private static void moveTo(Theme theme, int position) {
        if (theme.position != position) {
            theme.position = position;
        }
    }

    private static void moveTo(Indicator indicator, int position) {
        if (indicator.position != position) {
            indicator.position = position;
        }
    }

    private static void checkOrder(List<String> codes, List<String> existing, String what) {
        List<String> current = existing.stream().sorted().toList();
        if (codes.size() != existing.size() || !codes.stream().sorted().toList().equals(current)) {
            throw ProblemException.unprocessable("The order must name each " + what + " once",
                    List.of(new FieldError("codes", "must hold exactly " + String.join(", ", current))));
        }
    }

    private void requireFreeThemeCode(UUID versionId, String code) {
        if (Theme.codeTaken(versionId, code)) {
            throw ProblemException.unprocessable("There is already a theme " + code + " in this version",
                    List.of(new FieldError("code", "is already a theme of this version")));
        }
    }

    private Theme theme(UUID versionId, String code) {
        return Theme.inVersion(versionId, code)
                .orElseThrow(() -> ProblemException.notFound("Theme", code));
    }

    private Indicator indicator(UUID versionId, String code) {
        return Indicator.inVersion(versionId, code)
                .orElseThrow(() -> ProblemException.notFound("Indicator", code));
    }

    /**
     * Sets the lineage and collects in {@code sources} the ids of the questions named by {@code derivedFrom}, codes
     * of the version this draft was derived from; returns what is wrong.
     */
    private List<FieldError> resolveLineage(Question question, FrameworkVersion version, Lineage lineage,
            List<String> derivedFrom, List<UUID> sources) {
        List<FieldError> errors = new ArrayList<>();
        List<String> codes = derivedFrom.stream().filter(c -> c != null && !c.isBlank()).toList();
        if (!codes.isEmpty() && version.derivedFromVersionId == null) {
            errors.add(new FieldError("derivedFrom", "this version was not derived from another one"));
            return errors;
        }
        Question first = null;
        for (String code : codes) {
            Question source = Question.inVersion(version.derivedFromVersionId, code).orElse(null);
            if (source == null) {
                errors.add(new FieldError("derivedFrom",
                        code + " is not a question of the version this one comes from"));
            } else if (sources.contains(source.id)) {
                errors.add(new FieldError("derivedFrom", "names " + code + " twice"));
            } else {
                sources.add(source.id);
                first = first == null ? source : first;
            }
        }
        question.lineage = lineage.wire();
        if (errors.isEmpty()) {
            question.derivedFromQuestionId = sources.isEmpty() ? null : sources.get(0);
            question.furtherSourceIds = new ArrayList<>(sources.isEmpty() ? List.of()
                    : sources.subList(1, sources.size()));
            errors.addAll(LineageRules.check(question, first));
        }
        return errors;
    }

    /**
     * Sets an indicator's lineage and collects in {@code sources} the ids of the indicators named by
     * {@code derivedFrom}, codes of the version this draft was derived from; returns what is wrong.
     */
    private List<FieldError> resolveLineage(Indicator indicator, FrameworkVersion version, Lineage lineage,
            List<String> derivedFrom, List<UUID> sources) {
        List<FieldError> errors = new ArrayList<>();
        List<String> codes = derivedFrom.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
        if (!codes.isEmpty() && version.derivedFromVersionId == null) {
            errors.add(new FieldError("derivedFrom", "this version was not derived from another one"));
            return errors;
        }
        for (String code : codes) {
            Indicator source = Indicator.inVersion(version.derivedFromVersionId, code).orElse(null);
            if (source == null) {
                errors.add(new FieldError("derivedFrom",
                        code + " is not a quality indicator of the version this one comes from"));
            } else if (sources.contains(source.id)) {
                errors.add(new FieldError("derivedFrom", "names " + code + " twice"));
            } else {
                sources.add(source.id);
            }
        }
        indicator.lineage = lineage.wire();
        if (errors.isEmpty()) {
            indicator.derivedFromIndicatorId = sources.isEmpty() ? null : sources.get(0);
            indicator.furtherSourceIds = new ArrayList<>(sources.isEmpty() ? List.of()
                    : sources.subList(1, sources.size()));
            errors.addAll(LineageRules.check(indicator));
        }
        return errors;
    }

    /** The codes of these indicators, in order. */
    private List<String> indicatorCodes(List<UUID> ids) {
        List<String> codes = new ArrayList<>();
        for (UUID id : ids) {
            Indicator source = Indicator.findById(id);
            if (source != null) {
                codes.add(source.code);
            }
        }
        return codes;
    }

    /** The codes of the question's sources, in order. */
    private List<String> sourceCodes(Question question) {
        List<String> codes = new ArrayList<>();
        for (UUID id : question.sourceIds()) {
            Question source = Question.findById(id);
            if (source != null) {
                codes.add(source.code);
            }
        }
        return codes;
    }

    private Question source(Question question) {
        return question.derivedFromQuestionId == null ? null
                : Question.findById(question.derivedFromQuestionId);
    }

    private String frameworkCode(FrameworkVersion version) {
        return Framework.<Framework>findByIdOptional(version.frameworkId).orElseThrow().code;
    }

    /** Locks the version for an edit of its content and bumps its ETag. */
    private FrameworkVersion lockVersion(UUID versionId) {
        return FrameworkVersion.lockForEdit(versionId)
                .orElseThrow(() -> ProblemException.notFound("Rubric version", versionId));
    }

    private RubricContent content(UUID versionId) {
        return RubricContent.load(versionId).orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
