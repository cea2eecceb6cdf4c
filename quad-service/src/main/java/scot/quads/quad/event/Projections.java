package scot.quads.quad.event;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.MalformedEventException;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.FocusV1;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.SelfEvaluationRecalledV1;
import scot.quads.contract.payload.SelfEvaluationReturnedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.quad.Council;
import scot.quads.quad.CouncilFocus;
import scot.quads.quad.Cycle;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.repository.AnswerLevelRepository;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.quad.repository.SubmissionRepository;

/**
 * Keeps this service's copies of other services' facts. Each method runs inside the inbox's transaction for one
 * event and is safe to run in any order across topics: nothing here needs another projection to exist first.
 */
@ApplicationScoped
public class Projections {

    private final CouncilRepository councils;
    private final CycleRepository cycles;
    private final RubricVersionRepository rubricVersions;
    private final SubmissionRepository submissions;
    private final AnswerLevelRepository answerLevels;

    public Projections(CouncilRepository councils, CycleRepository cycles, RubricVersionRepository rubricVersions,
            SubmissionRepository submissions, AnswerLevelRepository answerLevels) {
        this.councils = councils;
        this.cycles = cycles;
        this.rubricVersions = rubricVersions;
        this.submissions = submissions;
        this.answerLevels = answerLevels;
    }

    /**
     * A council's focus was proposed, agreed or sent back: its latest step is kept (an older step arriving late
     * changes nothing).
     */
    public void focus(CloudEvent event, FocusV1 payload) {
        OffsetDateTime at = payload.at() != null ? payload.at() : event.time() != null ? event.time() : now();
        CouncilFocus focus = CouncilFocus.findById(payload.focusId());
        if (focus == null) {
            focus = new CouncilFocus();
            focus.focusId = payload.focusId();
        } else if (at.isBefore(focus.changedAt)) {
            Log.infof("Focus %s step at %s is older than the one kept (%s); event %s ignored", payload.focusId(),
                    at, focus.changedAt, event.id());
            return;
        }
        focus.cycleId = payload.cycleId();
        focus.councilCode = payload.councilCode().trim().toUpperCase();
        focus.state = payload.state();
        focus.area = payload.area();
        focus.focusQuestion = payload.focusQuestion();
        focus.keyQuestions = new ArrayList<>(payload.keyQuestions());
        focus.changedAt = at;
        if (!focus.isPersistent()) {
            focus.persist();
        }
    }

    public void council(CloudEvent event, CouncilV1 payload) {
        String code = payload.gssCode().trim().toUpperCase();
        Council council = councils.find(code).orElse(null);
        if (council == null) {
            council = new Council();
            council.gssCode = code;
        }
        council.name = payload.name();
        council.legacyGssCode = payload.legacyGssCode() == null || payload.legacyGssCode().isBlank() ? null
                : payload.legacyGssCode().trim().toUpperCase();
        council.active = payload.active();
        council.peopleFamily = payload.peopleFamily();
        council.otherFamily = payload.otherFamily();
        council.updatedAt = now();
        councils.save(council);
    }

    public void cycle(CloudEvent event, CycleV1 payload) {
        Cycle cycle = cycles.find(payload.cycleId()).orElse(null);
        if (cycle == null) {
            cycle = new Cycle();
            cycle.id = payload.cycleId();
        }
        cycle.name = payload.name();
        cycle.rubricVersionId = payload.rubricVersionId();
        cycle.opensOn = payload.opensOn();
        cycle.submissionDeadline = payload.submissionDeadline();
        cycle.revealRule = payload.revealRule();
        cycle.state = payload.state();
        cycle.updatedAt = now();
        cycles.save(cycle);
    }

    /** A version is immutable once published: the first copy stays, a repeat is ignored. */
    public void rubricVersion(CloudEvent event, RubricVersionPublishedV1 payload) {
        if (rubricVersions.known(payload.versionId())) {
            Log.infof("Rubric version %s is already known; event %s ignored", payload.versionId(), event.id());
            return;
        }
        RubricVersion version = new RubricVersion();
        version.id = payload.versionId();
        version.frameworkCode = payload.frameworkCode();
        version.frameworkTitle = payload.frameworkTitle();
        version.versionNumber = payload.versionNumber();
        version.label = payload.label();
        version.basedOnVersionId = payload.basedOnVersionId();
        version.gradedPerIndicator = payload.gradedPerIndicator();
        version.scale = payload.scale().stream()
                .map(level -> new RubricVersion.Level(level.value(), level.label(), level.descriptor()))
                .toList();
        version.questions = payload.gradedPerIndicator() ? indicatorsInOrder(event, payload)
                : questionsInOrder(event, payload);
        version.receivedAt = now();
        rubricVersions.insert(version);
    }

