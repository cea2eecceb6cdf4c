package scot.quads.portal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import scot.quads.portal.client.NotificationApi;
import scot.quads.portal.client.NotificationApi.Inbox;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.Quad;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Answer;
import scot.quads.portal.client.RubricApi.AnswerRequest;
import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.RubricApi.Evaluation;
import scot.quads.portal.client.RubricApi.Indicator;
import scot.quads.portal.client.RubricApi.Question;
import scot.quads.portal.client.RubricApi.QuestionAnswer;
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
        static native TemplateInstance dashboard(Cycle cycle, Evaluation evaluation, Quad quad, Comparison comparison,
                Inbox inbox, List<MissingQuestion> missing);

        static native TemplateInstance noCycle();

        static native TemplateInstance tasks(Evaluation evaluation, TaskList taskList);

        static native TemplateInstance indicator(Evaluation evaluation, Version version, Indicator indicator,
                List<QuestionForm> questions, ErrorSummary errors, String saved, String next);

        static native TemplateInstance check(Evaluation evaluation, Version version, Map<String, QuestionAnswer> answers,
                ErrorSummary errors);

        static native TemplateInstance submitted(Evaluation evaluation);
    }

    /** A question still to answer, with the indicator page that holds it. */
    public record MissingQuestion(String code, String prompt, String indicatorCode) {
    }

    private final RubricApi rubric;
    private final QuadApi quads;
    private final NotificationApi notifications;
    private final CurrentUser user;

    public CouncilResource(@RestClient RubricApi rubric, @RestClient QuadApi quads,
            @RestClient NotificationApi notifications, CurrentUser user) {
        this.rubric = rubric;
        this.quads = quads;
        this.notifications = notifications;
        this.user = user;
    }

    @GET
    public String dashboard() {
        String council = requireCouncil();
        var cycle = Cycles.current(rubric.cycles());
        if (cycle.isEmpty()) {
            return Templates.noCycle().render();
        }
        Evaluation evaluation = rubric.evaluation(cycle.get().id(), council);
        Version version = rubric.version(evaluation.rubricVersionId());
        Quad quad = optional(() -> quads.mine(cycle.get().id()));
        Comparison comparison = quad == null ? null : optional(() -> quads.comparison(quad.id()));
        Inbox inbox = optional(notifications::inbox);
        List<MissingQuestion> missing = new ArrayList<>();
        Map<String, String> prompts = new HashMap<>();
        evaluation.questions().forEach(q -> prompts.put(q.code(), q.prompt()));
        for (String code : evaluation.progress().missing()) {
            if (missing.size() == 10) {
                break;
            }
            missing.add(new MissingQuestion(code, prompts.get(code), TaskList.indicatorOf(version, code).orElse("")));
        }
        return Templates.dashboard(cycle.get(), evaluation, quad, comparison, inbox, missing).render();
    }

    @GET
    @Path("/cycles/{cycleId}")
    public String tasks(@PathParam("cycleId") UUID cycleId) {
        Evaluation evaluation = rubric.evaluation(cycleId, requireCouncil());
        Version version = rubric.version(evaluation.rubricVersionId());
        return Templates.tasks(evaluation, TaskList.of(version, evaluation)).render();
    }

    @GET
    @Path("/cycles/{cycleId}/indicators/{indicator}")
    public String indicator(@PathParam("cycleId") UUID cycleId, @PathParam("indicator") String code,
            @QueryParam("saved") String saved) {
        Evaluation evaluation = rubric.evaluation(cycleId, requireCouncil());
        Version version = rubric.version(evaluation.rubricVersionId());
        Indicator indicator = indicatorOf(version, code);
        return Templates.indicator(evaluation, version, indicator, forms(evaluation, indicator), null, saved,
                nextIndicator(version, code)).render();
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
        String council = requireCouncil();
        boolean json = accept != null && accept.contains(MediaType.APPLICATION_JSON);
        AnswerRequest attempt = new AnswerRequest(level, notApplicable != null, blankToNull(notApplicableReason),
                blankToNull(evidence), blankToNull(strengths), blankToNull(areasForImprovement),
                blankToNull(nextSteps));
        long expected = version == null ? 0 : version;
        try {
            Answer saved = rubric.save(cycleId, council, questionCode, "\"" + expected + "\"", attempt);
            if (json) {
                return Response.ok(Map.of("saved", true, "version", saved.version(),
                        "savedAt", Labels.dateTime(saved.updatedAt()))).type(MediaType.APPLICATION_JSON).build();
            }
            Evaluation evaluation = rubric.evaluation(cycleId, council);
            String indicator = evaluation.questions().stream().filter(q -> q.code().equals(questionCode))
                    .map(QuestionAnswer::indicatorCode).findFirst().orElse("");
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/indicators/"
                    + TemplateExtensions.pathSegment(indicator) + "?saved=" + questionCode + "#"
                    + Labels.domId(questionCode))).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            Answer theirs = problem.status() == 412 ? current(problem) : null;
            Map<String, String> fieldErrors = new LinkedHashMap<>();
            problem.errors().forEach(e -> fieldErrors.put(topField(e.field()), e.message()));
            String message = theirs != null
                    ? "Someone else changed this answer while you were editing it"
                    : problem.detail();
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
            Version rubricVersion = rubric.version(evaluation.rubricVersionId());
            String indicatorCode = TaskList.indicatorOf(rubricVersion, questionCode)
                    .orElseThrow(() -> problem);
            Indicator indicator = indicatorOf(rubricVersion, indicatorCode);
            List<QuestionForm> forms = new ArrayList<>();
            ErrorSummary summary = null;
            for (QuestionForm form : forms(evaluation, indicator)) {
                if (form.question().code().equals(questionCode)) {
                    long nextVersion = theirs != null ? theirs.version() : expected;
                    form = form.withAttempt(attempt, nextVersion, fieldErrors, theirs);
                    QuestionForm failed = form;
                    summary = theirs != null
                            ? ErrorSummary.single("#" + form.id(), message + ": see their version below")
                            : ErrorSummary.of(problem, failed::fieldId, form.id());
                }
                forms.add(form);
            }
            return Response.status(problem.status()).entity(Templates.indicator(evaluation, rubricVersion, indicator,
                    forms, summary, null, nextIndicator(rubricVersion, indicatorCode)).render()).build();
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
            Evaluation submitted = rubric.submit(cycleId, council, version == null ? null : "\"" + version + "\"");
            return Response.ok(Templates.submitted(submitted).render()).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            Evaluation evaluation = rubric.evaluation(cycleId, council);
            ErrorSummary summary = problem.status() == 412
                    ? ErrorSummary.single("#submit", "Someone changed the self-evaluation since you opened this page: "
                            + "check the answers again, then submit")
                    : ErrorSummary.single("#submit", problem.detail());
            return Response.status(problem.status()).entity(checkPage(evaluation, summary)).build();
        }
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

    private String checkPage(Evaluation evaluation, ErrorSummary errors) {
        Version version = rubric.version(evaluation.rubricVersionId());
        Map<String, QuestionAnswer> answers = new HashMap<>();
        evaluation.questions().forEach(q -> answers.put(q.code(), q));
        return Templates.check(evaluation, version, answers, errors).render();
    }

    private static List<QuestionForm> forms(Evaluation evaluation, Indicator indicator) {
        Map<String, Answer> answers = new HashMap<>();
        evaluation.questions().forEach(q -> {
            if (q.answer() != null) {
                answers.put(q.code(), q.answer());
            }
        });
        List<QuestionForm> forms = new ArrayList<>();
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

    private static String topField(String field) {
        return field == null ? "" : field.replaceFirst("^.*\\.", "");
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
