package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Lineage;
import scot.quads.rubric.Question;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.ScaleLevel;
import scot.quads.rubric.Theme;
import scot.quads.rubric.VersionStatus;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;

/**
 * Changing rubric versions after import: a new draft from a published version (each question "same" as its
 * source until ADES says otherwise), editing a draft's questions with their lineage, retiring a version.
 */
@ApplicationScoped
public class VersionEditing {

    private final AuditTrail audit;
    private final Clock clock;

    public VersionEditing(AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    /** A question as ADES writes it in a draft; {@code derivedFrom} is a question code of the source version. */
    public record QuestionContent(String code, String title, String prompt, String guidance, String illustration,
            Boolean notApplicableAllowed, Lineage lineage, String derivedFrom) {
    }

    /** Copies a published version as the framework's next draft; every question records "same" to its source. */
    @Transactional
    public RubricContent newVersion(UUID sourceId, String label, String by) {
        FrameworkVersion source = FrameworkVersion.<FrameworkVersion>findByIdOptional(sourceId)
                .orElseThrow(() -> ProblemException.notFound("Rubric version", sourceId));
        if (source.status != VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("Version " + source.number + " is " + source.status.wire()
                    + ": a new version starts from a published one");
        }
        FrameworkVersion.getEntityManager().createQuery("select f from Framework f where f.id = ?1")
                .setParameter(1, source.frameworkId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        FrameworkVersion draft = new FrameworkVersion();
        draft.id = UUID.randomUUID();
        draft.frameworkId = source.frameworkId;
        draft.number = FrameworkVersion.nextNumber(source.frameworkId);
        draft.label = label.trim();
        draft.status = VersionStatus.DRAFT;
        draft.derivedFromVersionId = source.id;
        draft.createdAt = now();
        draft.createdBy = by;
        draft.persist();
        FrameworkVersion.flush();

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
            copy.lineage = Lineage.SAME.wire();
            copy.derivedFromQuestionId = question.id;
            copy.persist();
        }
        audit.versionDerived(draft, source, by);
        Question.flush();
        return content(draft.id);
    }

    /** A published version no new cycle should use; cycles already on it keep it. */
    @Transactional
    public RubricContent retire(UUID versionId, String by) {
        FrameworkVersion version = FrameworkVersion.<FrameworkVersion>findByIdOptional(versionId,
                LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ProblemException.notFound("Rubric version", versionId));
        if (version.status != VersionStatus.PUBLISHED) {
            throw ProblemException.conflict("Version " + version.number + " is " + version.status.wire()
                    + ": only a published version can be retired");
        }
        version.status = VersionStatus.RETIRED;
        FrameworkVersion.flush();
        audit.versionRetired(version, by);
        return content(versionId);
    }

    /** Adds a question at the end of an indicator of a draft. */
    @Transactional
    public RubricContent addQuestion(UUID versionId, String indicatorCode, QuestionContent content, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Indicator indicator = Indicator.<Indicator>find("versionId = ?1 and code = ?2", versionId, indicatorCode)
                .firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Indicator", indicatorCode));
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
        question.position = (int) Question.count("indicatorId", indicator.id);
        errors.addAll(applyLineage(question, version,
                content.lineage() == null ? Lineage.NEW : content.lineage(), content.derivedFrom()));
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The question cannot be added as it stands", errors);
        }
        question.persist();
        audit.draftEdited(version, "question.added", question.code, by);
        Question.flush();
        return content(versionId);
    }

    /** Changes a draft's question; parts left null stay as they are. */
    @Transactional
    public RubricContent updateQuestion(UUID versionId, String code, QuestionContent content, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Question question = Question.inVersion(versionId, code)
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
        List<FieldError> errors;
        if (content.lineage() != null || content.derivedFrom() != null) {
            Lineage lineage = content.lineage() != null ? content.lineage()
                    : Lineage.fromWire(question.lineage).orElse(Lineage.NEW);
            errors = applyLineage(question, version, lineage, content.derivedFrom());
        } else {
            errors = LineageRules.check(question, source(question));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("Question " + code + " cannot be changed as it stands", errors);
        }
        audit.draftEdited(version, "question.changed", question.code, by);
        Question.flush();
        return content(versionId);
    }