    /**
     * Replaces the evaluation's previous submission, unless this one is older (a resubmission already arrived). A
     * withdrawal recorded later than this submission keeps it hidden, whichever arrived first.
     */
    public void submission(CloudEvent event, SelfEvaluationSubmittedV1 payload) {
        OffsetDateTime submittedAt = payload.submittedAt() != null ? payload.submittedAt()
                : event.time() != null ? event.time() : now();
        Submission submission = submissions.find(payload.evaluationId()).orElse(null);
        if (submission == null) {
            submission = new Submission();
            submission.evaluationId = payload.evaluationId();
        } else if (submission.submittedAt != null && submittedAt.isBefore(submission.submittedAt)) {
            Log.infof("Submission of evaluation %s at %s is older than the one kept (%s); event %s ignored",
                    payload.evaluationId(), submittedAt, submission.submittedAt, event.id());
            return;
        }
        submission.cycleId = payload.cycleId();
        submission.councilCode = payload.councilCode().trim().toUpperCase();
        submission.rubricVersionId = payload.rubricVersionId();
        submission.submittedAt = submittedAt;
        submission.submittedBy = payload.submittedBy();
        // Graded per quality indicator, what is compared is each indicator's answer as a whole (the version's
        // items here are its indicators), with the narrative answers to its questions beside it.
        Map<String, List<Submission.PromptAnswer>> prompts = payload.indicatorAnswers().isEmpty() ? Map.of()
                : promptAnswers(event, payload);
        submission.answers = !payload.indicatorAnswers().isEmpty()
                ? payload.indicatorAnswers().stream()
                        .map(a -> new Submission.Answer(a.indicatorCode(), a.level(), a.notApplicable(),
                                a.notApplicableReason(), a.evidence(), a.strengths(), a.areasForImprovement(),
                                a.nextSteps(), prompts.getOrDefault(a.indicatorCode(), List.of())))
                        .toList()
                : payload.answers().stream()
                        .map(a -> new Submission.Answer(a.questionCode(), a.level(), a.notApplicable(),
                                a.notApplicableReason(), a.evidence(), a.strengths(), a.areasForImprovement(),
                                a.nextSteps()))
                        .toList();
        SelfEvaluationSubmittedV1.Statement statement = payload.statement();
        submission.statement = statement == null ? null : new Submission.Statement(statement.context(),
                statement.swot().stream().map(item -> new Submission.SwotItem(item.id(), item.kind(), item.text(),
                        item.priority(), item.indicators(), item.questions(), item.contextIndicators())).toList(),
                statement.summary());
        submission.updatedAt = now();
        submissions.save(submission);
        answerLevels.refresh(submission.cycleId, submission.councilCode);
    }

    /**
     * The narrative answers to the questions of a version graded per quality indicator, by the indicator each
     * question belongs to (as the published version says). A version not known here yet keeps none: the indicators'
     * own answers are compared all the same.
     */
    private Map<String, List<Submission.PromptAnswer>> promptAnswers(CloudEvent event,
            SelfEvaluationSubmittedV1 payload) {
        RubricVersion version = rubricVersions.find(payload.rubricVersionId());
        if (version == null) {
            Log.infof("Submission event %s: rubric version %s is not known yet; its questions' narrative answers are"
                    + " not kept beside the indicators", event.id(), payload.rubricVersionId());
            return Map.of();
        }
        Map<String, String> indicatorOf = new HashMap<>();
        version.questions.forEach(item -> item.prompts().forEach(p -> indicatorOf.put(p.code(), item.code())));
        Map<String, List<Submission.PromptAnswer>> byIndicator = new LinkedHashMap<>();
        for (SelfEvaluationSubmittedV1.Answer answer : payload.answers()) {
            String indicator = indicatorOf.get(answer.questionCode());
            if (indicator != null) {
                byIndicator.computeIfAbsent(indicator, code -> new ArrayList<>()).add(new Submission.PromptAnswer(
                        answer.questionCode(), answer.evidence(), answer.strengths(), answer.areasForImprovement(),
                        answer.nextSteps()));
            }
        }
        return byIndicator;
    }

    /** ADES returned the evaluation for revision: partners no longer see it until it is submitted again. */
    public void returned(CloudEvent event, SelfEvaluationReturnedV1 payload) {
        withdraw(event, payload.evaluationId(), payload.cycleId(), payload.councilCode(), payload.returnedAt(),
                "returned");
    }

