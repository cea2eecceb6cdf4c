package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.quad.national.NationalPicture;
import scot.quads.quad.national.NationalService;
import scot.quads.support.security.Roles;

@Path("/cycles/{cycleId}/national")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
public class NationalResource {

    private final NationalService national;

    public NationalResource(NationalService national) {
        this.national = national;
    }

    @GET
    @Operation(summary = "Per question, how many councils gave each level in the cycle (none shown under five), and"
            + " where the council and its quad sit; a council may ask only for itself, ADES for any")
    public NationalPicture get(@PathParam("cycleId") UUID cycleId, @QueryParam("council") String council) {
        return national.picture(cycleId, council);
    }
}
