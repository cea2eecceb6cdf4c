package scot.quads.portal.web;

import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Comparison;

/**
 * A quad as its partners (and ADES) see it: members, who has submitted, whether answers are revealed, and once
 * they are, the comparison table. quad-service leaves out whatever the reveal rule still hides from this user.
 */
@Path("/quads")
@Produces(MediaType.TEXT_HTML)
public class QuadPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quad(Comparison comparison);
    }

    private final QuadApi quads;

    public QuadPages(@RestClient QuadApi quads) {
        this.quads = quads;
    }

    @GET
    @Path("/{quadId}")
    public String quad(@PathParam("quadId") UUID quadId) {
        return Templates.quad(quads.comparison(quadId)).render();
    }
}
