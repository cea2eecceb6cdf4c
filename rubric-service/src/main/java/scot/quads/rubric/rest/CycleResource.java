package scot.quads.rubric.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.service.CycleService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

@Path("/cycles")
@Authenticated
public class CycleResource {

    private final CycleService cycles;
    private final Caller caller;

    public CycleResource(CycleService cycles, Caller caller) {
        this.cycles = cycles;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every cycle, newest first")
    public List<CycleRepresentation> list() {
        return cycles.all().stream().map(CycleRepresentation::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One cycle: its rubric version, dates and reveal rule")
    public Response get(@PathParam("id") UUID id) {
        Cycle cycle = cycles.get(id);
        return Response.ok(CycleRepresentation.of(cycle)).tag(ETags.of(cycle.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Open a cycle on a published rubric version (ADES)")
    public Response open(@Valid @NotNull CycleRequest request, @Context UriInfo uri) {
        Cycle cycle = cycles.open(request.toNewCycle(), caller.username());
        return Response.created(uri.getAbsolutePathBuilder().path(cycle.id.toString()).build())
                .entity(CycleRepresentation.of(cycle))
                .tag(ETags.of(cycle.version))
                .build();
    }
}
