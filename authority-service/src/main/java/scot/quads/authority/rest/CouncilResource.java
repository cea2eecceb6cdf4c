package scot.quads.authority.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.authority.Council;
import scot.quads.authority.service.CouncilService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

@Path("/councils")
@Authenticated
public class CouncilResource {

    private final CouncilService councils;
    private final Caller caller;

    public CouncilResource(CouncilService councils, Caller caller) {
        this.councils = councils;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every council, by name")
    public List<CouncilRepresentation> list() {
        return councils.all().stream().map(CouncilRepresentation::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One council, by its GSS code or its older GSS code")
    public Response get(@PathParam("code") String code) {
        Council council = councils.get(code);
        return Response.ok(CouncilRepresentation.of(council)).tag(ETags.of(council.version)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Change a council's names, collaborative, families or active state (ADES)")
    public Response update(@PathParam("code") String code, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CouncilUpdate update) {
        Long expected = ETags.parse(ifMatch);
        Council council = councils.update(code, update.toChange(), expected == null ? null : expected.intValue(),
                caller.username());
        return Response.ok(CouncilRepresentation.of(council)).tag(ETags.of(council.version)).build();
    }
}
