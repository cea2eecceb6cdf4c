package scot.quads.portal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.web.AssignmentPages.CycleQuads;

/** The home page of an ADES officer or link inspector: the quads their assignments reach, newest cycle first. */
@Path("/assigned")
@Produces(MediaType.TEXT_HTML)
public class AssignedPage {

    private final QuadApi quads;
    private final RubricApi rubric;
    private final CurrentUser user;

    public AssignedPage(@RestClient QuadApi quads, @RestClient RubricApi rubric, CurrentUser user) {
        this.quads = quads;
        this.rubric = rubric;
        this.user = user;
    }

    /** An ADES officer's or link inspector's home: the quads ADES assigned them to, newest cycle first. */
    @GET
    public Response assigned() {
        if (user.isAdes()) {
            return Response.seeOther(URI.create("/ades/assignments")).build();
        }
        if (!user.isAssignedReader()) {
            return Response.seeOther(URI.create("/")).build();
        }
        List<CycleQuads> cycles = new ArrayList<>();
        for (Cycle cycle : rubric.cycles().stream().limit(AssignmentPages.RECENT_CYCLES).toList()) {
            List<QuadApi.Quad> reached = quads.quads(cycle.id());
            if (!reached.isEmpty()) {
                cycles.add(new CycleQuads(cycle, reached));
            }
        }
        return Response.ok(AssignmentPages.Templates.assigned(cycles).render()).build();
    }

}