    @Transactional
    public RubricContent deleteQuestion(UUID versionId, String code, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Question question = Question.inVersion(versionId, code)
                .orElseThrow(() -> ProblemException.notFound("Question", code));
        if (Question.count("indicatorId", question.indicatorId) == 1) {
            throw ProblemException.conflict("Question " + code + " is the last of its indicator; an indicator "
                    + "needs at least one question");
        }
        question.delete();
        Question.flush();
        int position = 0;
        for (Question sibling : Question.<Question>list("indicatorId = ?1 order by position", question.indicatorId)) {
            sibling.position = position++;
        }
        audit.draftEdited(version, "question.deleted", code, by);
        Question.flush();
        return content(versionId);
    }

    /** Puts an indicator's questions in the order given, which must name each of them once. */
    @Transactional
    public RubricContent reorderQuestions(UUID versionId, String indicatorCode, List<String> codes, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Indicator indicator = indicator(versionId, indicatorCode);
        List<Question> questions = Question.list("indicatorId = ?1 order by position", indicator.id);
        List<String> current = questions.stream().map(q -> q.code).sorted().toList();
        if (codes.size() != questions.size() || !codes.stream().sorted().toList().equals(current)) {
            throw ProblemException.unprocessable("The order must name each question of " + indicatorCode + " once",
                    List.of(new FieldError("codes", "must hold exactly " + String.join(", ", current))));
        }
        for (Question question : questions) {
            question.position = codes.indexOf(question.code);
        }
        audit.draftEdited(version, "questions.reordered", null, by);
        Question.flush();
        return content(versionId);
    }

    /** New title or guidance of a draft's theme; parts left null stay. */
    @Transactional
    public RubricContent updateTheme(UUID versionId, String code, String title, String guidance, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Theme theme = Theme.<Theme>find("versionId = ?1 and code = ?2", versionId, code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Theme", code));
        theme.title = title != null ? title : theme.title;
        theme.guidance = guidance != null ? guidance : theme.guidance;
        audit.draftEdited(version, "theme.changed", null, by);
        Theme.flush();
        return content(versionId);
    }

    /** New title or guidance of a draft's quality indicator; parts left null stay. */
    @Transactional
    public RubricContent updateIndicator(UUID versionId, String code, String title, String guidance, String by) {
        FrameworkVersion version = lockVersion(versionId);
        version.requireDraft();
        Indicator indicator = indicator(versionId, code);
        indicator.title = title != null ? title : indicator.title;
        indicator.guidance = guidance != null ? guidance : indicator.guidance;
        audit.draftEdited(version, "indicator.changed", null, by);
        Indicator.flush();
        return content(versionId);
    }

    private static Indicator indicator(UUID versionId, String code) {
        return Indicator.<Indicator>find("versionId = ?1 and code = ?2", versionId, code).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Indicator", code));
    }

    /** Sets lineage and source from a code of the version this draft was derived from. */
    private static List<FieldError> applyLineage(Question question, FrameworkVersion version, Lineage lineage,
            String derivedFrom) {
        List<FieldError> errors = new ArrayList<>();
        Question source = null;
        if (derivedFrom != null && !derivedFrom.isBlank()) {
            if (version.derivedFromVersionId == null) {
                errors.add(new FieldError("derivedFrom", "this version was not derived from another one"));
            } else {
                source = Question.inVersion(version.derivedFromVersionId, derivedFrom).orElse(null);
                if (source == null) {
                    errors.add(new FieldError("derivedFrom", "is not a question of the version this one comes from"));
                }
            }
        } else if (lineage.needsSource() && question.derivedFromQuestionId != null) {
            source = Question.findById(question.derivedFromQuestionId);
        }
        question.lineage = lineage.wire();
        question.derivedFromQuestionId = lineage.needsSource() && source != null ? source.id : null;
        if (errors.isEmpty()) {
            errors.addAll(LineageRules.check(question, source));
        }
        return errors;
    }

    private static Question source(Question question) {
        return question.derivedFromQuestionId == null ? null : Question.findById(question.derivedFromQuestionId);
    }

    /** Locks the version for an edit of its content and bumps its ETag. */
    private static FrameworkVersion lockVersion(UUID versionId) {
        return FrameworkVersion.<FrameworkVersion>findByIdOptional(versionId,
                        LockModeType.PESSIMISTIC_FORCE_INCREMENT)
                .orElseThrow(() -> ProblemException.notFound("Rubric version", versionId));
    }

    private static RubricContent content(UUID versionId) {
        return RubricContent.load(versionId).orElseThrow();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
