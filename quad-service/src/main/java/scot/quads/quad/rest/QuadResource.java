package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.quad.service.Comparison;
import scot.quads.quad.service.ComparisonService;
import scot.quads.quad.service.QuadService;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Roles;

@Path("/quads")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
public class QuadResource {

    private final QuadService quads;
    private final ComparisonService comparisons;

    public QuadResource(QuadService quads, ComparisonService comparisons) {
        this.quads = quads;
        this.comparisons = comparisons;
    }

    @GET
    @Path("/mine")
    @Operation(summary = "The quad the caller's council is in for a cycle")
    public QuadRepresentation mine(@QueryParam("cycleId") String cycleId) {
        return QuadRepresentation.of(quads.mine(uuid("cycleId", cycleId)));
    }

    @GET
    @Path("/{quadId}")
    @Operation(summary = "One quad, to ADES or to the users of its councils")
    public QuadRepresentation get(@PathParam("quadId") UUID quadId) {
        return QuadRepresentation.of(quads.get(quadId));
    }

    @GET
    @Path("/{quadId}/comparison")
    @Operation(summary = "The members' answers side by side, as far as the cycle's reveal rule shows them")
    public Comparison comparison(@PathParam("quadId") UUID quadId) {
        return comparisons.compare(quadId);
    }

    private static UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(parameter + " is required",
                    new Problem.FieldError(parameter, "is required"));
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(parameter + " must be an id such as 9e3b1f2a-1111-4c1e-9a0c-5d6c2b3a4e11",
                    new Problem.FieldError(parameter, "is not an id"));
        }
    }
}
