package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.GuestInvitation;
import scot.quads.quad.guest.GuestService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

/**
 * A quad's invited partners ({@code quad-guest}): whoever plans its sessions (its members' editors, its ADES officer,
 * ADES) invites, lists and (ADES or the inviter) revokes; the quad's readers read what the guests wrote.
 */
@Path("/quads/{quadId}/guests")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.AUTHORITY_EDITOR })
public class GuestInvitationResource {

    private final GuestService guests;

    public GuestInvitationResource(GuestService guests) {
        this.guests = guests;
    }

    @GET
    @Operation(summary = "The quad's invitations of guests, newest first, live, expired or revoked (editors of its"
            + " councils, its ADES officer and ADES)")
    public List<GuestInvitationRepresentation> list(@PathParam("quadId") UUID quadId) {
        LocalDate today = guests.today();
        return guests.ofQuad(quadId).stream().map(i -> GuestInvitationRepresentation.of(i, today)).toList();
    }

    @POST
    @Operation(summary = "Invite a partner to named sessions of the quad until an expiry date, optionally sharing a"
            + " note; announced as quads.guest.invited.v1, which mails them a link (editors of its councils, its ADES"
            + " officer and ADES)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GuestInvitationRepresentation.class)),
            headers = @Header(name = "Location", description = ETags.LOCATION,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response invite(@PathParam("quadId") UUID quadId, @Valid @NotNull GuestInvitationForm form) {
        GuestInvitation invitation = guests.invite(quadId, form.toNew());
        return Response.created(UriBuilder.fromPath("/quads/{quadId}/guests").build(quadId))
                .entity(GuestInvitationRepresentation.of(invitation, guests.today())).build();
    }

    @PUT
    @Path("/{invitationId}/items")
    @Operation(summary = "Change the agenda items a live invitation shares with its guest (ADES, or whoever made it);"
            + " 422 names each item not on the agendas of the sessions it names, 409 once it has ended; audited as"
            + " shared")
    @APIResponse(responseCode = "200", description = "The invitation, sharing the items given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GuestInvitationRepresentation.class)))
    public GuestInvitationRepresentation share(@PathParam("quadId") UUID quadId,
            @PathParam("invitationId") UUID invitationId, @Valid @NotNull GuestSharedItemsForm form) {
        return GuestInvitationRepresentation.of(guests.share(quadId, invitationId, form.itemIds()), guests.today());
    }

    @DELETE
    @Path("/{invitationId}")
    @Operation(summary = "Revoke an invitation (ADES, or whoever made it); it stays in the list as revoked, and is"
            + " announced as quads.guest.revoked.v1")
    @APIResponse(responseCode = "200", description = "The invitation, now revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GuestInvitationRepresentation.class)))
    public GuestInvitationRepresentation revoke(@PathParam("quadId") UUID quadId,
            @PathParam("invitationId") UUID invitationId) {
        return GuestInvitationRepresentation.of(guests.revoke(quadId, invitationId), guests.today());
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Every invitation, change of the items shared and revocation of the quad's guests, oldest"
            + " first, each with the items shared from then on")
    public List<GuestInvitationAuditEntry> audit(@PathParam("quadId") UUID quadId) {
        return guests.audit(quadId).stream().map(GuestInvitationAuditEntry::of).toList();
    }

    @GET
    @Path("/input")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
            Roles.AUTHORITY_VIEWER })
    @Operation(summary = "What guests wrote to the quad's sessions (or to one, with sessionId), oldest first (the"
            + " quad's readers)")
    public List<GuestInputRepresentation> input(@PathParam("quadId") UUID quadId,
            @QueryParam("sessionId") UUID sessionId) {
        return guests.inputOf(quadId, sessionId).stream().map(GuestInputRepresentation::of).toList();
    }
}