    /** The council recalled its submission: partners no longer see it until it is submitted again. */
    public void recalled(CloudEvent event, SelfEvaluationRecalledV1 payload) {
        withdraw(event, payload.evaluationId(), payload.cycleId(), payload.councilCode(), payload.recalledAt(),
                "recalled");
    }

    /**
     * Records the latest withdrawal. It may come before the submission it withdraws, so a row is kept for it
     * anyway; whether the evaluation shows is decided by comparing the two moments (see {@link Submission#shown}).
     */
    private void withdraw(CloudEvent event, UUID evaluationId, UUID cycleId, String council,
            OffsetDateTime at, String how) {
        OffsetDateTime withdrawnAt = at != null ? at : event.time() != null ? event.time() : now();
        Submission submission = submissions.find(evaluationId).orElse(null);
        if (submission == null) {
            submission = new Submission();
            submission.evaluationId = evaluationId;
            submission.cycleId = cycleId;
            submission.councilCode = council.trim().toUpperCase();
        } else if (submission.withdrawnAt != null && !withdrawnAt.isAfter(submission.withdrawnAt)) {
            Log.infof("Evaluation %s was already withdrawn at %s; %s at %s (event %s) changes nothing",
                    evaluationId, submission.withdrawnAt, how, withdrawnAt, event.id());
            return;
        }
        submission.withdrawnAt = withdrawnAt;
        submission.withdrawnHow = how;
        submission.updatedAt = now();
        submissions.save(submission);
        answerLevels.refresh(submission.cycleId, submission.councilCode);
    }

    /**
     * A version graded per quality indicator is compared per indicator: each indicator becomes the item compared
     * (its code and title standing for a question's), so the side by side, heat map, flags, divergence, learning
     * partners, national distribution and trend all work per indicator. When the version this one was based on was
     * graded per indicator too, an indicator keeps the lineage the event gives it (same, reworded, split-from,
     * merged-from or new, so a trend says "not comparable" for a split or merged one as for a question), or, in an
     * event from before indicators carried lineage, is "same" as the indicator of its code; otherwise it is "new",
     * so a trend across a change of grain says it is not comparable.
     */
    private List<RubricVersion.Question> indicatorsInOrder(CloudEvent event, RubricVersionPublishedV1 payload) {
        RubricVersion based = rubricVersions.find(payload.basedOnVersionId());
        List<RubricVersion.Question> items = new ArrayList<>();
        for (RubricVersionPublishedV1.Theme theme : payload.themes()) {
            for (RubricVersionPublishedV1.Indicator indicator : theme.indicators()) {
                if (indicator.code() == null) {
                    throw new MalformedEventException("Event " + event.id() + ": an indicator of rubric version "
                            + payload.versionId() + " has no code");
                }
                boolean sameGrain = based != null && based.gradedPerIndicator;
                boolean traced = sameGrain && indicator.lineage() != null;
                boolean same = sameGrain && !traced && based.question(indicator.code()) != null;
                List<RubricVersion.Prompt> prompts = indicator.questions().stream()
                        .map(q -> new RubricVersion.Prompt(q.code(), q.prompt(), !Boolean.FALSE.equals(q.required())))
                        .toList();
                items.add(new RubricVersion.Question(theme.code(), theme.title(), indicator.code(),
                        indicator.title(), indicator.code(), indicator.title(),
                        Boolean.TRUE.equals(indicator.notApplicableAllowed()),
                        payload.basedOnVersionId() == null ? null
                                : traced ? indicator.lineage() : same ? "same" : "new",
                        traced ? indicator.derivedFrom() : same ? List.of(indicator.code()) : List.of(), prompts));
            }
        }
        return items;
    }

    private static List<RubricVersion.Question> questionsInOrder(CloudEvent event,
            RubricVersionPublishedV1 payload) {
        List<RubricVersion.Question> questions = new ArrayList<>();
        for (RubricVersionPublishedV1.Theme theme : payload.themes()) {
            for (RubricVersionPublishedV1.Indicator indicator : theme.indicators()) {
                for (RubricVersionPublishedV1.Question question : indicator.questions()) {
                    if (question.code() == null) {
                        throw new MalformedEventException(
                                "Event " + event.id() + ": a question of rubric version " + payload.versionId()
                                        + " has no code");
                    }
                    questions.add(new RubricVersion.Question(theme.code(), theme.title(), indicator.code(),
                            indicator.title(), question.code(), question.prompt(), question.notApplicableAllowed(),
                            question.lineage(), question.derivedFrom()));
                }
            }
        }
        return questions;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
