package scot.quads.portal.web;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The way in: each signed-in user goes to the dashboard of their role; and the pages anyone may read. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance noRole();

        static native TemplateInstance signedOut();

        static native TemplateInstance accessibility();
    }

    private final CurrentUser user;

    public HomeResource(CurrentUser user) {
        this.user = user;
    }

    @GET
    public Response home() {
        if (user.isAdes()) {
            return Response.seeOther(URI.create("/ades")).build();
        }
        if (user.isCouncilUser()) {
            return Response.seeOther(URI.create("/council")).build();
        }
        if (user.isAssignedReader()) {
            return Response.seeOther(URI.create("/assigned")).build();
        }
        if (user.isGuest()) {
            return Response.seeOther(URI.create("/guest")).build();
        }
        return Response.status(403).entity(Templates.noRole().render()).build();
    }

    @GET
    @Path("signed-out")
    public String signedOut() {
        return Templates.signedOut().render();
    }

    @GET
    @Path("accessibility")
    public String accessibility() {
        return Templates.accessibility().render();
    }
}
