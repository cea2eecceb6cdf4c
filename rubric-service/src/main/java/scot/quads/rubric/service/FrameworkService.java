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
import scot.quads.rubric.Question;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.ScaleLevel;
import scot.quads.rubric.Theme;
import scot.quads.rubric.VersionStatus;
import scot.quads.rubric.event.RubricEvents;
import scot.quads.rubric.service.RubricDefinition.IndicatorDefinition;
import scot.quads.rubric.service.RubricDefinition.QuestionDefinition;
import scot.quads.rubric.service.RubricDefinition.ThemeDefinition;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;

/** Frameworks and their versions: importing a version as a draft, reading it, publishing it. */
@ApplicationScoped
public class FrameworkService {

    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;

    public FrameworkService(Outbox outbox, AuditTrail audit, Clock clock) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    /** A framework with its versions, oldest first. */
    public record FrameworkVersions(Framework framework, List<FrameworkVersion> versions) {
    }

    public List<FrameworkVersions> all() {
        return Framework.byCode().stream()
                .map(framework -> new FrameworkVersions(framework, FrameworkVersion.ofFramework(framework.id)))
                .toList();
    }

    public FrameworkVersions get(UUID id) {
        Framework framework = Framework.<Framework>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Framework", id));
        return new FrameworkVersions(framework, FrameworkVersion.ofFramework(framework.id));
    }

    public RubricContent content(UUID versionId) {
        return RubricContent.load(versionId)
                .orElseThrow(() -> ProblemException.notFound("Rubric version", versionId));
    }

    /**
     * Stores the definition as a new draft version: version 1 of a new framework when its code is new, else the
     * framework's next version. The framework's own title and description stay as they are.
     */
    @Transactional
    public RubricContent importVersion(RubricDefinition definition, String by) {
        Framework framework = frameworkFor(definition, by);
        OffsetDateTime now = now();

        FrameworkVersion version = new FrameworkVersion();
        version.id = UUID.randomUUID();
        version.frameworkId = framework.id;
        version.number = FrameworkVersion.nextNumber(framework.id);
        version.label = definition.versionLabel();
        version.status = VersionStatus.DRAFT;
        version.createdAt = now;
        version.createdBy = by;
        version.gradingGrain = definition.gradingGrain();
        version.persist();

        // Persisted kind by kind, so that each kind's rows go to PostgreSQL in batches, parents first.
        int position = 0;
        for (RubricDefinition.Level level : definition.scale()) {
            ScaleLevel row = new ScaleLevel();
            row.versionId = version.id;
            row.value = level.value();
            row.label = level.label();
            row.descriptor = level.descriptor();
            row.position = position++;
            row.persist();
        }
        List<Theme> themes = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        List<Question> questions = new ArrayList<>();
        for (ThemeDefinition themeDefinition : definition.themes()) {
            Theme theme = new Theme();
            theme.id = UUID.randomUUID();
            theme.versionId = version.id;
            theme.code = themeDefinition.code();
            theme.title = themeDefinition.title();
            theme.guidance = themeDefinition.guidance();
            theme.position = themes.size();
            themes.add(theme);
            int indicatorPosition = 0;
            for (IndicatorDefinition indicatorDefinition : themeDefinition.indicators()) {
                Indicator indicator = new Indicator();
                indicator.id = UUID.randomUUID();
                indicator.versionId = version.id;
                indicator.themeId = theme.id;
                indicator.code = indicatorDefinition.code();
                indicator.title = indicatorDefinition.title();
                indicator.guidance = indicatorDefinition.guidance();
                indicator.notApplicableAllowed = indicatorDefinition.notApplicableAllowed();
                indicator.position = indicatorPosition++;
                indicators.add(indicator);
                int questionPosition = 0;
                for (QuestionDefinition questionDefinition : indicatorDefinition.questions()) {
                    Question question = new Question();
                    question.id = UUID.randomUUID();
                    question.versionId = version.id;
                    question.indicatorId = indicator.id;
                    question.code = questionDefinition.code();
                    question.title = questionDefinition.title();
                    question.prompt = questionDefinition.prompt();
                    question.guidance = questionDefinition.guidance();
                    question.illustration = questionDefinition.illustration();
                    question.notApplicableAllowed = questionDefinition.notApplicableAllowed();
                    question.narrativeFields = Question.narrativeFields(questionDefinition.narrativeFields());
                    question.contextIndicators = Question.codes(questionDefinition.contextIndicators());
                    question.kind = questionDefinition.kind();
                    question.required = questionDefinition.required();
                    question.position = questionPosition++;
                    questions.add(question);
                }
            }
        }
        Theme.persist(themes);
        Indicator.persist(indicators);
        Question.persist(questions);
        audit.versionImported(version, framework.code, by);
        outbox.publish(Events.RUBRIC_VERSION_DRAFTED, version.id.toString(),
                RubricEvents.version(version, framework.code, by, version.createdAt));
        return content(version.id);
    }

    /** Makes a draft the published, unchangeable version councils can answer, and tells the other services. */
    @Transactional
    public RubricContent publish(UUID versionId, ETags.IfMatch ifMatch, String by) {
        FrameworkVersion version = FrameworkVersion.lock(versionId)
                .orElseThrow(() -> ProblemException.notFound("Rubric version", versionId));
        if (ifMatch.optional(version.version) != version.version) {
            throw ProblemException.preconditionFailed(
                    "This version was changed by someone else since you loaded it", version.version);
        }
        version.requireDraft();
        List<FieldError> empty = emptyHeadings(content(versionId));
        if (!empty.isEmpty()) {
            throw ProblemException.unprocessable("Version " + version.number + " has empty parts and cannot be"
                    + " published", empty);
        }
        version.status = VersionStatus.PUBLISHED;
        version.publishedAt = now();
        version.publishedBy = by;
        FrameworkVersion.flush();
        RubricContent content = content(versionId);
        Map<UUID, String> previousCodes = new HashMap<>();
        if (version.derivedFromVersionId != null) {
            Question.ofVersionWithoutSources(version.derivedFromVersionId)
                    .forEach(question -> previousCodes.put(question.id, question.code));
            Indicator.ofVersion(version.derivedFromVersionId)
                    .forEach(indicator -> previousCodes.put(indicator.id, indicator.code));
        }
        outbox.publish(Events.RUBRIC_VERSION_PUBLISHED, version.id.toString(),
                RubricEvents.published(content, previousCodes));
        audit.versionPublished(version, by);
        return content;
    }

    /** A version councils answer needs a theme, every theme an indicator and every indicator a question. */
    static List<FieldError> emptyHeadings(RubricContent content) {
        List<FieldError> errors = new ArrayList<>();
        if (content.themes().isEmpty()) {
            errors.add(new FieldError("themes", "must hold at least one theme"));
        }
        for (RubricContent.ThemeNode theme : content.themes()) {
            if (theme.indicators().isEmpty()) {
                errors.add(new FieldError("themes[" + theme.theme().code + "]", "has no quality indicator"));
            }
            for (RubricContent.IndicatorNode indicator : theme.indicators()) {
                if (indicator.questions().isEmpty()) {
                    errors.add(new FieldError("indicators[" + indicator.indicator().code + "]", "has no question"));
                }
            }
        }
        return errors;
    }

    /** The framework with the definition's code, created now if it is new; locked so numbers are handed out once. */
    private Framework frameworkFor(RubricDefinition definition, String by) {
        return Framework.lockOrCreate(definition.code(), definition.title(), definition.description(), by);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
