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

import scot.quads.portal.client.AuthorityApi;
import scot.quads.portal.client.QuadAdminApi;
import scot.quads.portal.client.QuadAdminApi.Assignment;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.ServiceProblem;

/**
 * ADES's page to assign ADES officers and link inspectors to quads (and link inspectors to councils) and to revoke
 * them; and the home page of an ADES officer or link inspector, listing the quads their assignments reach.
 */
@Path("/ades/assignments")
@Produces(MediaType.TEXT_HTML)
public class AssignmentPages {

    /** How many of the newest cycles the pages list quads of (one call each). */
    static final int RECENT_CYCLES = 3;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assignments(List<Assignment> assignments, List<QuadChoice> quads,
                List<AuthorityApi.Council> councils, AdminForm form, ErrorSummary errors, String done);

        static native TemplateInstance assigned(List<CycleQuads> cycles);
    }

    /** A quad to choose in the form: its id and "name (cycle)". */
    public record QuadChoice(String id, String label) {
    }

    /** The quads of one cycle that the signed-in officer or inspector reaches. */
    public record CycleQuads(Cycle cycle, List<QuadApi.Quad> quads) {
    }

    private final QuadAdminApi admin;
    private final QuadApi quads;
    private final RubricApi rubric;
    private final AuthorityApi authority;
    private final CurrentUser user;

    public AssignmentPages(@RestClient QuadAdminApi admin, @RestClient QuadApi quads, @RestClient RubricApi rubric,
            @RestClient AuthorityApi authority, CurrentUser user) {
        this.admin = admin;
        this.quads = quads;
        this.rubric = rubric;
        this.authority = authority;
        this.user = user;
    }

    @GET
    public String assignments(@QueryParam("done") String done) {
        requireAdes();
        return page(form(AdminForm.empty()), null, done).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = form(AdminForm.of(posted));
        String role = form.value("role");
        if (!role.equals("ades-officer") && !role.equals("es-link")) {
            form.reject("role", "Select whether they are an ADES officer or a link inspector");
        }
        if (form.value("username").isBlank()) {
            form.reject("username", "Enter the sign-in name of the person");
        }
        String quadId = form.blankToNull("quadId");
        String council = form.blankToNull("councilCode");
        if (quadId == null && council == null) {
            form.reject("quadId", "Select a quad, or for a link inspector a council");
        } else if (quadId != null && council != null) {
            form.reject("quadId", "Select a quad or a council, not both");
        } else if (council != null && role.equals("ades-officer")) {
            form.reject("councilCode", "An ADES officer is assigned to quads: select a quad instead");
        }
        if (!form.hasErrors()) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("role", role);
            body.put("username", form.value("username"));
            body.put(quadId != null ? "quadId" : "councilCode", quadId != null ? quadId : council);
            try {
                admin.assign(body);
                return Response.seeOther(URI.create("/ades/assignments?done=assigned")).build();
            } catch (RuntimeException failure) {
                form.reject(AdesPages.clientProblem(failure));
            }
        }
        return Response.status(422).entity(page(form, form.summary(), null).render()).build();
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@PathParam("id") UUID id) {
        requireAdes();
        try {
            admin.revoke(id);
        } catch (RuntimeException failure) {
            ServiceProblem problem = AdesPages.clientProblem(failure);
            if (problem.status() != 409) {
                throw failure;
            }
        }
        return Response.seeOther(URI.create("/ades/assignments?done=revoked")).build();
    }

    private TemplateInstance page(AdminForm form, ErrorSummary errors, String done) {
        List<QuadChoice> choices = new ArrayList<>();
        for (Cycle cycle : rubric.cycles().stream().limit(RECENT_CYCLES).toList()) {
            quads.quads(cycle.id()).forEach(quad -> choices.add(new QuadChoice(quad.id().toString(),
                    quad.name() + " (" + cycle.name() + ")")));
        }
        return Templates.assignments(admin.assignments(), choices, authority.councils(), form, errors, done);
    }

    private static AdminForm form(AdminForm form) {
        return form.field("role", "role", "Role").field("username", "username", "Sign-in name")
                .field("quadId", "quadId", "Quad").field("councilCode", "councilCode", "Council");
    }

    private void requireAdes() {
        if (!user.isAdes()) {
            throw new ServiceProblem(403, "Forbidden", "These pages are for ADES officers.", null, null);
        }
    }
}
