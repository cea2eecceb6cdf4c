package scot.quads.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.PlanLine;
import scot.quads.portal.client.ServiceProblem;

/**
 * A council's improvement plan: every action it owns across its quads and cycles (newest cycle first), with who is
 * accountable, how success is measured from what baseline to what target, and how far each has got; downloadable
 * as a workbook or CSV laid out for the council's own plan.
 */
@Path("/council/plan")
@Produces(MediaType.TEXT_HTML)
public class PlanPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(String council, List<PlanLine> lines);
    }

    private final QuadApi quads;
    private final CurrentUser user;

    public PlanPages(@RestClient QuadApi quads, CurrentUser user) {
        this.quads = quads;
        this.user = user;
    }

    @GET
    public String plan() {
        String council = requireCouncil();
        return Templates.plan(council, quads.plan(council)).render();
    }

    /** The plan as a file (format=xlsx, the default, or csv), fetched with the user's token and handed over. */
    @GET
    @Path("/export")
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
