package scot.quads.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Guidance, brief and readable by anyone without signing in: how the round works and who does what, the words Quads
 * uses, what to read before a first round, and how other quads have run their sessions. Plain pages versioned with
 * the code, so the guidance says what this release does.
 */
@Path("/guidance")
@Produces(MediaType.TEXT_HTML)
public class GuidancePages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start();

        static native TemplateInstance glossary();

        static native TemplateInstance firstTime();

        static native TemplateInstance sessions();
    }

    @GET
    public String start() {
        return Templates.start().render();
    }

    @GET
    @Path("glossary")
    public String glossary() {
        return Templates.glossary().render();
    }

    @GET
    @Path("first-time")
    public String firstTime() {
        return Templates.firstTime().render();
    }

    @GET
    @Path("sessions")
    public String sessions() {
        return Templates.sessions().render();
    }
}
