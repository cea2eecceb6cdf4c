package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.quad.comparison.LearningPartnerService;
import scot.quads.quad.comparison.LearningPartners;
import scot.quads.support.security.Roles;

@Path("/quads/{quadId}/learning-partners")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class LearningPartnerResource {

    private final LearningPartnerService learningPartners;

    public LearningPartnerResource(LearningPartnerService learningPartners) {
        this.learningPartners = learningPartners;
    }

    @GET
    @Operation(summary = "Per question where a council is weaker, the partners at least two levels higher, with their"
            + " strengths (after reveal; council defaults to the caller's own, ADES must name one)")
    public LearningPartners get(@PathParam("quadId") UUID quadId, @QueryParam("council") String council) {
        return learningPartners.find(quadId, council);
    }
}
