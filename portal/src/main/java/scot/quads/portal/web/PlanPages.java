package scot.quads.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.NewProgress;
import scot.quads.portal.client.QuadApi.PlanLine;
import scot.quads.portal.client.ServiceProblem;

/**
 * A council's improvement plan: every action it owns across its quads and cycles (newest cycle first), with who is
 * accountable, how success is measured from what baseline to what target, and how far each has got; downloadable
 * as a workbook or CSV laid out for the council's own plan.
 */
@Path("/council")
@Produces(MediaType.TEXT_HTML)
public class PlanPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(String council, List<PlanLine> lines, boolean canWrite, String done,
                ErrorSummary errors, UUID failed, QuadWorkPages.Form form);
    }

    static final List<String> STATUSES = List.of("open", "in-progress", "done", "dropped");

    private final QuadApi quads;
    private final CurrentUser user;

    public PlanPages(@RestClient QuadApi quads, CurrentUser user) {
        this.quads = quads;
        this.user = user;
    }

    @GET
    @Path("/plan")
    public String plan(@QueryParam("done") String done) {
        return page(done, null, null, Map.of(), Map.of());
    }

    /**
     * Records an action's progress at its follow-up (its status and the evidence of its impact), at the version of
     * the action the page showed; a colleague's change in between is reported, not overwritten.
     */
    @POST
    @Path("/plan/actions/{quadId}/{actionId}/progress")
    public Response record(@PathParam("quadId") UUID quadId, @PathParam("actionId") UUID actionId,
            @RestForm String status, @RestForm String impact, @RestForm Integer version) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("status", status);
        values.put("impact", impact);
        Map<String, String> errors = new LinkedHashMap<>();
        if (status == null || !STATUSES.contains(status)) {
            errors.put("status", "Select the action's status now");
        }
        if (impact == null || impact.isBlank()) {
            errors.put("impact", "Enter the evidence of the action's impact");
        }
        if (errors.isEmpty()) {
            try {
                quads.recordProgress(quadId, actionId, "\"" + (version == null ? 0 : version) + "\"",
                        new NewProgress(status, impact.trim()));
                return Response.seeOther(URI.create("/council/plan?done=recorded#plan-" + actionId)).build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = QuadPages.clientProblem(failure);
                if (problem.status() == 412) {
                    errors.put("status", "Someone else changed this action after you opened the page. It is shown"
                            + " as it is now: check it, then record its progress again");
                } else {
                    QuadPages.problemInto(problem, errors, "impact");
                }
            }
        }
        String prefix = "progress-" + actionId + "-";
        return Response.status(422).entity(page(null, QuadPages.summary(errors, prefix), actionId, values, errors))
                .build();
    }

    private String page(String done, ErrorSummary errors, UUID failed, Map<String, String> values,
            Map<String, String> fieldErrors) {
        String council = requireCouncil();
        return Templates.plan(council, quads.plan(council), user.isEditor(), done, errors, failed,
                new QuadWorkPages.Form(values, fieldErrors)).render();
    }

    /** The plan as a file (format=xlsx, the default, or csv), fetched with the user's token and handed over. */
    @GET
    @Path("/plan/export")
    @Produces(MediaType.WILDCARD)
    public Response export(@QueryParam("format") String format) {
        Response file = quads.planExport(requireCouncil(), "csv".equals(format) ? "csv" : "xlsx");
        byte[] body = file.readEntity(byte[].class);
        return Response.ok(body).type(file.getMediaType())
                .header("Content-Disposition", file.getHeaderString("Content-Disposition")).build();
    }

    private String requireCouncil() {
        String council = user.getCouncil();
        if (council == null) {
            throw new ServiceProblem(403, "Forbidden", "Only a council's users have an improvement plan to see.",
                    null, null);
        }
        return council;
    }
}
