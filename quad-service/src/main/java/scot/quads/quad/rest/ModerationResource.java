package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.quad.moderation.Moderation;
import scot.quads.quad.moderation.ModerationService;
import scot.quads.support.security.Roles;

@Path("/cycles/{cycleId}/moderation")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK })
public class ModerationResource {

    private final ModerationService moderation;

    public ModerationResource(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GET
    @Operation(summary = "Per rubric item, every quad's revealed levels beside the national distribution (small"
            + " counts suppressed), where a quad's median stands one level or more apart from the national median,"
            + " and the flags of every quad's comparison (ADES, every ADES officer and link inspector)")
    public Moderation get(@PathParam("cycleId") UUID cycleId) {
        return moderation.of(cycleId);
    }
}
