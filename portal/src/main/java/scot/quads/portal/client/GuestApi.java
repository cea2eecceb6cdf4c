package scot.quads.portal.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * quad-service's invited partners as the portal uses them: a quad's invitations (invite, list, revoke) for whoever
 * plans its sessions, and the sessions a signed-in guest is invited to, with their input.
 */
@RegisterRestClient(configKey = "quad")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface GuestApi {

    @GET
    @Path("/quads/{quadId}/guests")
    List<Invitation> invitations(@PathParam("quadId") UUID quadId);

    @POST
    @Path("/quads/{quadId}/guests")
    @Consumes(MediaType.APPLICATION_JSON)
    Invitation invite(@PathParam("quadId") UUID quadId, NewInvitation invitation);

    @DELETE
    @Path("/quads/{quadId}/guests/{invitationId}")
    Invitation revoke(@PathParam("quadId") UUID quadId, @PathParam("invitationId") UUID invitationId);

    /** What guests wrote to the quad's sessions (or to one), oldest first: for the quad's own readers. */
    @GET
    @Path("/quads/{quadId}/guests/input")
    List<Input> input(@PathParam("quadId") UUID quadId, @QueryParam("sessionId") UUID sessionId);

    @GET
    @Path("/guest/sessions")
    List<GuestSession> mySessions();

    @GET
    @Path("/guest/sessions/{sessionId}")
    GuestSession mySession(@PathParam("sessionId") UUID sessionId);

    @POST
    @Path("/guest/sessions/{sessionId}/input")
    @Consumes(MediaType.APPLICATION_JSON)
    Input addInput(@PathParam("sessionId") UUID sessionId, NewInput input);

    /** An invitation: {@code status} live, expired or revoked; {@code itemIds} the agenda items shared. */
    record Invitation(UUID id, UUID quadId, String name, String email, String organisation, LocalDate expiresOn,
            List<UUID> sessionIds, List<UUID> itemIds, String note, String status, OffsetDateTime invitedAt, String invitedBy,
            OffsetDateTime revokedAt, String revokedBy, int version) {
    }

    record NewInvitation(String name, String email, String organisation, LocalDate expiresOn, List<UUID> sessionIds,
            List<UUID> itemIds, String note) {
    }

    /** A session as its guest reads it. */
    record GuestSession(UUID id, UUID quadId, String quadName, OffsetDateTime startsAt, String location,
            QuadApi.SessionPurpose purpose, List<AgendaItem> agenda, List<Shared> shared, LocalDate expiresOn,
            List<Input> input) {
    }

    /** An agenda item shared with the guest. */
    record AgendaItem(UUID id, String kind, String questionCode, String prompt, String council, String title) {
    }

    record Shared(String invitedBy, String note) {
    }

    /** A guest's input: about one shared agenda item ({@code itemId}) or, when null, the session. */
    record Input(UUID id, UUID sessionId, UUID itemId, String authorName, String organisation, String text,
            OffsetDateTime postedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewInput(UUID itemId, String text) {
    }
}
