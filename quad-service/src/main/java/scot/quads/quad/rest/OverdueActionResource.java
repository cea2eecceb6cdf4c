package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.work.ActionService;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Roles;

@Path("/actions")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class OverdueActionResource {

    private final ActionService actions;
    private final Clock clock;
    private final QuadConfig config;

    public OverdueActionResource(ActionService actions, Clock clock, QuadConfig config) {
        this.actions = actions;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @Path("/overdue")
    @Operation(summary = "Actions still to do whose due date has passed: every quad's for ADES, the caller's"
            + " council's quads' otherwise; in one cycle when cycleId is given")
    public List<ActionRepresentation> overdue(@QueryParam("cycleId") String cycleId) {
        LocalDate today = LocalDate.now(clock.withZone(config.timeZone()));
        return actions.overdue(uuid(cycleId)).stream().map(action -> ActionRepresentation.of(action, today))
                .toList();
    }

    private static UUID uuid(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("cycleId must be an id such as 9e3b1f2a-1111-4c1e-9a0c-5d6c2b3a4e11",
                    new Problem.FieldError("cycleId", "is not an id"));
        }
    }
}
