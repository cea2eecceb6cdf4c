package scot.quads.portal.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import scot.quads.portal.client.GuestApi;
import scot.quads.portal.client.GuestApi.GuestSession;
import scot.quads.portal.client.ServiceProblem;
import scot.quads.portal.web.QuadWorkPages.Form;

/**
 * An invited guest's own pages: the sessions they are invited to, each with the agenda items and the note shared
 * with them and their input, with a form to add more, about the session or one of those items. Nothing else of Quads
 * is theirs.
 */
@Path("/guest")
@Produces(MediaType.TEXT_HTML)
public class GuestPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<GuestSession> sessions);

        static native TemplateInstance session(GuestSession session, String done, ErrorSummary errors, Form form);

    }

    private final GuestApi guests;
    private final CurrentUser user;

    public GuestPages(@RestClient GuestApi guests, CurrentUser user) {
        this.guests = guests;
        this.user = user;
    }

    @GET
    public String home() {
        requireGuest();
        return Templates.home(guests.mySessions()).render();
    }

    @GET
    @Path("sessions/{sessionId}")
    public String session(@PathParam("sessionId") UUID sessionId, @QueryParam("done") String done) {
        requireGuest();
        return Templates.session(guests.mySession(sessionId), done, null, Form.EMPTY).render();
    }

    @POST
    @Path("sessions/{sessionId}/input")
    public Response input(@PathParam("sessionId") UUID sessionId, @RestForm String itemId, @RestForm String text) {
        requireGuest();
        Map<String, String> errors = new LinkedHashMap<>();
        UUID item = null;
        if (itemId != null && !itemId.isBlank() && !"session".equals(itemId)) {
            try {
                item = UUID.fromString(itemId.trim());
            } catch (IllegalArgumentException e) {
                errors.put("itemId", "Select what your input is about");
            }
        }
        if (text == null || text.isBlank()) {
            errors.put("text", "Enter your input");
        } else if (text.length() > 5000) {
            errors.put("text", "Your input must be 5000 characters or fewer");
        }
        if (errors.isEmpty()) {
            try {
                guests.addInput(sessionId, new GuestApi.NewInput(item, text));
                return Response.seeOther(URI.create("/guest/sessions/" + sessionId + "?done=input")).build();
            } catch (RuntimeException failure) {
                QuadPages.problemInto(QuadPages.clientProblem(failure), errors, "text");
            }
        }
        return Response.status(422).entity(Templates.session(guests.mySession(sessionId), null,
                QuadPages.summary(errors, "guest-"), new Form(Map.of("text", text == null ? "" : text, "itemId",
                        itemId == null ? "session" : itemId), errors))
                .render()).build();
    }

    private void requireGuest() {
        if (!user.isGuest()) {
            throw new ServiceProblem(403, "Forbidden", "These pages are for invited guests.", null, null);
        }
    }

}
