package scot.quads.portal.web;

import java.net.URI;
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
import scot.quads.portal.client.RubricApi.Focus;
import scot.quads.portal.client.RubricApi.FocusDecision;
import scot.quads.portal.client.ServiceProblem;

/** ADES reads a council's focus and agrees it, or sends it back with a comment saying what to change. */
@Path("/ades")
@Produces(MediaType.TEXT_HTML)
public class AdesFocusPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance focus(Focus focus, String comment, String commentError, ErrorSummary errors,
                String done);
    }

    private final RubricApi rubric;
    private final CurrentUser user;

    public AdesFocusPages(@RestClient RubricApi rubric, CurrentUser user) {
        this.rubric = rubric;
        this.user = user;
    }

    @GET
    @Path("/cycles/{cycleId}/councils/{code}/focus")
    public String show(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
            @QueryParam("done") String done) {
        requireAdes();
        return Templates.focus(rubric.focus(cycleId, code), "", null, null, done).render();
    }

    @POST
    @Path("/cycles/{cycleId}/councils/{code}/focus/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code,
            @PathParam("step") String step, MultivaluedMap<String, String> posted) {
        requireAdes();
        if (!"agree".equals(step) && !"send-back".equals(step)) {
            throw new ServiceProblem(404, "Not found", "There is no such step.", null, null);
        }
        String comment = posted.getFirst("comment") == null ? "" : posted.getFirst("comment");
        String version = posted.getFirst("version");
        String error = null;
        if ("send-back".equals(step) && comment.isBlank()) {
            error = "Enter what the council should change";
        } else if (comment.length() > 2000) {
            error = "The comment must be " + Labels.count(2000) + " characters or fewer";
        }
        ErrorSummary summary = null;
        int status = 422;
        if (error == null) {
            try {
                rubric.decideFocus(cycleId, code, step, version == null ? null : "\"" + version.strip() + "\"",
                        new FocusDecision(comment.isBlank() ? null : comment));
                return Response.seeOther(URI.create("/ades/cycles/" + cycleId + "/councils/"
                        + TemplateExtensions.pathSegment(code) + "/focus?done=" + step + "#done")).build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = ServiceProblem.in(failure);
                if (problem == null || problem.status() >= 500) {
                    throw failure;
                }
                status = problem.status();
                summary = ErrorSummary.single("#comment", problem.status() == 412
                        ? "The council changed its focus since you opened this page: read it again, then decide"
                        : problem.detail());
            }
        } else {
            summary = ErrorSummary.single("#comment", error);
        }
        return Response.status(status).entity(Templates.focus(rubric.focus(cycleId, code), comment, error, summary,
                null).render()).build();
    }

    private void requireAdes() {
        if (!user.isAdes()) {
            throw new ServiceProblem(403, "Forbidden", "Only ADES agrees councils' focuses.", null, null);
        }
    }
}
