package scot.quads.rubric.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.rubric.service.FocusService;
import scot.quads.support.security.Roles;

/** Every council's focus in a cycle, for ADES to see which wait for its agreement. */
@Path("/cycles/{cycleId}/focuses")
public class CycleFocusResource {

    private final FocusService focuses;

    public CycleFocusResource(FocusService focuses) {
        this.focuses = focuses;
    }

    @GET
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Every council's focus in the cycle that has one, whatever its state (ADES)")
    public List<FocusRepresentation> all(@PathParam("cycleId") UUID cycleId) {
        return focuses.ofCycle(cycleId).stream().map(f -> FocusRepresentation.of(f, null, null)).toList();
    }
}
