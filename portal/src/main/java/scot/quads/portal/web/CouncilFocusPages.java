package scot.quads.portal.web;

import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Evaluation;
import scot.quads.portal.client.RubricApi.Focus;
import scot.quads.portal.client.ServiceProblem;

/**
 * The council's focus for a cycle: the area, the focus question, up to six key questions and what it relates to,
 * saved as a draft, then proposed to ADES, who agrees it or sends it back with a comment.
 */
@Path("/council")
@Produces(MediaType.TEXT_HTML)
public class CouncilFocusPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance focus(Evaluation evaluation, Focus focus, FocusForms.Form form,
                ErrorSummary errors, String done);
    }

    private final RubricApi rubric;
    private final CurrentUser user;

    public CouncilFocusPages(@RestClient RubricApi rubric, CurrentUser user) {
        this.rubric = rubric;
        this.user = user;
    }

    @GET
    @Path("/cycles/{cycleId}/focus")
    public String show(@PathParam("cycleId") UUID cycleId, @QueryParam("done") String done) {
        String council = requireCouncil();
        Focus focus = rubric.focus(cycleId, council);
        return Templates.focus(rubric.evaluation(cycleId, council), focus, FocusForms.of(focus), null, done)
                .render();
    }

    @POST
    @Path("/cycles/{cycleId}/focus")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("cycleId") UUID cycleId, MultivaluedMap<String, String> posted) {
        String council = requireCouncil();
        Map<String, String> fields = new HashMap<>();
        posted.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        long version = parse(fields.get("version"));
        FocusForms.Form form = FocusForms.posted(fields, version, Map.of());
        Evaluation evaluation = rubric.evaluation(cycleId, council);
        try {
            rubric.saveFocus(cycleId, council, "\"" + version + "\"",
                    FocusForms.request(form, rubric.version(evaluation.rubricVersionId())));
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/focus?done=saved#done")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            Focus current = rubric.focus(cycleId, council);
            Map<String, String> onFields = new LinkedHashMap<>();
            ErrorSummary summary = problem.status() == 412
                    ? ErrorSummary.single("#area", "Someone else saved the focus while you were editing it ("
                            + current.updatedBy() + ", " + Labels.dateTime(current.updatedAt()) + "). Your changes"
                            + " are below and are not saved: check them against theirs, then save again")
                    : FocusForms.errors(problem, onFields);
            FocusForms.Form shown = FocusForms.posted(fields, problem.status() == 412 ? current.version() : version,
                    onFields);
            return Response.status(problem.status())
                    .entity(Templates.focus(evaluation, current, shown, summary, null).render()).build();
        }
    }

    @POST
    @Path("/cycles/{cycleId}/focus/propose")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("cycleId") UUID cycleId, MultivaluedMap<String, String> posted) {
        String council = requireCouncil();
        long version = parse(posted.getFirst("version"));
        try {
            rubric.proposeFocus(cycleId, council, "\"" + version + "\"");
            return Response.seeOther(URI.create("/council/cycles/" + cycleId + "/focus?done=proposed#done")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = ServiceProblem.in(failure);
            if (problem == null || problem.status() >= 500) {
                throw failure;
            }
            Focus current = rubric.focus(cycleId, council);
            Map<String, String> onFields = new LinkedHashMap<>();
            ErrorSummary summary = problem.status() == 412
                    ? ErrorSummary.single("#propose", "Someone changed the focus since you opened this page: check"
                            + " it, then propose it")
                    : FocusForms.errors(problem, onFields);
            FocusForms.Form form = FocusForms.of(current);
            form = new FocusForms.Form(form.area(), form.focusQuestion(), form.keyQuestions(), form.related(),
                    form.version(), onFields);
            return Response.status(problem.status()).entity(Templates.focus(rubric.evaluation(cycleId, council),
                    current, form, summary, null).render()).build();
        }
    }

    private static long parse(String version) {
        try {
            return version == null ? 0 : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String requireCouncil() {
        String council = user.getCouncil();
        if (council == null) {
            throw new ServiceProblem(403, "Forbidden", "Only a council's users have a focus to see.", null, null);
        }
        return council;
    }
}
