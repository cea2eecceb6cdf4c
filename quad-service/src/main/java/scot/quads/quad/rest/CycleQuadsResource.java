package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.membership.QuadService.QuadView;
import scot.quads.quad.membership.QuadService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

@Path("/cycles/{cycleId}/quads")
public class CycleQuadsResource {

    private final QuadService quads;

    public CycleQuadsResource(QuadService quads) {
        this.quads = quads;
    }

    @POST
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Form a quad of 3 to 5 councils (normally 4) for the cycle (ADES)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuadRepresentation.class)),
            headers = @Header(name = "Location", description = ETags.LOCATION,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response form(@PathParam("cycleId") UUID cycleId, @Valid @NotNull QuadForm form, @Context UriInfo uri) {
        QuadView formed = quads.form(cycleId, form.toDraft());
        URI location = uri.getBaseUriBuilder().path(QuadResource.class).path(formed.quad().id.toString()).build();
        return Response.created(location).entity(QuadRepresentation.of(formed)).build();
    }

    @GET
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
            Roles.AUTHORITY_VIEWER })
    @Operation(summary = "The cycle's quads: all of them for ADES, the caller's own for a council user")
    public List<QuadRepresentation> list(@PathParam("cycleId") UUID cycleId) {
        return quads.inCycle(cycleId).stream().map(QuadRepresentation::of).toList();
    }
}
