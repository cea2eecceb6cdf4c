package scot.quads.portal.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import scot.quads.portal.client.AuthorityApi;
import scot.quads.portal.client.EvidenceApi;
import scot.quads.portal.client.EvidenceApi.Pack;
import scot.quads.portal.client.NotificationApi;
import scot.quads.portal.client.NotificationApi.Inbox;
import scot.quads.portal.client.PublishedVersions;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.ComparisonHeading;
import scot.quads.portal.client.QuadApi.Quad;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Answer;
import scot.quads.portal.client.RubricApi.AnswerRequest;
import scot.quads.portal.client.RubricApi.CarryForwardRequest;
import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.RubricApi.Evaluation;
import scot.quads.portal.client.RubricApi.Focus;
import scot.quads.portal.client.RubricApi.Indicator;
import scot.quads.portal.client.RubricApi.IndicatorAnswer;
import scot.quads.portal.client.RubricApi.LastCycle;
import scot.quads.portal.client.RubricApi.Question;
import scot.quads.portal.client.RubricApi.QuestionAnswer;
import scot.quads.portal.client.RubricApi.Standing;
import scot.quads.portal.client.RubricApi.Statement;
import scot.quads.portal.client.RubricApi.Version;
import scot.quads.portal.client.ServiceProblem;

/**
 * A council officer's pages: the dashboard, the task list of indicators, one quality indicator per page with a
 * form per question, check your answers, submit, recall and the exports. Every call carries the user's own token,
 * so rubric-service decides what this user may read and write.
 */
