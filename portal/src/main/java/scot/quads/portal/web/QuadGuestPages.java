package scot.quads.portal.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
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
import scot.quads.portal.client.GuestApi.Invitation;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.Session;
import scot.quads.portal.client.ServiceProblem;
import scot.quads.portal.web.QuadWorkPages.Form;

/**
 * A quad's invited partners, for whoever plans its sessions (quad-service decides who that is): who is invited to
 * which sessions until when, an invitation form (reached from a session's page with that session ticked; the agenda
 * items to share ticked one by one) and withdrawal.
 */
@Path("/quads/{quadId}/guests")
@Produces(MediaType.TEXT_HTML)
public class QuadGuestPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance invitations(Comparison comparison, List<Invitation> invitations,
                List<Session> sessions, Map<UUID, Session> sessionsById, String done, ErrorSummary errors,
                Form form);
    }

    private final GuestApi guests;
    private final QuadApi quads;

    public QuadGuestPages(@RestClient GuestApi guests, @RestClient QuadApi quads) {
        this.guests = guests;
        this.quads = quads;
    }

    @GET
    public String invitations(@PathParam("quadId") UUID quadId, @QueryParam("session") UUID session,
            @QueryParam("done") String done) {
        Map<String, String> values = new LinkedHashMap<>();
        if (session != null) {
            values.put("sessionIds", session.toString());
        }
        return invitationsPage(quadId, done, null, new Form(values, Map.of()));
    }

    @POST
    public Response invite(@PathParam("quadId") UUID quadId, @RestForm String name, @RestForm String email,
            @RestForm String organisation, @RestForm("expires-day") String day,
            @RestForm("expires-month") String month, @RestForm("expires-year") String year,
            @RestForm List<String> sessionIds, @RestForm List<String> itemIds, @RestForm String note) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("email", email);
        values.put("organisation", organisation);
        values.put("expires-day", day);
        values.put("expires-month", month);
        values.put("expires-year", year);
        values.put("sessionIds", sessionIds == null ? "" : String.join(",", sessionIds));
        values.put("itemIds", itemIds == null ? "" : String.join(",", itemIds));
        values.put("note", note);
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(name)) {
            errors.put("name", "Enter the name of the person you are inviting");
        }
        if (blank(email)) {
            errors.put("email", "Enter their email address, for example name@example.org");
        }
        if (blank(organisation)) {
            errors.put("organisation", "Enter their organisation or role, for example CLD manager");
        }
        LocalDate expiresOn = DateInput.read(day, month, year, true, "expiresOn", "The last day", errors);
        List<UUID> sessions = new ArrayList<>();
        for (String id : sessionIds == null ? List.<String>of() : sessionIds) {
            try {
                sessions.add(UUID.fromString(id.trim()));
            } catch (IllegalArgumentException e) {
                errors.put("sessionIds", "Select sessions from the list");
            }
        }
        if (sessions.isEmpty()) {
            errors.putIfAbsent("sessionIds", "Select at least one session");
        }
        List<UUID> items = new ArrayList<>();
        for (String id : itemIds == null ? List.<String>of() : itemIds) {
            try {
                items.add(UUID.fromString(id.trim()));
            } catch (IllegalArgumentException e) {
                errors.put("itemIds", "Select agenda items from the list");
            }
        }
        if (errors.isEmpty()) {
            try {
                guests.invite(quadId, new GuestApi.NewInvitation(name, email, organisation, expiresOn, sessions,
                        items, blank(note) ? null : note));
                return Response.seeOther(URI.create("/quads/" + quadId + "/guests?done=invited")).build();
            } catch (RuntimeException failure) {
                QuadPages.problemInto(QuadPages.clientProblem(failure), errors, "name");
            }
        }
        return Response.status(422).entity(invitationsPage(quadId, null, QuadPages.summary(errors, "guest-"),
                new Form(values, errors))).build();
    }

    @POST
    @Path("{invitationId}/revoke")
    public Response revoke(@PathParam("quadId") UUID quadId, @PathParam("invitationId") UUID invitationId) {
        try {
            guests.revoke(quadId, invitationId);
        } catch (RuntimeException failure) {
            ServiceProblem problem = QuadPages.clientProblem(failure);
            if (problem.status() != 409) {
                throw failure;
            }
        }
        return Response.seeOther(URI.create("/quads/" + quadId + "/guests?done=revoked")).build();
    }

    private String invitationsPage(UUID quadId, String done, ErrorSummary errors, Form form) {
        List<Invitation> invitations = guests.invitations(quadId);
        Comparison comparison = quads.comparison(quadId);
        List<Session> sessions = quads.sessions(quadId);
        Map<UUID, Session> byId = new LinkedHashMap<>();
        sessions.forEach(s -> byId.put(s.id(), s));
        return Templates.invitations(comparison, invitations, sessions, byId, done, errors, form).render();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
