package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.quad.comparison.QuadStatements;
import scot.quads.support.security.Roles;

/** The quad members' self-evaluative statements side by side, under the answers' reveal rule. */
@Path("/quads/{quadId}/statements")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
@Produces(MediaType.APPLICATION_JSON)
public class StatementResource {

    private final QuadStatements statements;

    public StatementResource(QuadStatements statements) {
        this.statements = statements;
    }

    @GET
    @Operation(summary = "Each member's self-evaluative statement (context, prioritised SWOT, summary), shown "
            + "exactly when its answers are", description = "A member whose answers the caller may not see yet is "
            + "listed with shown=false and no statement; so is a member that submitted without a statement, with "
            + "shown=true.")
    public QuadStatements.Statements statements(@PathParam("quadId") UUID quadId) {
        return statements.of(quadId);
    }
}