@Path("/council")
@Produces(MediaType.TEXT_HTML)
public class CouncilResource {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Cycle cycle, Evaluation evaluation, Quad quad,
                ComparisonHeading comparison,
                Inbox inbox, List<MissingQuestion> missing, List<Cycles.Option> cycles, boolean anyOpen,
                Cycle carryFrom, Integer carried, List<QuadApi.PlanLine> lastActions);

        static native TemplateInstance noCycle();

        static native TemplateInstance tasks(Evaluation evaluation, TaskList taskList, Cycle carryFrom,
                Integer carried, ErrorSummary errors);

        static native TemplateInstance indicator(Evaluation evaluation, Version version, Indicator indicator,
                List<QuestionForm> questions, ErrorSummary errors, String saved, String confirmed, String next,
                LastCycle last, ContextFigures context, OwnPart own);

        static native TemplateInstance history(Evaluation evaluation, List<History> entries);

        static native TemplateInstance check(Evaluation evaluation, Version version, Map<String, QuestionAnswer> answers,
                Map<String, IndicatorAnswer> wholes, ErrorSummary errors, SubmitReadiness readiness);

        static native TemplateInstance submitted(Evaluation evaluation);
    }

    /** A question still to answer, with the indicator page that holds it. */
    public record MissingQuestion(String code, String prompt, String indicatorCode) {
    }

    private static final int MAX_BLOCKERS = 15;

    private final RubricApi rubric;
    private final PublishedVersions versions;
    private final AuthorityApi authority;
    private final EvidenceApi evidence;
    private final QuadApi quads;
    private final NotificationApi notifications;
    private final CurrentUser user;
    /** Runs a page's independent reads at once, with the request's context (the user's token) carried over. */
    private final ManagedExecutor executor;

    /** quad-service's thin-evidence threshold (quads.quad.thin-evidence-below), for the preview of partners' flags. */
    private final int thinEvidenceBelow;

    public CouncilResource(@RestClient RubricApi rubric, PublishedVersions versions,
            @RestClient AuthorityApi authority, @RestClient EvidenceApi evidence, @RestClient QuadApi quads,
            @RestClient NotificationApi notifications, CurrentUser user, ManagedExecutor executor,
            @ConfigProperty(name = "quads.portal.thin-evidence-below", defaultValue = "200") int thinEvidenceBelow) {
        this.thinEvidenceBelow = thinEvidenceBelow;
        this.rubric = rubric;
        this.versions = versions;
        this.authority = authority;
        this.evidence = evidence;
        this.quads = quads;
        this.notifications = notifications;
        this.user = user;
        this.executor = executor;
    }

    /**
     * The council's dashboard for one cycle: the one named by {@code ?cycle=}, else the newest open cycle the
     * council has started (see {@link Cycles}), with a chooser when there is more than one to see.
     */
    @GET
    public String dashboard(@QueryParam("cycle") String requested, @QueryParam("carried") Integer carried) {
        String council = requireCouncil();
        // The page's reads at once where one does not need another's answer: the inbox and the council's standing
        // beside the cycles; then, once the cycle is chosen, its quad and the last cycle's actions beside the
        // self-evaluation.
        CompletableFuture<Inbox> inbox = executor.supplyAsync(() -> optional(() -> notifications.inbox(5)));
        CompletableFuture<List<Standing>> started = executor.supplyAsync(
                () -> optional(() -> rubric.standings(council)));
        List<CompletableFuture<?>> reads = new ArrayList<>(List.of(inbox, started));
        try {
            List<Cycle> cycles = rubric.cycles();
            if (cycles.isEmpty()) {
                return Templates.noCycle().render();
            }
            Map<UUID, Standing> standings = standings(cycles, started.join());
            Cycle cycle = Cycles.choose(cycles, cycleId(requested), standings)
                    .orElseThrow(() -> new ServiceProblem(404, "Not found", "There is no such cycle.", null, null));
            CompletableFuture<Quad> quad = executor.supplyAsync(() -> optional(() -> quads.mine(cycle.id())));
            CompletableFuture<ComparisonHeading> heading = quad.thenApplyAsync(q -> q == null ? null
                    : optional(() -> quads.comparisonHeading(q.id(), QuadApi.LEVELS)), executor);
            CompletableFuture<List<QuadApi.PlanLine>> lastActions = executor.supplyAsync(
                    () -> lastActions(council, cycle));
            reads.addAll(List.of(quad, heading, lastActions));
            // Only what stands in the way of submitting: the page names up to ten missing items and counts the
            // answers carried forward, and needs none of the answers' words.
            Evaluation evaluation = rubric.evaluationPending(cycle.id(), council, "pending");
            Version version = versions.get(evaluation.rubricVersionId());
            List<MissingQuestion> missing = new ArrayList<>();
            Map<String, String> prompts = new HashMap<>();
            evaluation.questions().forEach(q -> prompts.put(q.code(), q.prompt()));
            evaluation.wholeIndicators().forEach(i -> prompts.put(i.code(), i.title() + " (its level as a whole)"));
            for (String code : evaluation.progress().missing()) {
                if (missing.size() == 10) {
                    break;
                }
                missing.add(new MissingQuestion(code, prompts.get(code),
                        TaskList.indicatorOf(version, code).orElse("")));
            }
            List<Cycles.Option> options = Cycles.options(cycles, cycle, standings);
            boolean anyOpen = cycles.stream().anyMatch(Cycle::isOpen);
            return Templates.dashboard(cycle, evaluation, quad.join(), heading.join(), inbox.join(), missing, options,
                    anyOpen, carryOffer(cycles, cycle, evaluation, standings), carried, lastActions.join()).render();
        } finally {
            // A refusal (an unknown cycle) leaves the page at once; what was still being read is dropped.
            reads.forEach(read -> read.cancel(false));
        }
    }

    @GET
    @Path("/cycles/{cycleId}")
    public String tasks(@PathParam("cycleId") UUID cycleId, @QueryParam("carried") Integer carried) {
        String council = requireCouncil();
        Evaluation evaluation = rubric.evaluation(cycleId, council);
        return tasksPage(evaluation, carried, null);
    }

    /** Pre-fills the unanswered questions from the council's submitted answers of an earlier cycle. */
    @POST
    @Path("/cycles/{cycleId}/carry-forward")
    public Response carryForward(@PathParam("cycleId") UUID cycleId, @RestForm String fromCycleId) {
        String council = requireCouncil();
        try {
            UUID from = cycleId(fromCycleId);
            if (from == null) {
                throw new ServiceProblem(422, "Unprocessable", "Choose the cycle to carry answers forward from",
                        null, null);
            }
            Evaluation evaluation = rubric.carryForward(cycleId, council, new CarryForwardRequest(from));
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "?carried="
                    + evaluation.carried().size())).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            String text = problem.errors().isEmpty() ? problem.detail()
                    : problem.detail() + ": " + problem.errors().get(0).message();
            return Response.status(problem.status()).entity(tasksPage(rubric.evaluation(cycleId, council), null,
                    ErrorSummary.single("#carry-forward", text))).build();
        }
    }

    /** An editor confirms a carried-forward answer as still right this year. */
    @POST
    @Path("/cycles/{cycleId}/answers/{question}/confirm")
    public Response confirm(@PathParam("cycleId") UUID cycleId, @PathParam("question") String questionCode,
            @RestForm Long version) {
        return confirm(cycleId, questionCode, version, false);
    }

    /** An editor confirms a carried-forward answer to a quality indicator graded as a whole. */
    @POST
    @Path("/cycles/{cycleId}/indicators/{indicator}/answer/confirm")
    public Response confirmIndicator(@PathParam("cycleId") UUID cycleId, @PathParam("indicator") String code,
            @RestForm Long version) {
        return confirm(cycleId, code, version, true);
    }

    private Response confirm(UUID cycleId, String questionCode, Long version, boolean whole) {
        String council = requireCouncil();
        try {
            String ifMatch = "\"" + (version == null ? 0 : version) + "\"";
            if (whole) {
                rubric.confirmIndicator(cycleId, council, questionCode, ifMatch);
            } else {
                rubric.confirm(cycleId, council, questionCode, ifMatch);
            }
            Evaluation evaluation = rubric.evaluation(cycleId, council);
            String indicator = whole ? questionCode : indicatorCodeOf(evaluation, questionCode);
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/indicators/"
                    + TemplateExtensions.pathSegment(indicator) + "?confirmed=" + TemplateExtensions.pathSegment(
                            questionCode) + "#answer-confirmed")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            Evaluation evaluation = rubric.evaluation(cycleId, council);
            Version rubricVersion = versions.get(evaluation.rubricVersionId());
            String indicatorCode = whole ? questionCode
                    : TaskList.indicatorOf(rubricVersion, questionCode).orElseThrow(() -> problem);
            Indicator indicator = indicatorOf(rubricVersion, indicatorCode);
            String text = problem.status() == 412
                    ? "Someone changed the answer to " + questionCode + " since you opened this page: check it "
                            + "again, then confirm it"
                    : problem.detail();
            return Response.status(problem.status()).entity(Templates.indicator(evaluation, rubricVersion,
                    indicator, forms(evaluation, rubricVersion, indicator), ErrorSummary.single("#" + Labels.domId(questionCode)
                            + "-confirm", text), null, null, nextIndicator(rubricVersion, indicatorCode),
                    lastCycle(cycleId, council, indicatorCode), contextFigures(indicator, council),
                    ownPart(cycleId, council))
                    .render())
                    .build();
        }
    }

    /** Who changed what and when in the self-evaluation: saves, confirmations, submission, recall, return. */
    @GET
    @Path("/cycles/{cycleId}/history")
    public String history(@PathParam("cycleId") UUID cycleId) {
        String council = requireCouncil();
        Evaluation evaluation = rubric.evaluation(cycleId, council);
        Version version = versions.get(evaluation.rubricVersionId());
        return Templates.history(evaluation, History.of(rubric.audit(cycleId, council), version)).render();
    }

    @GET
    @Path("/cycles/{cycleId}/indicators/{indicator}")
    public String indicator(@PathParam("cycleId") UUID cycleId, @PathParam("indicator") String code,
            @QueryParam("saved") String saved, @QueryParam("confirmed") String confirmed) {
        String council = requireCouncil();
        // What stands beside the answers is read while the answers are: four calls at once, not one after another.
        CompletableFuture<LastCycle> last = executor.supplyAsync(() -> lastCycle(cycleId, council, code));
        CompletableFuture<Focus> focus = executor.supplyAsync(() -> optional(() -> rubric.focus(cycleId, council)));
        CompletableFuture<Statement> statement = executor.supplyAsync(
                () -> optional(() -> rubric.statement(cycleId, council)));
        CompletableFuture<Pack> pack = executor.supplyAsync(() -> optional(() -> evidence.pack(cycleId, council)));
        try {
            // Only this indicator's questions: the page shows a handful of a rubric's answers, not all of them.
            Evaluation evaluation = rubric.evaluation(cycleId, council, code);
            Version version = versions.get(evaluation.rubricVersionId());
            Indicator indicator = indicatorOf(version, code);
            ContextFigures figures = contextFigures(indicator, evaluation.councilCode());
            return Templates.indicator(evaluation, version, indicator, forms(evaluation, version, indicator), null,
                    saved,
                    confirmed, nextIndicator(version, code), last.join(), figures,
                    new OwnPart(focus.join(), statement.join(), pack.join())).render();
        } finally {
            // A refusal (an unknown cycle or indicator) leaves the page at once; what was still being read is dropped.
            List.of(last, focus, statement, pack).forEach(call -> call.cancel(false));
        }
    }

    /**
     * The council's context indicators for the questions of this quality indicator that name some; read from
     * authority-service only then, and nothing when they cannot be read.
     */
    private ContextFigures contextFigures(Indicator indicator, String council) {
        boolean named = indicator.questions().stream()
                .anyMatch(q -> q.contextIndicators() != null && !q.contextIndicators().isEmpty());
        return named ? ContextFigures.of(optional(() -> authority.indicators(council))) : ContextFigures.NONE;
    }

    /** The council's focus, statement and evidence, beside its answers; each left out when it cannot be read. */
    private OwnPart ownPart(UUID cycleId, String council) {
        return new OwnPart(optional(() -> rubric.focus(cycleId, council)),
                optional(() -> rubric.statement(cycleId, council)), optional(() -> evidence.pack(cycleId, council)));
    }

    /** What the council answered last cycle, beside each question; nothing when there is none or it cannot be read. */
    private LastCycle lastCycle(UUID cycleId, String council, String indicator) {
        LastCycle last = optional(() -> rubric.lastCycle(cycleId, council, indicator));
        return last == null ? LastCycle.NONE : last;
    }

    /**
     * Saves one answer. A browser without JavaScript posts the form and is sent back to the page (or shown what
     * went wrong); the autosave script asks for JSON and gets the new version, the field errors, or the colleague's
     * answer that this one would have overwritten.
     */
    @POST
    @Path("/cycles/{cycleId}/answers/{question}")
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    public Response save(@PathParam("cycleId") UUID cycleId, @PathParam("question") String questionCode,
            @RestForm Integer level, @RestForm String notApplicable, @RestForm String notApplicableReason,
            @RestForm String evidence, @RestForm String strengths, @RestForm String areasForImprovement,
            @RestForm String nextSteps, @RestForm Long version, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return save(cycleId, questionCode, false, level, notApplicable, notApplicableReason, evidence, strengths,
                areasForImprovement, nextSteps, version, accept);
    }

    /**
     * Saves the answer to a quality indicator graded as a whole (a version graded per indicator): its level, or not
     * applicable with a reason, and its narrative; with JavaScript autosaved as a question's answer is.
     */
    @POST
    @Path("/cycles/{cycleId}/indicators/{indicator}/answer")
    @Produces({ MediaType.TEXT_HTML, MediaType.APPLICATION_JSON })
    public Response saveIndicator(@PathParam("cycleId") UUID cycleId, @PathParam("indicator") String code,
            @RestForm Integer level, @RestForm String notApplicable, @RestForm String notApplicableReason,
            @RestForm String evidence, @RestForm String strengths, @RestForm String areasForImprovement,
            @RestForm String nextSteps, @RestForm Long version, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return save(cycleId, code, true, level, notApplicable, notApplicableReason, evidence, strengths,
                areasForImprovement, nextSteps, version, accept);
    }

    private Response save(UUID cycleId, String questionCode, boolean whole, Integer level, String notApplicable,
            String notApplicableReason, String evidence, String strengths, String areasForImprovement,
            String nextSteps, Long version, String accept) {
        String council = requireCouncil();
        boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON);
        AnswerRequest attempt = new AnswerRequest(level, notApplicable != null, blankToNull(notApplicableReason),
                blankToNull(evidence), blankToNull(strengths), blankToNull(areasForImprovement),
                blankToNull(nextSteps));
        long expected = version == null ? 0 : version;
        // Everything the portal can tell is wrong, all at once and in the page's words, before anything is sent.
        Map<String, String> seen = AnswerMessages.forItem(questionCode, whole,
                AnswerMessages.check(questionCode, attempt, true));
        try {
            if (!seen.isEmpty()) {
                throw new ServiceProblem(422, "Unprocessable", "The answer to " + (whole ? "quality indicator "
                        : "question ") + questionCode + " was not saved", null, null);
            }
            Answer saved = whole
                    ? rubric.saveIndicator(cycleId, council, questionCode, "\"" + expected + "\"", attempt)
                    : rubric.save(cycleId, council, questionCode, "\"" + expected + "\"", attempt);
            if (json) {
                return Response.ok(Map.of("saved", true, "version", saved.version(),
                        "savedAt", Labels.dateTime(saved.updatedAt()))).type(MediaType.APPLICATION_JSON).build();
            }
            String indicator = whole ? questionCode : indicatorCodeOf(rubric.evaluation(cycleId, council),
                    questionCode);
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/indicators/"
                    + TemplateExtensions.pathSegment(indicator) + "?saved=" + questionCode
                    + "#answer-saved")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            Answer theirs = problem.status() == 412 ? current(problem) : null;
            Map<String, String> fieldErrors = seen.isEmpty()
                    ? AnswerMessages.forItem(questionCode, whole, AnswerMessages.of(questionCode, problem)) : seen;
            String message = theirs != null
                    ? "Someone else changed this answer while you were editing it"
                    : fieldErrors.isEmpty() ? problem.detail() : String.join(". ", fieldErrors.values());
            if (json) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("saved", false);
                body.put("message", message);
                body.put("errors", fieldErrors);
                if (theirs != null) {
                    body.put("theirs", Map.of("by", String.valueOf(theirs.updatedBy()),
                            "at", Labels.dateTime(theirs.updatedAt()), "version", theirs.version(),
                            "level", theirs.level() == null ? "" : String.valueOf(theirs.level())));
                }
                return Response.status(problem.status()).entity(body).type(MediaType.APPLICATION_JSON).build();
            }
            Evaluation evaluation = rubric.evaluation(cycleId, council);
            Version rubricVersion = versions.get(evaluation.rubricVersionId());
            String indicatorCode = whole ? questionCode : TaskList.indicatorOf(rubricVersion, questionCode)
                    .orElseThrow(() -> problem);
            Indicator indicator = indicatorOf(rubricVersion, indicatorCode);
            List<QuestionForm> forms = new ArrayList<>();
            ErrorSummary summary = null;
            for (QuestionForm form : forms(evaluation, rubricVersion, indicator)) {
                if (form.whole() == whole && form.question().code().equals(questionCode)) {
                    long nextVersion = theirs != null ? theirs.version() : expected;
                    form = form.withAttempt(attempt, nextVersion, fieldErrors, theirs);
                    QuestionForm failed = form;
                    summary = theirs != null
                            ? ErrorSummary.single("#" + form.id(), message + ": see their version below")
                            : answerSummary(fieldErrors, failed, problem);
                }
                forms.add(form);
            }
            return Response.status(problem.status()).entity(Templates.indicator(evaluation, rubricVersion, indicator,
                    forms, summary, null, null, nextIndicator(rubricVersion, indicatorCode),
                    lastCycle(cycleId, council, indicatorCode), contextFigures(indicator, council),
                    ownPart(cycleId, council))
                    .render()).build();
        }
    }

    @GET
    @Path("/cycles/{cycleId}/check")
    public String check(@PathParam("cycleId") UUID cycleId) {
        Evaluation evaluation = rubric.evaluation(cycleId, requireCouncil());
        return checkPage(evaluation, null);
    }

    @POST
    @Path("/cycles/{cycleId}/submit")
    public Response submit(@PathParam("cycleId") UUID cycleId, @RestForm Long version) {
        String council = requireCouncil();
        try {
            rubric.submit(cycleId, council, version == null ? null : "\"" + version + "\"");
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/submitted")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            Evaluation evaluation = rubric.evaluation(cycleId, council);
            ErrorSummary summary = problem.status() == 412
                    ? ErrorSummary.single("#submit", "Someone changed the self-evaluation since you opened this page: "
                            + "check the answers again, then submit")
                    : blockers(problem, evaluation);
            return Response.status(problem.status()).entity(checkPage(evaluation, summary)).build();
        }
    }

    @GET
    @Path("/cycles/{cycleId}/submitted")
    public String submitted(@PathParam("cycleId") UUID cycleId) {
        return Templates.submitted(rubric.evaluation(cycleId, requireCouncil())).render();
    }

    @POST
    @Path("/cycles/{cycleId}/recall")
    public Response recall(@PathParam("cycleId") UUID cycleId) {
        String council = requireCouncil();
        try {
            rubric.recall(cycleId, council);
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/check")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            Evaluation evaluation = rubric.evaluation(cycleId, council);
            return Response.status(problem.status())
                    .entity(checkPage(evaluation, ErrorSummary.single("#recall", problem.detail()))).build();
        }
    }

    /** The export, fetched with the user's token and handed to the browser as a download. */
    @GET
    @Path("/cycles/{cycleId}/export")
    @Produces(MediaType.WILDCARD)
    public Response export(@PathParam("cycleId") UUID cycleId, @QueryParam("format") String format) {
        Response file = rubric.export(cycleId, requireCouncil(), format == null ? "xlsx" : format);
        byte[] body = file.readEntity(byte[].class);
        return Response.ok(body).type(file.getMediaType())
                .header("Content-Disposition", file.getHeaderString("Content-Disposition")).build();
    }

    private String tasksPage(Evaluation evaluation, Integer carried, ErrorSummary errors) {
        Version version = versions.get(evaluation.rubricVersionId());
        Cycle carryFrom = null;
        if (evaluation.acceptingAnswers() && user.isEditor() && !evaluation.progress().missing().isEmpty()) {
            List<Cycle> cycles = rubric.cycles();
            Cycle cycle = cycles.stream().filter(c -> c.id().equals(evaluation.cycleId())).findFirst().orElse(null);
            if (cycle != null) {
                List<Standing> started = optional(() -> rubric.standings(evaluation.councilCode()));
                carryFrom = carryOffer(cycles, cycle, evaluation, standings(cycles, started));
            }
        }
        return Templates.tasks(evaluation, TaskList.of(version, evaluation), carryFrom, carried, errors).render();
    }

    /**
     * The earlier cycle to offer carrying forward from, when this evaluation still has questions to fill: the
     * newest earlier one the council submitted.
     */
    private Cycle carryOffer(List<Cycle> cycles, Cycle cycle, Evaluation evaluation, Map<UUID, Standing> standings) {
        if (!evaluation.acceptingAnswers() || !user.isEditor() || evaluation.progress().missing().isEmpty()) {
            return null;
        }
        return Cycles.earlier(cycles, cycle).stream()
                .filter(earlier -> standings.containsKey(earlier.id()) && standings.get(earlier.id()).isSubmitted())
                .findFirst().orElse(null);
    }

    /**
     * Where the council stands in each cycle (not started where it has saved nothing), in one light call: the
     * answers are read only for the cycle the page shows. If it cannot be read, every cycle reads as not started
     * and the page still shows the cycle asked for or the first open one.
     */
    private static Map<UUID, Standing> standings(List<Cycle> cycles, List<Standing> started) {
        Map<UUID, Standing> standings = new HashMap<>();
        cycles.forEach(c -> standings.put(c.id(), new Standing(c.id(), "not-started", null, 0)));
        if (started != null) {
            started.forEach(s -> standings.put(s.cycleId(), s));
        }
        return standings;
    }

    private static UUID cycleId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException notAnId) {
            throw new ServiceProblem(404, "Not found", "There is no such cycle.", null, null);
        }
    }

    /** What stops a submission: the service's summary, then each question, linked to its row on the page. */
    private static ErrorSummary blockers(ServiceProblem problem, Evaluation evaluation) {
        Map<String, Boolean> notApplicableAllowed = new HashMap<>();
        Set<String> narrative = new HashSet<>();
        evaluation.questions().forEach(q -> {
            notApplicableAllowed.put(q.code(), q.notApplicableAllowed());
            if (q.narrative()) {
                narrative.add(q.code());
            }
        });
        Set<String> wholes = new HashSet<>();
        evaluation.wholeIndicators().forEach(i -> wholes.add(i.code()));
        List<ErrorSummary.Item> items = new ArrayList<>();
        items.add(new ErrorSummary.Item("#submit", Labels.sentence(problem.detail())));
        for (ServiceProblem.FieldError error : problem.errors()) {
            if (items.size() > MAX_BLOCKERS) {
                items.add(new ErrorSummary.Item("#submit", "and " + (problem.errors().size() - MAX_BLOCKERS)
                        + " more questions"));
                break;
            }
            if (error.field() != null && error.field().startsWith("statement")) {
                String part = error.field().equals("statement") ? "The self-evaluative statement"
                        : "The statement's "
                                + error.field().substring("statement.".length()).replace("swot", "SWOT");
                items.add(new ErrorSummary.Item("/council/cycles/" + evaluation.cycleId() + "/statement",
                        part + " " + error.message()));
                continue;
            }
            // "or mark it not applicable" only where the question offers it; an indicator's own words and a
            // narrative question's are rubric-service's.
            boolean whole = wholes.contains(error.field());
            String message = !whole && !narrative.contains(error.field()) && error.message() != null
                    && error.message().startsWith("is not answered")
                    ? SubmitReadiness.unanswered(notApplicableAllowed.getOrDefault(error.field(), false))
                    : error.message();
            items.add(new ErrorSummary.Item("#" + Labels.domId(error.field()) + "-row",
                    (whole ? "Quality indicator " : "Question ") + error.field() + " " + message));
        }
        return new ErrorSummary("There is a problem", items);
    }

    private static String indicatorCodeOf(Evaluation evaluation, String questionCode) {
        return evaluation.questions().stream().filter(q -> q.code().equals(questionCode))
                .map(QuestionAnswer::indicatorCode).findFirst().orElse("");
    }

    private String checkPage(Evaluation evaluation, ErrorSummary errors) {
        Version version = versions.get(evaluation.rubricVersionId());
        Map<String, QuestionAnswer> answers = new HashMap<>();
        evaluation.questions().forEach(q -> answers.put(q.code(), q));
        Map<String, IndicatorAnswer> wholes = new HashMap<>();
        evaluation.wholeIndicators().forEach(i -> wholes.put(i.code(), i));
        return Templates.check(evaluation, version, answers, wholes, errors, SubmitReadiness.of(evaluation,
                thinEvidenceBelow, lastCycle(evaluation.cycleId(), evaluation.councilCode(), null)))
                .render();
    }

    /**
     * The forms of an indicator's page: in a version graded per quality indicator the indicator's own answer first,
     * then one per question.
     */
    private static List<QuestionForm> forms(Evaluation evaluation, Version version, Indicator indicator) {
        Map<String, Answer> answers = new HashMap<>();
        evaluation.questions().forEach(q -> {
            if (q.answer() != null) {
                answers.put(q.code(), q.answer());
            }
        });
        List<QuestionForm> forms = new ArrayList<>();
        if (version.gradedPerIndicator() || evaluation.gradedPerIndicator()) {
            Answer own = evaluation.wholeIndicators().stream().filter(i -> i.code().equals(indicator.code()))
                    .map(RubricApi.IndicatorAnswer::answer).filter(java.util.Objects::nonNull).findFirst()
                    .orElse(null);
            forms.add(QuestionForm.ofIndicator(indicator, own));
        }
        for (Question question : indicator.questions()) {
            forms.add(QuestionForm.of(question, answers.get(question.code())));
        }
        return forms;
    }

    private static Indicator indicatorOf(Version version, String code) {
        return version.themes().stream().flatMap(t -> t.indicators().stream())
                .filter(i -> i.code().equals(code)).findFirst()
                .orElseThrow(() -> new ServiceProblem(404, "Not found",
                        "The rubric has no quality indicator " + code, null, null));
    }

    private static String nextIndicator(Version version, String code) {
        List<String> codes = version.themes().stream().flatMap(t -> t.indicators().stream())
                .map(Indicator::code).toList();
        int at = codes.indexOf(code);
        return at >= 0 && at + 1 < codes.size() ? codes.get(at + 1) : null;
    }

    private String requireCouncil() {
        String council = user.getCouncil();
        if (council == null) {
            throw new ServiceProblem(403, "Forbidden", "Only a council's users have a self-evaluation to see.",
                    null, null);
        }
        return council;
    }

    /** Each problem with the answer linked to its field, or the service's words when it named no field. */
    private static ErrorSummary answerSummary(Map<String, String> fieldErrors, QuestionForm form,
            ServiceProblem problem) {
        if (fieldErrors.isEmpty()) {
            return ErrorSummary.single("#" + form.id(), problem.detail());
        }
        List<ErrorSummary.Item> items = new ArrayList<>();
        fieldErrors.forEach((field, text) -> items.add(new ErrorSummary.Item("#" + form.fieldId(field), text)));
        return new ErrorSummary("There is a problem", items);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static Answer current(ServiceProblem problem) {
        Object current = problem.properties().get("current");
        if (current instanceof JsonNode node) {
            try {
                return JSON.treeToValue(node, Answer.class);
            } catch (Exception unreadable) {
                Log.debugf("Unreadable current answer in a 412: %s", unreadable.getMessage());
            }
        }
        return null;
    }

    /**
     * The council's actions from the cycle before this one (the latest earlier deadline), with their progress: what
     * the last round set out to do, shown on this round's dashboard. Empty when there are none or the plan cannot
     * be read now.
     */
    private List<QuadApi.PlanLine> lastActions(String council, Cycle cycle) {
        List<QuadApi.PlanLine> plan = optional(() -> quads.plan(council));
        if (plan == null || cycle.submissionDeadline() == null) {
            return List.of();
        }
        LocalDate last = plan.stream().map(QuadApi.PlanLine::cycleDeadline)
                .filter(d -> d != null && d.isBefore(cycle.submissionDeadline()))
                .max(java.util.Comparator.naturalOrder()).orElse(null);
        return last == null ? List.of() : plan.stream().filter(line -> last.equals(line.cycleDeadline())).toList();
    }

    /** A part of a page that may be missing (no quad yet, the inbox down) without failing the whole page. */
    private static <T> T optional(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException missing) {
            Log.debugf("Left out of the page: %s", missing.getMessage());
            return null;
        }
    }
}
