package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import scot.quads.rubric.Council;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.Statement;
import scot.quads.rubric.Statement.SwotItem;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;

/**
 * A council's self-evaluative statement: read by the council and ADES, written by the council's editors one whole
 * statement at a time with If-Match, like an answer. It is part of the self-evaluation: a submitted evaluation's
 * statement is locked, and a returned or recalled one may change again.
 */
@ApplicationScoped
public class StatementService {

    private final EvaluationService evaluations;
    private final AuditTrail audit;
    private final Clock clock;

    public StatementService(EvaluationService evaluations, AuditTrail audit, Clock clock) {
        this.evaluations = evaluations;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an editor sends: the whole statement (an item without an id is new). */
    public record StatementContent(String context, List<SwotItem> swot, String summary) {
    }

    /** The council's statement in a cycle; {@code statement} is null until first saved. */
    public record StatementView(Cycle cycle, Council council, SelfEvaluation evaluation, Statement statement,
            boolean acceptingChanges) {

        public long version() {
            return statement == null ? 0 : statement.version;
        }
    }

    public StatementView view(UUID cycleId, String councilCode) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        SelfEvaluation evaluation = SelfEvaluation.of(cycle.id, council.gssCode).orElse(null);
        return new StatementView(cycle, council, evaluation, Statement.of(evaluation).orElse(null),
                evaluations.acceptingChanges(cycle, evaluation));
    }

    /**
     * Saves the whole statement under the evaluation's exclusive lock (statements are saved rarely, and a submit
     * waits for the save, or the save sees the submission). The same content saved again changes nothing, unless it
     * was carried forward: saving it is how an editor accepts it for this cycle.
     */
    @Transactional
    public StatementView save(UUID cycleId, String councilCode, ETags.IfMatch ifMatch, StatementContent content,
            String by) {
        Cycle cycle = cycle(cycleId);
        Council council = council(councilCode);
        List<FieldError> errors = check(content, cycle);
        if (!errors.isEmpty()) {
            throw ProblemException.unprocessable("The self-evaluative statement cannot be saved as it stands",
                    errors);
        }
        evaluations.requireOpen(cycle, SelfEvaluation.lock(cycle.id, council.gssCode).orElse(null));
        SelfEvaluation evaluation = SelfEvaluation.lockOrStart(cycle.id, council.gssCode, by);
        if (evaluation.isSubmitted()) {
            throw ProblemException.conflict("The self-evaluation was submitted on "
                    + evaluation.submittedAt.toLocalDate() + ": its statement can no longer change");
        }
        Statement statement = Statement.of(evaluation).orElse(null);
        long current = statement == null ? 0 : statement.version;
        long expectedVersion = ifMatch.required(current, statement != null);
        if (expectedVersion != current) {
            throw new StaleStatementException(statement, expectedVersion);
        }
        List<SwotItem> swot = withIds(content.swot());
        String context = blankToNull(content.context());
        String summary = blankToNull(content.summary());
        if (statement != null && !statement.carriedForward && statement.sameContentAs(context, swot, summary)) {
            return new StatementView(cycle, council, evaluation, statement, true);
        }
        List<String> changed = new ArrayList<>();
        OffsetDateTime now = now();
        if (statement == null) {
            statement = new Statement();
            statement.id = UUID.randomUUID();
            statement.evaluation = evaluation;
            statement.version = 1;
            statement.swot = List.of();
        }
        if (!java.util.Objects.equals(statement.context, context)) {
            changed.add("context");
        }
        if (!java.util.Objects.equals(statement.swot, swot)) {
            changed.add("swot");
        }
        if (!java.util.Objects.equals(statement.summary, summary)) {
            changed.add("summary");
        }
        boolean wasCarried = statement.carriedForward;
        statement.context = context;
        statement.swot = swot;
        statement.summary = summary;
        statement.carriedForward = false;
        statement.updatedAt = now;
        statement.updatedBy = by;
        if (statement.isPersistent()) {
            Statement.flush();
        } else {
            statement.persistAndFlush();
        }
        audit.statementSaved(evaluation, statement, changed, wasCarried, by);
        return new StatementView(cycle, council, evaluation, statement, true);
    }

    /**
     * Checks what the editor sent against the cycle's rubric: each SWOT item's quality indicators and questions
     * must be the version's, and no two items of one kind may share a priority. Shapes and lengths were checked as
     * the body was read.
     */
    static List<FieldError> check(StatementContent content, Cycle cycle) {
        List<FieldError> errors = new ArrayList<>();
        List<SwotItem> swot = content.swot() == null ? List.of() : content.swot();
        Set<String> indicators = Indicator.ofVersion(cycle.rubricVersionId).stream().map(i -> i.code)
                .collect(Collectors.toSet());
        Set<String> questions = Question.ofVersion(cycle.rubricVersionId).stream().map(q -> q.code)
                .collect(Collectors.toSet());
        Set<String> priorities = new HashSet<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < swot.size(); i++) {
            SwotItem item = swot.get(i);
            String at = "swot[" + i + "]";
            if (!priorities.add(item.kind() + "/" + item.priority())) {
                errors.add(new FieldError(at + ".priority", "is the priority of another " + item.kind()
                        + ": give each " + item.kind() + " its own"));
            }
            if (item.id() != null && !ids.add(item.id())) {
                errors.add(new FieldError(at + ".id", "is the id of another item"));
            }
            for (int j = 0; j < item.indicators().size(); j++) {
                if (!indicators.contains(item.indicators().get(j))) {
                    errors.add(new FieldError(at + ".indicators[" + j + "]",
                            "is not a quality indicator of this cycle's rubric"));
                }
            }
            for (int j = 0; j < item.questions().size(); j++) {
                if (!questions.contains(item.questions().get(j))) {
                    errors.add(new FieldError(at + ".questions[" + j + "]",
                            "is not a question of this cycle's rubric"));
                }
            }
        }
        return errors;
    }

    /** Items keep the id they were sent with; a new item gets one, so evidence can point at it. */
    private static List<SwotItem> withIds(List<SwotItem> swot) {
        if (swot == null) {
            return List.of();
        }
        return swot.stream().map(item -> item.id() != null ? item
                : new SwotItem(UUID.randomUUID(), item.kind(), item.text(), item.priority(), item.indicators(),
                        item.questions(), item.contextIndicators())).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private Cycle cycle(UUID cycleId) {
        return Cycle.<Cycle>findByIdOptional(cycleId).orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
    }

    private Council council(String code) {
        return Council.findByCode(code).orElseThrow(() -> ProblemException.notFound("Council", code));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
