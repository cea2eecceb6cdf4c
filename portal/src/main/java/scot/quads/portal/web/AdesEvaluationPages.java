package scot.quads.portal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.RubricAdminApi;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Answer;
import scot.quads.portal.client.RubricApi.Evaluation;
import scot.quads.portal.client.RubricApi.IndicatorAnswer;
import scot.quads.portal.client.RubricApi.Level;
import scot.quads.portal.client.RubricApi.QuestionAnswer;
import scot.quads.portal.client.RubricApi.Version;
import scot.quads.portal.client.ServiceProblem;

/**
 * ADES acting on one council's self-evaluation from the progress table: reading the whole of it (every level
 * and narrative, read-only), and returning a submitted one for revision with a reason, through rubric-service's
 * existing return endpoint (the council is told by notification-service).
 */
// Under /ades like ADES's other pages: a root path sharing /ades/cycles/ with AdesPages made RESTEasy Reactive
// answer 404 for AdesPages' own /ades/cycles/{cycleId}.
@Path("/ades")
@Produces(MediaType.TEXT_HTML)
public class AdesEvaluationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance evaluation(Evaluation evaluation, List<IndicatorAnswers> indicators,
                AdminForm form, ErrorSummary errors, String done);
    }

    /**
     * One quality indicator's questions with their answers as read (the level in words); {@code whole}: in a
     * version graded per quality indicator, the indicator's own answer (null in a version graded per question).
     */
    public record IndicatorAnswers(String code, String title, Whole whole, List<Shown> questions) {
    }

    /** The answer to an indicator graded as a whole: its level in words, evidence and the other narratives. */
    public record Whole(Answer answer, String level) {
    }

    /**
     * {@code narrative}: the question takes no level, only words ({@code optional} when the council may leave it
     * unanswered).
     */
    public record Shown(QuestionAnswer question, String level, boolean narrative, boolean optional) {
    }

    private final RubricApi rubric;
    private final RubricAdminApi admin;
    private final CurrentUser user;

    public AdesEvaluationPages(@RestClient RubricApi rubric, @RestClient RubricAdminApi admin, CurrentUser user) {
        this.rubric = rubric;
        this.admin = admin;
        this.user = user;
    }

    @GET
    @Path("/cycles/{cycleId}/councils/{code}")
    public String evaluation(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
            @QueryParam("done") String done) {
        requireAdes();
        return page(rubric.evaluation(cycleId, code), reasonForm(AdminForm.empty()), null, done);
    }

    @POST
    @Path("/cycles/{cycleId}/councils/{code}/return")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response returnForRevision(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
            MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = reasonForm(AdminForm.of(posted));
        if (form.value("reason").isBlank()) {
            form.reject("reason", "Enter why the self-evaluation is being returned");
        } else if (form.value("reason").length() > 2000) {
            form.reject("reason", "The reason must be " + Labels.count(2000) + " characters or fewer");
        } else {
            try {
                admin.returnForRevision(cycleId, code, Map.of("reason", form.value("reason")));
                return Response.seeOther(URI.create("/ades/cycles/" + cycleId + "/councils/"
                        + TemplateExtensions.pathSegment(code) + "?done=returned#returned-banner")).build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = ServiceProblem.in(failure);
                if (problem == null || problem.status() >= 500) {
                    throw failure;
                }
                form.reject(problem);
            }
        }
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(rubric.evaluation(cycleId, code), form, form.summary(), null)).build();
    }

    /** ADES reminds the council now; rubric-service allows it once a day and refuses once the council submitted. */
    @POST
    @Path("/cycles/{cycleId}/councils/{code}/remind")
    public Response remind(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code) {
        requireAdes();
        try {
            admin.remind(cycleId, code);
            return Response.seeOther(URI.create("/ades/cycles/" + cycleId + "/councils/"
                    + TemplateExtensions.pathSegment(code) + "?done=reminded#reminded-banner")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(rubric.evaluation(cycleId, code), reasonForm(AdminForm.empty()),
                            ErrorSummary.single("#remind", Labels.sentence(problem.detail())), null))
                    .build();
        }
    }

    private String page(Evaluation evaluation, AdminForm form, ErrorSummary errors, String done) {
        Version version = rubric.version(evaluation.rubricVersionId());
        Map<Integer, String> levels = new LinkedHashMap<>();
        for (Level level : version.scale()) {
            levels.put(level.value(), level.value() + " " + level.label());
        }
        Map<String, QuestionAnswer> byCode = new LinkedHashMap<>();
        evaluation.questions().forEach(q -> byCode.put(q.code(), q));
        Map<String, IndicatorAnswer> wholeByCode = new LinkedHashMap<>();
        evaluation.wholeIndicators().forEach(i -> wholeByCode.put(i.code(), i));
        boolean perIndicator = evaluation.gradedPerIndicator() || version.gradedPerIndicator();
        List<IndicatorAnswers> indicators = new ArrayList<>();
        for (var theme : version.themes()) {
            for (var indicator : theme.indicators()) {
                Whole whole = null;
                if (perIndicator) {
                    IndicatorAnswer own = wholeByCode.get(indicator.code());
                    Answer answer = own == null ? null : own.answer();
                    whole = new Whole(answer, levelText(answer, levels));
                }
                List<Shown> shown = new ArrayList<>();
                for (var question : indicator.questions()) {
                    QuestionAnswer q = byCode.get(question.code());
                    if (q == null) {
                        continue;
                    }
                    boolean narrative = perIndicator || question.narrative() || q.narrative();
                    boolean optional = narrative && (question.optional() || Boolean.FALSE.equals(q.required()));
                    String level = narrative ? (q.answer() == null || q.answer().text() == null ? "Not answered"
                            : "Answered") : levelText(q.answer(), levels);
                    shown.add(new Shown(q, level, narrative, optional));
                }
                indicators.add(new IndicatorAnswers(indicator.code(), indicator.title(), whole, shown));
            }
        }
        return Templates.evaluation(evaluation, indicators, form, errors, done).render();
    }

    private static String levelText(Answer answer, Map<Integer, String> levels) {
        return answer == null ? "Not answered"
                : answer.notApplicable() ? "Does not apply"
                : answer.level() == null ? "No level given"
                : levels.getOrDefault(answer.level(), String.valueOf(answer.level()));
    }

    private static AdminForm reasonForm(AdminForm form) {
        return form.field("reason", "reason", "Reason");
    }

    private void requireAdes() {
        if (!user.isAdes()) {
            throw new ServiceProblem(403, "Forbidden", "Only ADES can see every council's self-evaluation.", null,
                    null);
        }
    }
}
