package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.quads.contract.Events;
import scot.quads.rubric.Answer;
import scot.quads.rubric.AuditEntry;
import scot.quads.rubric.Council;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.Question;
import scot.quads.rubric.RevealRule;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.event.RubricEvents;
import scot.quads.rubric.repository.CouncilRepository;
import scot.quads.rubric.repository.CycleRepository;
import scot.quads.rubric.repository.EvaluationRepository;
import scot.quads.rubric.repository.RubricRepository;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;

/**
 * A council's self-evaluation in a cycle: reading it, saving one answer at a time (the autosave path: a few
 * small queries and one short transaction), and submitting it.
 */
@ApplicationScoped
public class EvaluationService {

    /** The longest narrative field, in characters, as the API accepts it. */
    static final int NARRATIVE_LIMIT = 10_000;

    private final Outbox outbox;
    private final AuditTrail audit;
    private final Clock clock;
    private final PublishedRubrics rubrics;
    private final AnswerStore answerStore;
    private final EvaluationRepository evaluations;
    private final CycleRepository cycles;
    private final CouncilRepository councils;
    private final RubricRepository versions;

    public EvaluationService(Outbox outbox, AuditTrail audit, Clock clock, PublishedRubrics rubrics,
            AnswerStore answerStore, EvaluationRepository evaluations, CycleRepository cycles,
            CouncilRepository councils, RubricRepository versions) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.rubrics = rubrics;
        this.answerStore = answerStore;
        this.evaluations = evaluations;
        this.cycles = cycles;
        this.councils = councils;
        this.versions = versions;
    }

    /** What an editor sends for one question; text is kept exactly as sent. */
    public record AnswerContent(Integer level, boolean notApplicable, String notApplicableReason, String evidence,
            String strengths, String areasForImprovement, String nextSteps) {
    }

    /** A council's evaluation with every question of the cycle's version; {@code evaluation} is null until saved. */
    public record EvaluationView(Cycle cycle, Council council, RubricContent content, SelfEvaluation evaluation,
            Map<UUID, Answer> answersByQuestion, boolean acceptingAnswers) {

        public String state() {
            return evaluation == null ? SelfEvaluation.NOT_STARTED : evaluation.state;
        }

        /** The ETag: bumped by every change, a save (its answer's version) or a change of the whole evaluation. */
        public long version() {
            return versionOf(evaluation, answersByQuestion);
        }

        static long versionOf(SelfEvaluation evaluation, Map<UUID, Answer> answers) {
            return evaluation == null ? 0
                    : evaluation.version + answers.values().stream().mapToLong(answer -> answer.version).sum();
        }

        public long answered() {
            return answersByQuestion.values().stream().filter(Answer::isComplete).count();
        }
    }

    public EvaluationView view(UUID cycleId, String councilCode) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        SelfEvaluation evaluation = evaluations.of(cycle.id, council.gssCode).orElse(null);
        return view(cycle, council, evaluation);
    }

    /** The council's audit trail in this cycle, newest first. */
    public List<AuditEntry> auditTrail(UUID cycleId, String councilCode) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        return evaluations.auditOf(cycle.id, council.gssCode);
    }

    /**
     * Saves one answer: the autosave. Its reads and writes go through {@link AnswerStore} (plain JDBC, three
     * statements, binding by hand) rather than the repositories, as the path editors call most.
     */
    @Transactional
    public Answer save(UUID cycleId, String councilCode, String questionCode, long expectedVersion,
            AnswerContent content, String by) {
        AnswerStore.CycleAndCouncil target = answerStore.cycleAndCouncil(cycleId, councilCode)
                .orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
        if (target.councilGssCode() == null) {
            throw ProblemException.notFound("Council", councilCode);
        }
        Cycle cycle = target.cycle();
        Question question = rubrics.question(cycle.rubricVersionId, questionCode).orElseThrow(() ->
                new ProblemException(404, "Not found", "Question " + questionCode + " is not in this cycle's rubric",
                        List.of(new FieldError("questionCode", "is not a question of this cycle's rubric version")),
                        null));
        List<FieldError> errors = check(content, question, rubrics.levels(cycle.rubricVersionId));
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The answer to " + question.code + " cannot be saved as it stands",
                    errors);
        }
        AnswerStore.Current current = answerStore.share(cycle.id, target.councilGssCode(), question.id).orElse(null);
        requireOpen(cycle, current == null ? null : current.evaluation());
        if (current == null) {
            current = answerStore.shareOrStart(cycle.id, target.councilGssCode(), question.id, by);
        }
        SelfEvaluation evaluation = current.evaluation();
        if (evaluation.isSubmitted()) {
            throw ProblemException.conflict("The self-evaluation was submitted on "
                    + evaluation.submittedAt.toLocalDate() + " and can no longer change");
        }
        Answer before = current.answer();
        long currentVersion = before == null ? 0 : before.version;
        if (expectedVersion != currentVersion) {
            throw stale(question, before, expectedVersion);
        }
        Answer answer;
        if (before == null) {
            answer = new Answer();
            answer.id = UUID.randomUUID();
            answer.evaluationId = evaluation.id;
            answer.questionId = question.id;
            answer.questionCode = question.code;
        } else {
            answer = before.snapshot();
        }
        apply(answer, content);
        if (before != null && before.sameContentAs(answer) && !before.carriedForward) {
            return answer;
        }
        answer.carriedForward = false;
        answer.version = currentVersion + 1;
        answer.updatedAt = now();
        answer.updatedBy = by;
        if (!answerStore.saveIfAt(answer, currentVersion, audit.answerSaved(evaluation, before, answer, by))) {
            throw stale(question, answerStore.share(cycle.id, target.councilGssCode(), question.id)
                    .map(AnswerStore.Current::answer).orElse(null), expectedVersion);
        }
        return answer;
    }

    /** 412: another editor saved this answer since the caller read it (or, for "0", answered it first). */
    private static RuntimeException stale(Question question, Answer current, long expectedVersion) {
        if (current == null) {
            return ProblemException.preconditionFailed("Question " + question.code
                    + " has not been answered yet: send If-Match \"0\"", null);
        }
        return new StaleAnswerException(current, expectedVersion);
    }

    /** Locks the evaluation and tells the other services, once every question has an answer. */
    @Transactional
    public EvaluationView submit(UUID cycleId, String councilCode, Long expectedVersion, String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        SelfEvaluation evaluation = evaluations.lock(cycle.id, council.gssCode).orElse(null);
        if (evaluation != null && evaluation.isSubmitted()) {
            throw ProblemException.conflict("The self-evaluation was already submitted on "
                    + evaluation.submittedAt.toLocalDate() + " by " + evaluation.submittedBy);
        }
        requireOpen(cycle, evaluation);
        Map<UUID, Answer> answers = evaluation == null ? Map.of() : answersByQuestion(evaluation);
        long currentVersion = EvaluationView.versionOf(evaluation, answers);
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw ProblemException.preconditionFailed(
                    "The self-evaluation changed since you loaded it; review it and submit again", currentVersion);
        }
        RubricContent content = content(cycle);
        List<FieldError> missing = new ArrayList<>();
        List<Answer> ordered = new ArrayList<>();
        for (RubricContent.Placed placed : content.questions()) {
            Answer answer = answers.get(placed.question().id);
            if (answer == null || !answer.isComplete()) {
                missing.add(new FieldError(placed.question().code,
                        "is not answered: give it a level, or mark it not applicable with a reason"));
            } else if (answer.carriedForward) {
                missing.add(new FieldError(placed.question().code,
                        "was carried forward from the previous cycle: confirm it or change it"));
            } else {
                ordered.add(answer);
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.unprocessable(missing.size() + " of " + content.questions().size()
                    + " questions still need an answer (or a confirmation) before the self-evaluation can be"
                    + " submitted", missing);
        }

        OffsetDateTime now = now();
        evaluation.state = SelfEvaluation.SUBMITTED;
        evaluation.submittedAt = now;
        evaluation.submittedBy = by;
        evaluation.updatedAt = now;
        evaluation.version++;
        evaluations.update(evaluation);
        outbox.publish(Events.SELF_EVALUATION_SUBMITTED, evaluation.id.toString(),
                RubricEvents.submitted(evaluation, cycle, ordered));
        EvaluationView view = new EvaluationView(cycle, council, content, evaluation, answers, false);
        audit.evaluationSubmitted(evaluation, ordered.size(), view.version());
        return view;
    }

    /**
     * Pre-fills the evaluation from the council's submitted evaluation of an earlier cycle, mapped through question
     * lineage ({@link CarryForward}); questions already answered here are left alone. Every copied answer is
     * flagged carried-forward until an editor saves or confirms it.
     */
    @Transactional
    public EvaluationView carryForward(UUID cycleId, String councilCode, UUID fromCycleId, String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        Cycle from = cycles.find(fromCycleId).orElse(null);
        if (from == null || from.id.equals(cycle.id)) {
            throw ProblemException.unprocessable("Answers can only be carried forward from another cycle",
                    List.of(new FieldError("fromCycleId", from == null ? "is not a cycle" : "is this very cycle")));
        }
        SelfEvaluation previous = evaluations.of(from.id, council.gssCode).filter(SelfEvaluation::isSubmitted)
                .orElseThrow(() -> ProblemException.unprocessable("Nothing to carry forward",
                        List.of(new FieldError("fromCycleId",
                                "has no submitted self-evaluation of " + council.name))));
        requireOpen(cycle, evaluations.lock(cycle.id, council.gssCode).orElse(null));
        SelfEvaluation evaluation = evaluations.lockOrStart(cycle.id, council.gssCode, by);
        if (evaluation.isSubmitted()) {
            throw ProblemException.conflict("The self-evaluation is submitted and can no longer change");
        }
        Map<UUID, Answer> previousAnswers = answersByQuestion(previous);
        Map<UUID, Answer> current = answersByQuestion(evaluation);
        Map<UUID, String> codesById = versions.questions(from.rubricVersionId).stream()
                .collect(Collectors.toMap(q -> q.id, q -> q.code));
        Set<UUID> previousQuestions = codesById.keySet();
        Set<Integer> scale = versions.scale(cycle.rubricVersionId).stream().map(l -> l.value)
                .collect(Collectors.toSet());
        OffsetDateTime now = now();
        int copied = 0;
        int noted = 0;
        Map<UUID, Answer> carried = new HashMap<>(current);
        List<Answer> added = new ArrayList<>();
        for (CarryForward.Step step : CarryForward.plan(versions.questions(cycle.rubricVersionId),
                from.rubricVersionId, previousQuestions)) {
            if (current.containsKey(step.question().id) || step.kind() == CarryForward.Kind.EMPTY) {
                continue;
            }
            List<Answer> sources = step.sources().stream().map(previousAnswers::get).toList();
            Answer answer = new Answer();
            answer.id = UUID.randomUUID();
            answer.evaluationId = evaluation.id;
            answer.questionId = step.question().id;
            answer.questionCode = step.question().code;
            answer.version = 1;
            answer.updatedAt = now;
            answer.updatedBy = by;
            if (step.kind() == CarryForward.Kind.COPY) {
                Answer source = sources.get(0);
                if (source == null) {
                    continue;
                }
                fill(answer, step.question(), scale, source.level, source.notApplicable, source.notApplicableReason,
                        source.evidence, source.strengths, source.areasForImprovement, source.nextSteps);
                answer.carryNote = "Carried forward from " + source.questionCode + " in " + from.name;
                copied++;
            } else if (sources.stream().allMatch(Objects::isNull)) {
                continue;
            } else {
                List<String> codes = step.sources().stream().map(codesById::get).toList();
                Optional<CarryForward.Merged> merged = CarryForward.merge(sources, NARRATIVE_LIMIT);
                if (merged.isPresent()) {
                    CarryForward.Merged m = merged.get();
                    fill(answer, step.question(), scale, m.level(), m.notApplicable(), m.notApplicableReason(),
                            m.evidence(), m.strengths(), m.areasForImprovement(), m.nextSteps());
                    answer.carryNote = "Merged from " + String.join(", ", codes) + " in " + from.name
                            + ", which agreed";
                    copied++;
                } else {
                    answer.carryNote = "Merged from " + describe(codes, sources) + " in " + from.name
                            + ": they do not agree, so assess it afresh";
                    noted++;
                }
            }
            carried.put(answer.questionId, answer);
            added.add(answer);
        }
        evaluations.insert(added);
        evaluation.version++;
        evaluation.updatedAt = now;
        evaluations.update(evaluation);
        audit.carriedForward(evaluation, from, copied, noted, by, now);
        return view(cycle, council, evaluation, carried);
    }

    /** An editor confirms a carried-forward answer as still right for this cycle. */
    @Transactional
    public Answer confirm(UUID cycleId, String councilCode, String questionCode, long expectedVersion, String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        SelfEvaluation evaluation = evaluations.lock(cycle.id, council.gssCode).orElse(null);
        requireOpen(cycle, evaluation);
        Question question = rubrics.question(cycle.rubricVersionId, questionCode)
                .orElseThrow(() -> ProblemException.notFound("Question", questionCode));
        Answer answer = evaluation == null ? null : evaluations.answer(evaluation.id, question.id).orElse(null);
        if (answer == null || !answer.carriedForward) {
            throw ProblemException.conflict("Question " + questionCode + " has no carried-forward answer to confirm");
        }
        if (evaluation.isSubmitted()) {
            throw ProblemException.conflict("The self-evaluation is submitted and can no longer change");
        }
        if (answer.version != expectedVersion) {
            throw new StaleAnswerException(answer, expectedVersion);
        }
        Answer before = answer.snapshot();
        OffsetDateTime now = now();
        answer.carriedForward = false;
        answer.version++;
        answer.updatedAt = now;
        answer.updatedBy = by;
        if (!evaluations.updateIfAt(answer, before.version)) {
            throw new StaleAnswerException(before, expectedVersion);
        }
        audit.answerConfirmed(evaluation, before, answer, by);
        return answer;
    }

    /** ADES sends a submitted evaluation back to its council: editable again, also after the deadline. */
    @Transactional
    public EvaluationView returnForRevision(UUID cycleId, String councilCode, String reason, String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        SelfEvaluation evaluation = evaluations.lock(cycle.id, council.gssCode)
                .filter(SelfEvaluation::isSubmitted)
                .orElseThrow(() -> ProblemException.conflict(
                        "Only a submitted self-evaluation can be returned; " + council.name + "'s is not submitted"));
        OffsetDateTime now = now();
        evaluation.state = SelfEvaluation.RETURNED;
        evaluation.returnedAt = now;
        evaluation.returnedBy = by;
        evaluation.returnReason = reason;
        evaluation.updatedAt = now;
        evaluation.version++;
        evaluations.update(evaluation);
        outbox.publish(Events.SELF_EVALUATION_RETURNED, evaluation.id.toString(),
                RubricEvents.returned(evaluation));
        EvaluationView view = view(cycle, council, evaluation);
        audit.evaluationReturned(evaluation, view.version());
        return view;
    }

    /**
     * The council takes back its own submission: a draft again. Only before the deadline, and only while partners
     * cannot have seen it: a cycle whose reveal rule is {@code on-submission} shows a submission to partners at
     * once, so it cannot be recalled; under {@code all-submitted-or-deadline} the answers are shown once every
     * member of the council's quad (as quad-service announced it) has submitted, so then it cannot either.
     */
    @Transactional
    public EvaluationView recall(UUID cycleId, String councilCode, String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        SelfEvaluation evaluation = evaluations.lock(cycle.id, council.gssCode)
                .filter(SelfEvaluation::isSubmitted)
                .orElseThrow(() -> ProblemException.conflict(
                        "Only a submitted self-evaluation can be recalled; this one is not submitted"));
        if (cycle.deadlinePassed(today())) {
            throw ProblemException.conflict("The deadline of cycle " + cycle.name + " was "
                    + cycle.submissionDeadline + ": a submission can no longer be recalled; ask ADES to return it");
        }
        if (cycle.revealRule == RevealRule.ON_SUBMISSION) {
            throw ProblemException.conflict("Cycle " + cycle.name + " reveals answers to quad partners on"
                    + " submission, so they may already have seen it: ask ADES to return it instead");
        }
        if (cycle.revealRule == RevealRule.ALL_SUBMITTED_OR_DEADLINE && everyPartnerSubmitted(cycle, council)) {
            throw ProblemException.conflict("Every council in your quad has submitted, so your partners can already"
                    + " see your answers: ask ADES to return it instead");
        }
        evaluation.state = SelfEvaluation.DRAFT;
        evaluation.submittedAt = null;
        evaluation.submittedBy = null;
        evaluation.updatedAt = now();
        evaluation.version++;
        evaluations.update(evaluation);
        outbox.publish(Events.SELF_EVALUATION_RECALLED, evaluation.id.toString(),
                RubricEvents.recalled(evaluation, by));
        EvaluationView view = view(cycle, council, evaluation);
        audit.evaluationRecalled(evaluation, by, view.version());
        return view;
    }

    /** True when the council is in a quad of the cycle with partners, and every partner's evaluation is submitted. */
    private boolean everyPartnerSubmitted(Cycle cycle, Council council) {
        return councils.everyPartnerSubmitted(cycle.id, council.gssCode);
    }

    private EvaluationView view(Cycle cycle, Council council, SelfEvaluation evaluation) {
        return view(cycle, council, evaluation, evaluation == null ? Map.of() : answersByQuestion(evaluation));
    }

    private EvaluationView view(Cycle cycle, Council council, SelfEvaluation evaluation, Map<UUID, Answer> answers) {
        boolean accepting = (evaluation == null || !evaluation.isSubmitted()) && !cycle.isClosed()
                && (!cycle.deadlinePassed(today()) || evaluation != null && evaluation.isReturned());
        return new EvaluationView(cycle, council, content(cycle), evaluation, answers, accepting);
    }

    /** A carried-forward answer: a level no longer on the scale, or not applicable where it no longer may be, is left out. */
    private static void fill(Answer answer, Question question, Set<Integer> scale, Integer level,
            boolean notApplicable, String reason, String evidence, String strengths, String areasForImprovement,
            String nextSteps) {
        answer.level = level != null && scale.contains(level) ? level : null;
        answer.notApplicable = notApplicable && question.notApplicableAllowed;
        answer.notApplicableReason = answer.notApplicable ? reason : null;
        List<String> asked = question.narrativeFields;
        answer.evidence = asked.contains("evidence") ? evidence : null;
        answer.strengths = asked.contains("strengths") ? strengths : null;
        answer.areasForImprovement = asked.contains("areasForImprovement") ? areasForImprovement : null;
        answer.nextSteps = asked.contains("nextSteps") ? nextSteps : null;
        answer.carriedForward = true;
    }

    /** "1.1.3 (level 4), 1.2.1 (not answered)". */
    private static String describe(List<String> codes, List<Answer> answers) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Answer a = answers.get(i);
            String what = a == null || !a.isComplete() ? "not answered"
                    : a.notApplicable ? "not applicable" : "level " + a.level;
            parts.add(codes.get(i) + " (" + what + ")");
        }
        return String.join(", ", parts);
    }

    private static List<FieldError> check(AnswerContent content, Question question, List<Integer> values) {
        List<FieldError> errors = new ArrayList<>();
        if (content.notApplicable()) {
            if (!question.notApplicableAllowed) {
                errors.add(new FieldError("notApplicable",
                        "is not allowed: question " + question.code + " applies to every council"));
            }
            if (content.notApplicableReason() == null || content.notApplicableReason().isBlank()) {
                errors.add(new FieldError("notApplicableReason", "must say why the question does not apply"));
            }
            if (content.level() != null) {
                errors.add(new FieldError("level", "must be empty when the question is marked not applicable"));
            }
        }
        Map<String, String> narratives = Map.of("evidence", text(content.evidence()), "strengths",
                text(content.strengths()), "areasForImprovement", text(content.areasForImprovement()), "nextSteps",
                text(content.nextSteps()));
        for (String field : Question.NARRATIVE_FIELDS) {
            if (!narratives.get(field).isEmpty() && !question.narrativeFields.contains(field)) {
                errors.add(new FieldError(field, "is not asked for by question " + question.code + "; it asks for "
                        + (question.narrativeFields.isEmpty() ? "no narrative"
                                : String.join(", ", question.narrativeFields))));
            }
        }
        if (!content.notApplicable() && content.level() != null) {
            if (!values.contains(content.level())) {
                errors.add(new FieldError("level", "must be a level of the scale: "
                        + values.stream().map(String::valueOf).collect(Collectors.joining(", "))));
            }
        }
        return errors;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static void apply(Answer answer, AnswerContent content) {
        answer.level = content.level();
        answer.notApplicable = content.notApplicable();
        answer.notApplicableReason = content.notApplicableReason();
        answer.evidence = content.evidence();
        answer.strengths = content.strengths();
        answer.areasForImprovement = content.areasForImprovement();
        answer.nextSteps = content.nextSteps();
    }

    /** A closed cycle takes nothing; after the deadline only an evaluation ADES returned may still change. */
    private void requireOpen(Cycle cycle, SelfEvaluation evaluation) {
        if (cycle.isClosed()) {
            throw ProblemException.conflict("Cycle " + cycle.name + " is closed: its self-evaluations can no longer"
                    + " change");
        }
        if (cycle.deadlinePassed(today()) && (evaluation == null || !evaluation.isReturned())) {
            throw ProblemException.conflict("The deadline of cycle " + cycle.name + " was "
                    + cycle.submissionDeadline + ": its self-evaluations can no longer change");
        }
    }

    private Map<UUID, Answer> answersByQuestion(SelfEvaluation evaluation) {
        return evaluations.answersOf(evaluation.id).stream()
                .collect(Collectors.toMap(answer -> answer.questionId, Function.identity()));
    }

    private Cycle cycle(UUID cycleId) {
        return cycles.find(cycleId).orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
    }

    private Council council(String code) {
        return councils.findByCode(code).orElseThrow(() -> ProblemException.notFound("Council", code));
    }

    private RubricContent content(Cycle cycle) {
        return versions.content(cycle.rubricVersionId).orElseThrow(() -> new IllegalStateException(
                "Cycle " + cycle.id + " answers version " + cycle.rubricVersionId + ", which does not exist"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
