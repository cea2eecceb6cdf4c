package scot.quads.rubric.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
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
import org.hibernate.StatelessSession;
import scot.quads.contract.Events;
import scot.quads.rubric.Answer;
import scot.quads.rubric.AuditEntry;
import scot.quads.rubric.Council;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.GradingGrain;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.RevealRule;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.ScaleLevel;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.Statement;
import scot.quads.rubric.event.RubricEvents;
import scot.quads.rubric.repository.QuadMembership;
import scot.quads.support.jdbc.DatabaseFailures;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;

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
    private final QuadMembership quads;
    private final StatelessSession autosave;

    public EvaluationService(Outbox outbox, AuditTrail audit, Clock clock, PublishedRubrics rubrics,
            QuadMembership quads, StatelessSession autosave) {
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
        this.rubrics = rubrics;
        this.quads = quads;
        this.autosave = autosave;
    }

    /** What an editor sends for one question; text is kept exactly as sent. */
    public record AnswerContent(Integer level, boolean notApplicable, String notApplicableReason, String evidence,
            String strengths, String areasForImprovement, String nextSteps) {
    }

    /**
     * A council's evaluation with every question of the cycle's version; {@code evaluation} is null until saved.
     * {@code answersByQuestion}: the answers by the id of what they answer, a question or (graded per quality
     * indicator) an indicator.
     */
    public record EvaluationView(Cycle cycle, Council council, RubricContent content, SelfEvaluation evaluation,
            Map<UUID, Answer> answersByQuestion, Statement statement, boolean acceptingAnswers) {

        public String state() {
            return evaluation == null ? SelfEvaluation.NOT_STARTED : evaluation.state;
        }

        /**
         * The ETag: bumped by every change, a save (its answer's or the statement's version) or a change of the whole
         * evaluation.
         */
        public long version() {
            return versionOf(evaluation, answersByQuestion, statement);
        }

        static long versionOf(SelfEvaluation evaluation, Map<UUID, Answer> answers, Statement statement) {
            return evaluation == null ? 0
                    : evaluation.version + answers.values().stream().mapToLong(answer -> answer.version).sum()
                            + (statement == null ? 0 : statement.version);
        }

        /** Every item of the version (indicators graded as a whole, questions) in order. */
        public List<Completion.Item> items() {
            return Completion.items(content);
        }

        /** What is answered and what is missing, by the one rule the submit follows. */
        public Completion.Tally tally() {
            return Completion.tally(items(), answersByQuestion);
        }

        public long answered() {
            return tally().answered();
        }
    }

    public EvaluationView view(UUID cycleId, String councilCode) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        SelfEvaluation evaluation = SelfEvaluation.of(cycle.id, council.gssCode).orElse(null);
        return view(cycle, council, evaluation);
    }

    /** The council's self-evaluations in every cycle where it has saved anything, the last started first. */
    public List<SelfEvaluation> ofCouncil(String councilCode) {
        return SelfEvaluation.ofCouncil(council(councilCode).gssCode);
    }

    /** The council's audit trail in this cycle, newest first. */
    public List<AuditEntry> auditTrail(UUID cycleId, String councilCode) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        return AuditEntry.ofEvaluation(cycle.id, council.gssCode);
    }

    /**
     * Saves one answer: the autosave, the path editors call most, in three statements. One query reads the council's
     * evaluation (share-locked: a submit, return or recall waits for this save, and a save that waited for one sees
     * it) with its cycle and this question's answer; the answer entity is written (its version checked and bumped,
     * or inserted as version 1); the audit row is inserted. Nothing else is loaded: the question and the scale come
     * from the published rubric kept in memory. All three go through a {@link StatelessSession}: the save knows
     * exactly what it writes, so a persistence context (snapshots, a dirty check and flush at commit) is only cost,
     * which the benchmark's rush showed; the rarer writes use the ordinary session. Two editors saving one answer
     * at once: the second's write waits for the first's and then finds the answer changed (its version) or already
     * there (its unique key), so it is refused with the answer as it now stands (412) and writes nothing.
     */
    @Transactional
    public Answer save(UUID cycleId, String councilCode, String questionCode, ETags.IfMatch ifMatch,
            AnswerContent content, String by) {
        return save(cycleId, councilCode, questionCode, false, ifMatch, content, by);
    }

    /**
     * Saves the answer to a quality indicator as a whole (its level, or not applicable with a reason, and its
     * narrative), in a version graded per indicator: the same autosave, optimistic locking and audit as a question's.
     */
    @Transactional
    public Answer saveIndicatorAnswer(UUID cycleId, String councilCode, String indicatorCode, ETags.IfMatch ifMatch,
            AnswerContent content, String by) {
        return save(cycleId, councilCode, indicatorCode, true, ifMatch, content, by);
    }

    private Answer save(UUID cycleId, String councilCode, String code, boolean indicator, ETags.IfMatch ifMatch,
            AnswerContent content, String by) {
        SelfEvaluation.ForSave target = SelfEvaluation.shareForSave(autosave, cycleId, councilCode, code, indicator)
                .orElse(null);
        Cycle cycle = target != null ? target.cycle() : cycle(cycleId);
        Council council = target != null ? null : council(councilCode);
        Target item = indicator ? indicatorTarget(cycle, code) : questionTarget(cycle, code);
        List<FieldError> errors = check(content, item, rubrics.levels(cycle.rubricVersionId));
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The answer to " + item.code() + " cannot be saved as it stands",
                    errors);
        }
        requireOpen(cycle, target == null ? null : target.evaluation());
        if (target == null) {
            SelfEvaluation.start(cycle.id, council.gssCode, by);
            target = SelfEvaluation.shareForSave(autosave, cycle.id, council.gssCode, code, indicator).orElseThrow();
        }
        SelfEvaluation evaluation = target.evaluation();
        if (evaluation.isSubmitted()) {
            throw ProblemException.conflict("The self-evaluation was submitted on "
                    + evaluation.submittedAt.toLocalDate() + " and can no longer change");
        }
        Answer answer = target.answer();
        long currentVersion = answer == null ? 0 : answer.version;
        long expectedVersion = ifMatch.required(currentVersion, answer != null);
        if (expectedVersion != currentVersion) {
            throw stale(item, answer, expectedVersion);
        }
        Answer before = answer == null ? null : answer.snapshot();
        Answer saved = answer != null ? answer
                : item.indicator() != null ? Answer.first(evaluation, item.indicator())
                        : Answer.first(evaluation, item.question());
        if (before != null && !before.carriedForward && before.sameContentAs(applied(before.snapshot(), content))) {
            return answer;
        }
        apply(saved, content);
        saved.carriedForward = false;
        saved.updatedAt = now();
        saved.updatedBy = by;
        write(evaluation, saved, answer == null, item, expectedVersion);
        autosave.insert(audit.answerSaved(evaluation, before, saved, by));
        return saved;
    }

    /**
     * What an answer is given to: a question ({@code indicator} null) or a quality indicator as a whole
     * ({@code question} null). {@code perIndicator}: the version grades its indicators, not its questions.
     */
    record Target(String code, Question question, Indicator indicator, boolean perIndicator) {

        UUID id() {
            return question != null ? question.id : indicator.id;
        }

        String name() {
            return question != null ? "Question " + question.code : "Quality indicator " + indicator.code;
        }

        /** "question" or "quality indicator", as a sentence names it. */
        String what() {
            return question != null ? "question" : "quality indicator";
        }

        boolean graded() {
            return question == null || !question.isNarrative();
        }

        boolean notApplicableAllowed() {
            return question != null ? question.notApplicableAllowed : indicator.notApplicableAllowed;
        }

        /** The narrative fields asked for: a question's own list; all four for an indicator. */
        List<String> narrativeFields() {
            return question != null ? question.narrativeFields : Question.NARRATIVE_FIELDS;
        }
    }

    private Target questionTarget(Cycle cycle, String questionCode) {
        Question question = rubrics.question(cycle.rubricVersionId, questionCode).orElseThrow(() ->
                new ProblemException(404, "Not found", "Question " + questionCode + " is not in this cycle's rubric",
                        List.of(new FieldError("questionCode", "is not a question of this cycle's rubric version")),
                        null));
        return new Target(question.code, question, null,
                rubrics.grain(cycle.rubricVersionId) == GradingGrain.QUALITY_INDICATOR);
    }

    private Target indicatorTarget(Cycle cycle, String indicatorCode) {
        Indicator indicator = rubrics.indicator(cycle.rubricVersionId, indicatorCode).orElseThrow(() ->
                new ProblemException(404, "Not found", "Quality indicator " + indicatorCode
                        + " is not in this cycle's rubric", List.of(new FieldError("indicatorCode",
                                "is not a quality indicator of this cycle's rubric version")), null));
        if (rubrics.grain(cycle.rubricVersionId) != GradingGrain.QUALITY_INDICATOR) {
            throw new ProblemException(404, "Not found", "This cycle's rubric grades each question, not quality"
                    + " indicator " + indicatorCode + " as a whole: answer its questions", List.of(new FieldError(
                            "indicatorCode", "is not graded as a whole in this cycle's rubric version")), null);
        }
        return new Target(indicator.code, null, indicator, true);
    }

    /**
     * Writes the answer now (inserted, or updated with its version checked and bumped), so that a colleague's save of
     * the same answer in the meantime is found here: then the caller gets a 412 with the answer as that colleague
     * left it, read in a transaction of its own (this one can only roll back), and nothing of this save is written.
     */
    private void write(SelfEvaluation evaluation, Answer answer, boolean first, Target item, long expectedVersion) {
        try {
            if (first) {
                autosave.insert(answer);
            } else {
                autosave.update(answer);
            }
        } catch (PersistenceException e) {
            if (DatabaseFailures.concurrentChange(e) || DatabaseFailures.violatesUnique(e, Answer.ONE_PER_QUESTION)
                    || DatabaseFailures.violatesUnique(e, Answer.ONE_PER_INDICATOR)) {
                throw stale(item, QuarkusTransaction.requiringNew()
                        .call(() -> Answer.current(evaluation.id, item.id()).orElse(null)), expectedVersion);
            }
            throw e;
        }
    }

    /** 412: another editor saved this answer since the caller read it (or, for "0", answered it first). */
    private static RuntimeException stale(Target item, Answer current, long expectedVersion) {
        if (current == null) {
            return ProblemException.preconditionFailed(item.name()
                    + " has not been answered yet: send If-Match \"0\"", null);
        }
        return new StaleAnswerException(current, expectedVersion);
    }

    /** Locks the evaluation and tells the other services, once every question has an answer. */
    @Transactional
    public EvaluationView submit(UUID cycleId, String councilCode, ETags.IfMatch ifMatch, String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        // The quads first, then the evaluation, as a recall takes them: members submitting at once go in turn.
        quads.lockQuadsOf(cycle.id, council.gssCode);
        SelfEvaluation evaluation = SelfEvaluation.lock(cycle.id, council.gssCode).orElse(null);
        if (evaluation != null && evaluation.isSubmitted()) {
            throw ProblemException.conflict("The self-evaluation was already submitted on "
                    + evaluation.submittedAt.toLocalDate() + " by " + evaluation.submittedBy);
        }
        requireOpen(cycle, evaluation);
        Map<UUID, Answer> answers = evaluation == null ? Map.of() : answersByQuestion(evaluation);
        Statement statement = Statement.of(evaluation).orElse(null);
        long currentVersion = EvaluationView.versionOf(evaluation, answers, statement);
        if (ifMatch.optional(currentVersion) != currentVersion) {
            throw ProblemException.preconditionFailed(
                    "The self-evaluation changed since you loaded it; review it and submit again", currentVersion);
        }
        RubricContent content = content(cycle);
        List<Completion.Item> items = Completion.items(content);
        Completion.Tally tally = Completion.tally(items, answers);
        List<FieldError> missing = new ArrayList<>(tally.missing().stream()
                .map(m -> new FieldError(m.item().code(), Completion.why(m))).toList());
        List<Answer> ordered = new ArrayList<>();
        List<Answer> indicatorAnswers = new ArrayList<>();
        for (Completion.Item item : items) {
            Answer answer = answers.get(item.id());
            if (answer != null && Completion.standing(item, answer) == Completion.Standing.ANSWERED) {
                (item.isIndicator() ? indicatorAnswers : ordered).add(answer);
            }
        }
        List<FieldError> statementMissing = statementMissing(cycle, statement);
        if (!missing.isEmpty()) {
            missing.addAll(statementMissing);
            throw ProblemException.unprocessable(missing.size() - statementMissing.size() + " of "
                    + tally.total() + (content.version().gradedPerIndicator() ? " items" : " questions")
                    + " still need an answer (or a confirmation)"
                    + (statementMissing.isEmpty() ? "" : ", and the self-evaluative statement needs completing,")
                    + " before the self-evaluation can be submitted", missing);
        }
        if (!statementMissing.isEmpty()) {
            throw ProblemException.unprocessable("The self-evaluative statement needs completing before the"
                    + " self-evaluation can be submitted", statementMissing);
        }

        OffsetDateTime now = now();
        evaluation.state = SelfEvaluation.SUBMITTED;
        evaluation.submittedAt = now;
        evaluation.submittedBy = by;
        evaluation.updatedAt = now;
        SelfEvaluation.flush();
        recordReveal(cycle, evaluation, now);
        // From now on the council's partners may see its evidence pack: what it holds stays as they saw it.
        scot.quads.rubric.evidence.EvidenceItem.markShared(cycle.id, evaluation.councilCode, now);
        outbox.publish(Events.SELF_EVALUATION_SUBMITTED, evaluation.id.toString(),
                RubricEvents.submitted(evaluation, cycle, ordered, indicatorAnswers, statement));
        EvaluationView view = new EvaluationView(cycle, council, content, evaluation, answers, statement, false);
        audit.evaluationSubmitted(evaluation, ordered.size() + indicatorAnswers.size(), view.version());
        return view;
    }

    /**
     * Pre-fills the evaluation from the council's submitted evaluation of an earlier cycle, mapped through question
     * lineage ({@link CarryForward}); questions already answered here are left alone. Every copied answer is
     * flagged carried-forward until an editor saves or confirms it.
     */
    @Transactional
    public EvaluationView carryForward(UUID cycleId, String councilCode, UUID fromCycleId, ETags.IfMatch ifMatch,
            String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        Cycle from = Cycle.findById(fromCycleId);
        if (from == null || from.id.equals(cycle.id)) {
            throw ProblemException.unprocessable("Answers can only be carried forward from another cycle",
                    List.of(new FieldError("fromCycleId", from == null ? "is not a cycle" : "is this very cycle")));
        }
        SelfEvaluation previous = SelfEvaluation.of(from.id, council.gssCode).filter(SelfEvaluation::isSubmitted)
                .orElseThrow(() -> ProblemException.unprocessable("Nothing to carry forward",
                        List.of(new FieldError("fromCycleId",
                                "has no submitted self-evaluation of " + council.name))));
        SelfEvaluation existing = SelfEvaluation.lock(cycle.id, council.gssCode).orElse(null);
        requireOpen(cycle, existing);
        requireVersion(existing, ifMatch);
        SelfEvaluation evaluation = SelfEvaluation.lockOrStart(cycle.id, council.gssCode, by);
        if (evaluation.isSubmitted()) {
            throw ProblemException.conflict("The self-evaluation is submitted and can no longer change");
        }
        Map<UUID, Answer> previousAnswers = answersByQuestion(previous);
        Map<UUID, Answer> current = answersByQuestion(evaluation);
        Map<UUID, String> codesById = Question.ofVersion(from.rubricVersionId).stream()
                .collect(Collectors.toMap(q -> q.id, q -> q.code));
        Set<UUID> previousQuestions = codesById.keySet();
        Set<Integer> scale = ScaleLevel.ofVersion(cycle.rubricVersionId).stream().map(l -> l.value)
                .collect(Collectors.toSet());
        OffsetDateTime now = now();
        int copied = 0;
        int noted = 0;
        Map<UUID, Answer> carried = new HashMap<>(current);
        List<Answer> added = new ArrayList<>();
        for (CarryForward.Step step : CarryForward.plan(Question.ofVersion(cycle.rubricVersionId),
                from.rubricVersionId, previousQuestions)) {
            if (current.containsKey(step.question().id) || step.kind() == CarryForward.Kind.EMPTY) {
                continue;
            }
            List<Answer> sources = step.sources().stream().map(previousAnswers::get).toList();
            Answer answer = Answer.first(evaluation, step.question());
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
            if (answer.carriedForward && step.question().isNarrative() && !answer.hasNarrative()) {
                copied--;
                continue;
            }
            carried.put(answer.itemId(), answer);
            added.add(answer);
        }
        Carried indicators = carryIndicatorAnswers(cycle, from, previousAnswers, carried, added, scale, now, by,
                evaluation);
        copied += indicators.copied();
        noted += indicators.noted();
        Answer.persist(added);
        boolean statementCarried = carryStatement(previous, evaluation, cycle, from, now, by);
        evaluation.updatedAt = now;
        SelfEvaluation.flush();
        audit.carriedForward(evaluation, from, copied, noted, statementCarried, by, now);
        return view(cycle, council, evaluation, carried);
    }

    /** How many answers a carry-forward copied, and how many it left empty with a note. */
    private record Carried(int copied, int noted) {
    }

    /**
     * Between two versions both graded per quality indicator, each indicator's answer is carried through the
     * indicator's lineage by {@link CarryForward}'s rules for questions: same, reworded or split-from copies its
     * source's answer (a level no longer on the scale, or not applicable where it may no longer be, left out);
     * merged-from takes its sources' answer only when they agree, else stays empty with a note; new takes nothing.
     * Each copied answer is flagged carried-forward like a question's; an indicator already answered here is left
     * alone. Across a change of grain nothing is carried at the indicator's level: the levels do not mean the same.
     */
    private static Carried carryIndicatorAnswers(Cycle cycle, Cycle from, Map<UUID, Answer> previousAnswers,
            Map<UUID, Answer> carried, List<Answer> added, Set<Integer> scale, OffsetDateTime now, String by,
            SelfEvaluation evaluation) {
        FrameworkVersion version = FrameworkVersion.findById(cycle.rubricVersionId);
        FrameworkVersion previous = FrameworkVersion.findById(from.rubricVersionId);
        if (version == null || previous == null || !version.gradedPerIndicator() || !previous.gradedPerIndicator()) {
            return new Carried(0, 0);
        }
        Map<UUID, String> codesById = Indicator.ofVersion(from.rubricVersionId).stream()
                .collect(Collectors.toMap(i -> i.id, i -> i.code));
        int copied = 0;
        int noted = 0;
        for (CarryForward.IndicatorStep step : CarryForward.planIndicators(
                Indicator.ofVersionWithSources(cycle.rubricVersionId), from.rubricVersionId, codesById.keySet())) {
            Indicator indicator = step.indicator();
            if (carried.containsKey(indicator.id) || step.kind() == CarryForward.Kind.EMPTY) {
                continue;
            }
            List<Answer> sources = step.sources().stream().map(previousAnswers::get).toList();
            if (sources.stream().allMatch(Objects::isNull)) {
                continue;
            }
            Answer answer = Answer.first(evaluation, indicator);
            answer.updatedAt = now;
            answer.updatedBy = by;
            if (step.kind() == CarryForward.Kind.COPY) {
                Answer source = sources.get(0);
                fill(answer, indicator, scale, source.level, source.notApplicable, source.notApplicableReason,
                        source.evidence, source.strengths, source.areasForImprovement, source.nextSteps);
                answer.carryNote = "Carried forward from " + source.questionCode + " in " + from.name;
                copied++;
            } else {
                List<String> codes = step.sources().stream().map(codesById::get).toList();
                Optional<CarryForward.Merged> merged = CarryForward.merge(sources, NARRATIVE_LIMIT);
                if (merged.isPresent()) {
                    CarryForward.Merged m = merged.get();
                    fill(answer, indicator, scale, m.level(), m.notApplicable(), m.notApplicableReason(),
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
            carried.put(indicator.id, answer);
            added.add(answer);
        }
        return new Carried(copied, noted);
    }

    /** An indicator's carried answer: its level where the scale still has it, and every narrative field. */
    private static void fill(Answer answer, Indicator indicator, Set<Integer> scale, Integer level,
            boolean notApplicable, String reason, String evidence, String strengths, String areasForImprovement,
            String nextSteps) {
        answer.level = level != null && scale.contains(level) ? level : null;
        answer.notApplicable = notApplicable && indicator.notApplicableAllowed;
        answer.notApplicableReason = answer.notApplicable ? reason : null;
        answer.evidence = evidence;
        answer.strengths = strengths;
        answer.areasForImprovement = areasForImprovement;
        answer.nextSteps = nextSteps;
        answer.carriedForward = true;
    }

    /** An editor confirms a carried-forward answer as still right for this cycle. */
    @Transactional
    public Answer confirm(UUID cycleId, String councilCode, String questionCode, ETags.IfMatch ifMatch, String by) {
        return confirm(cycleId, councilCode, questionCode, false, ifMatch, by);
    }

    /** An editor confirms a carried-forward answer to a quality indicator as a whole. */
    @Transactional
    public Answer confirmIndicatorAnswer(UUID cycleId, String councilCode, String indicatorCode,
            ETags.IfMatch ifMatch, String by) {
        return confirm(cycleId, councilCode, indicatorCode, true, ifMatch, by);
    }

    private Answer confirm(UUID cycleId, String councilCode, String code, boolean indicator, ETags.IfMatch ifMatch,
            String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        SelfEvaluation evaluation = SelfEvaluation.lock(cycle.id, council.gssCode).orElse(null);
        requireOpen(cycle, evaluation);
        Target item = indicator ? indicatorTarget(cycle, code) : questionTarget(cycle, code);
        Answer answer = evaluation == null ? null : Answer.of(evaluation, item.id()).orElse(null);
        if (answer == null || !answer.carriedForward) {
            throw ProblemException.conflict(item.name() + " has no carried-forward answer to confirm");
        }
        if (evaluation.isSubmitted()) {
            throw ProblemException.conflict("The self-evaluation is submitted and can no longer change");
        }
        long expectedVersion = ifMatch.required(answer.version);
        if (answer.version != expectedVersion) {
            throw new StaleAnswerException(answer, expectedVersion);
        }
        Answer before = answer.snapshot();
        OffsetDateTime now = now();
        answer.carriedForward = false;
        answer.updatedAt = now;
        answer.updatedBy = by;
        Answer.flush();
        audit.answerConfirmed(evaluation, before, answer, by);
        return answer;
    }

    /** ADES sends a submitted evaluation back to its council: editable again, also after the deadline. */
    @Transactional
    public EvaluationView returnForRevision(UUID cycleId, String councilCode, String reason, ETags.IfMatch ifMatch,
            String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        SelfEvaluation evaluation = SelfEvaluation.lock(cycle.id, council.gssCode)
                .filter(SelfEvaluation::isSubmitted)
                .orElseThrow(() -> ProblemException.conflict(
                        "Only a submitted self-evaluation can be returned; " + council.name + "'s is not submitted"));
        requireVersion(evaluation, ifMatch);
        OffsetDateTime now = now();
        evaluation.state = SelfEvaluation.RETURNED;
        evaluation.returnedAt = now;
        evaluation.returnedBy = by;
        evaluation.returnReason = reason;
        evaluation.updatedAt = now;
        SelfEvaluation.flush();
        outbox.publish(Events.SELF_EVALUATION_RETURNED, evaluation.id.toString(),
                RubricEvents.returned(evaluation));
        EvaluationView view = view(cycle, council, evaluation);
        audit.evaluationReturned(evaluation, view.version());
        return view;
    }

    /**
     * The council takes back its own submission: a draft again. Only before the deadline, and only if partners were
     * never shown it (recorded when the reveal rule fired, see {@link #recordReveal}, and kept even after a partner's
     * evaluation is returned): a cycle whose reveal rule is {@code on-submission} shows a submission to partners at
     * once, so it cannot be recalled; under {@code all-submitted-or-deadline} the answers are shown once every
     * member of the council's quad (as quad-service announced it) has submitted, so then it cannot either.
     */
    @Transactional
    public EvaluationView recall(UUID cycleId, String councilCode, ETags.IfMatch ifMatch, String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        quads.lockQuadsOf(cycle.id, council.gssCode);
        SelfEvaluation evaluation = SelfEvaluation.lock(cycle.id, council.gssCode)
                .filter(SelfEvaluation::isSubmitted)
                .orElseThrow(() -> ProblemException.conflict(
                        "Only a submitted self-evaluation can be recalled; this one is not submitted"));
        requireVersion(evaluation, ifMatch);
        if (cycle.deadlinePassed(today())) {
            throw ProblemException.conflict("The deadline of cycle " + cycle.name + " was "
                    + cycle.submissionDeadline + ": a submission can no longer be recalled; ask ADES to return it");
        }
        if (cycle.revealRule == RevealRule.ON_SUBMISSION) {
            throw ProblemException.conflict("Cycle " + cycle.name + " reveals answers to quad partners on"
                    + " submission, so they may already have seen it: ask ADES to return it instead");
        }
        if (evaluation.wasShownToPartners()) {
            // Even if a partner's evaluation has since been returned, so that the quad is no longer all submitted.
            throw ProblemException.conflict("Your quad partners were shown this self-evaluation on "
                    + evaluation.shownToPartnersAt.atZoneSameInstant(clock.getZone()).toLocalDate()
                    + ", so it can no longer be recalled: ask ADES to return it instead");
        }
        if (cycle.revealRule == RevealRule.ALL_SUBMITTED_OR_DEADLINE && everyPartnerSubmitted(cycle, council)) {
            throw ProblemException.conflict("Every council in your quad has submitted, so your partners can already"
                    + " see your answers: ask ADES to return it instead");
        }
        evaluation.state = SelfEvaluation.DRAFT;
        evaluation.submittedAt = null;
        evaluation.submittedBy = null;
        evaluation.updatedAt = now();
        SelfEvaluation.flush();
        outbox.publish(Events.SELF_EVALUATION_RECALLED, evaluation.id.toString(),
                RubricEvents.recalled(evaluation, by));
        EvaluationView view = view(cycle, council, evaluation);
        audit.evaluationRecalled(evaluation, by, view.version());
        return view;
    }

    /**
     * Records durably that partners were shown the submission when the cycle's reveal rule fires with it: at once
     * under {@code on-submission}; under {@code all-submitted-or-deadline} for every member of each of the council's
     * quads that this submission completes (the quads were locked before the evaluation, so two last members
     * submitting at once are decided in turn, and a recall waits for a submission that completes its quad). From then on the submission cannot be recalled, whatever happens to the others later.
     */
    private void recordReveal(Cycle cycle, SelfEvaluation evaluation, OffsetDateTime now) {
        if (cycle.revealRule == RevealRule.ON_SUBMISSION) {
            quads.markShown(evaluation.id, now);
        } else if (cycle.revealRule == RevealRule.ALL_SUBMITTED_OR_DEADLINE) {
            quads.markShownWhereAllSubmitted(cycle.id, evaluation.councilCode, now);
        }
    }

    /** True when the council is in a quad of the cycle with partners, and every partner's evaluation is submitted. */
    private boolean everyPartnerSubmitted(Cycle cycle, Council council) {
        return quads.everyPartnerSubmitted(cycle.id, council.gssCode);
    }

    /** 412 when If-Match (optional here) names another version of the self-evaluation than its current one. */
    private void requireVersion(SelfEvaluation evaluation, ETags.IfMatch ifMatch) {
        long current = EvaluationView.versionOf(evaluation,
                evaluation == null ? Map.of() : answersByQuestion(evaluation), Statement.of(evaluation).orElse(null));
        if (ifMatch.optional(current) != current) {
            throw ProblemException.preconditionFailed(
                    "The self-evaluation changed since you loaded it; review it and try again", current);
        }
    }

    private EvaluationView view(Cycle cycle, Council council, SelfEvaluation evaluation) {
        return view(cycle, council, evaluation, evaluation == null ? Map.of() : answersByQuestion(evaluation));
    }

    private EvaluationView view(Cycle cycle, Council council, SelfEvaluation evaluation, Map<UUID, Answer> answers) {
        return new EvaluationView(cycle, council, content(cycle), evaluation, answers,
                Statement.of(evaluation).orElse(null), acceptingChanges(cycle, evaluation));
    }

    /** Whether the council's editors may change the evaluation (answers and statement) now. */
    public boolean acceptingChanges(Cycle cycle, SelfEvaluation evaluation) {
        return (evaluation == null || !evaluation.isSubmitted()) && !cycle.isClosed()
                && (!cycle.deadlinePassed(today()) || evaluation != null && evaluation.isReturned());
    }

    /** What the statement still needs before submission, each part named as a field of the statement. */
    public static List<FieldError> statementMissing(Cycle cycle, Statement statement) {
        List<FieldError> missing = new ArrayList<>();
        if (statement != null && statement.carriedForward) {
            missing.add(new FieldError("statement",
                    "was carried forward from the previous cycle: review it and save it"));
            return missing;
        }
        if (!cycle.statementRequired) {
            return missing;
        }
        if (statement == null || statement.context == null) {
            missing.add(new FieldError("statement.context", "is not written: describe the council's context"));
        }
        if (statement == null || statement.swot.isEmpty()) {
            missing.add(new FieldError("statement.swot", "has no items: add at least one strength, weakness,"
                    + " opportunity or threat"));
        }
        if (statement == null || statement.summary == null) {
            missing.add(new FieldError("statement.summary", "is not written: give an overall summary"));
        }
        return missing;
    }

    /**
     * Copies the previous cycle's statement, flagged carried-forward until an editor saves it, unless this cycle
     * has one already; links to quality indicators and questions that this cycle's rubric lacks are dropped.
     */
    private boolean carryStatement(SelfEvaluation previous, SelfEvaluation evaluation, Cycle cycle, Cycle from,
            OffsetDateTime now, String by) {
        Statement source = Statement.of(previous).orElse(null);
        if (source == null || Statement.of(evaluation).isPresent()) {
            return false;
        }
        Set<String> indicators = scot.quads.rubric.Indicator.ofVersion(cycle.rubricVersionId).stream()
                .map(i -> i.code).collect(Collectors.toSet());
        Set<String> questions = Question.ofVersion(cycle.rubricVersionId).stream().map(q -> q.code)
                .collect(Collectors.toSet());
        Statement copy = new Statement();
        copy.id = UUID.randomUUID();
        copy.evaluation = evaluation;
        copy.context = source.context;
        copy.summary = source.summary;
        copy.swot = source.swot.stream().map(item -> new Statement.SwotItem(item.id(), item.kind(), item.text(),
                item.priority(), item.indicators().stream().filter(indicators::contains).toList(),
                item.questions().stream().filter(questions::contains).toList(), item.contextIndicators()))
                .toList();
        copy.carriedForward = true;
        copy.version = 1;
        copy.updatedAt = now;
        copy.updatedBy = by;
        copy.persist();
        return true;
    }

    /** A carried-forward answer: a level no longer on the scale, or not applicable where it no longer may be, is left out. */
    private static void fill(Answer answer, Question question, Set<Integer> scale, Integer level,
            boolean notApplicable, String reason, String evidence, String strengths, String areasForImprovement,
            String nextSteps) {
        // A question that became narrative takes the narrative only.
        answer.level = level != null && scale.contains(level) && !question.isNarrative() ? level : null;
        answer.notApplicable = notApplicable && question.notApplicableAllowed && !question.isNarrative();
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

    private static List<FieldError> check(AnswerContent content, Target item, List<Integer> values) {
        List<FieldError> errors = new ArrayList<>();
        if (!item.graded()) {
            // A narrative question takes text only: no level, and no "not applicable" (it may be optional instead).
            if (content.level() != null) {
                errors.add(new FieldError("level", "must be empty: question " + item.code() + " is narrative and"
                        + " takes no level" + (item.perIndicator() ? " (this rubric grades each quality indicator"
                                + " as a whole: give the level on the indicator's own answer)" : "")));
            }
            if (content.notApplicable()) {
                errors.add(new FieldError("notApplicable", "is not allowed: question " + item.code()
                        + " is narrative and takes no level" + (item.question().required ? ""
                                : "; it is optional, so leave it empty instead")));
            }
        } else if (content.notApplicable()) {
            if (!item.notApplicableAllowed()) {
                errors.add(new FieldError("notApplicable", "is not allowed: " + item.what() + " " + item.code()
                        + " applies to every council"));
            }
            if (content.notApplicableReason() == null || content.notApplicableReason().isBlank()) {
                errors.add(new FieldError("notApplicableReason", "must say why the "
                        + item.what() + " does not apply"));
            }
            if (content.level() != null) {
                errors.add(new FieldError("level", "must be empty when the "
                        + item.what() + " is marked not applicable"));
            }
        }
        Map<String, String> narratives = Map.of("evidence", text(content.evidence()), "strengths",
                text(content.strengths()), "areasForImprovement", text(content.areasForImprovement()), "nextSteps",
                text(content.nextSteps()));
        List<String> asked = item.narrativeFields();
        for (String field : Question.NARRATIVE_FIELDS) {
            if (!narratives.get(field).isEmpty() && !asked.contains(field)) {
                errors.add(new FieldError(field, "is not asked for by question " + item.code() + "; it asks for "
                        + (asked.isEmpty() ? "no narrative" : String.join(", ", asked))));
            }
        }
        if (item.graded() && !content.notApplicable() && content.level() != null) {
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

    /** The answer with the content applied (for a copy, to compare). */
    private static Answer applied(Answer answer, AnswerContent content) {
        apply(answer, content);
        return answer;
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
    public void requireOpen(Cycle cycle, SelfEvaluation evaluation) {
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
        return Answer.ofEvaluation(evaluation).stream()
                .collect(Collectors.toMap(Answer::itemId, Function.identity()));
    }

    private Cycle cycle(UUID cycleId) {
        return Cycle.<Cycle>findByIdOptional(cycleId).orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
    }

    private Council council(String code) {
        return Council.findByCode(code).orElseThrow(() -> ProblemException.notFound("Council", code));
    }

    private RubricContent content(Cycle cycle) {
        return rubrics.content(cycle.rubricVersionId).orElseThrow(() -> new IllegalStateException(
                "Cycle " + cycle.id + " answers version " + cycle.rubricVersionId + ", which does not exist"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
