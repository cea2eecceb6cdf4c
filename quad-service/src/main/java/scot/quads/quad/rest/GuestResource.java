package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.guest.GuestService;
import scot.quads.support.security.Roles;

/**
 * What an invited guest reads and writes: the sessions their live invitations open (matched by their verified email),
 * and their input to them. Any other session answers 403, as does everything else of Quads.
 */
@Path("/guest/sessions")
@RolesAllowed(Roles.QUAD_GUEST)
public class GuestResource {

    private final GuestService guests;

    public GuestResource(GuestService guests) {
        this.guests = guests;
    }

    @GET
    @Operation(summary = "The sessions the guest is invited to, earliest first, while their invitations last")
    public List<GuestSessionRepresentation> mine() {
        return guests.mySessions().stream().map(GuestSessionRepresentation::of).toList();
    }

    @GET
    @Path("/{sessionId}")
    @Operation(summary = "One session the guest is invited to: the agenda items and the notes shared with them, their"
            + " input")
    public GuestSessionRepresentation one(@PathParam("sessionId") UUID sessionId) {
        return GuestSessionRepresentation.of(guests.mySession(sessionId));
    }

    @POST
    @Path("/{sessionId}/input")
    @Operation(summary = "Add the guest's input to the session's record, about the session or one of the agenda items"
            + " shared with them (itemId); 422 naming itemId for any other item")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = GuestInputRepresentation.class)))
    public Response input(@PathParam("sessionId") UUID sessionId, @Valid @NotNull GuestInputForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(GuestInputRepresentation.of(guests.addInput(sessionId, form.itemId(), form.text()))).build();
    }
}
