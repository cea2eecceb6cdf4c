package scot.quads.rubric.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.SelfEvaluation;
import scot.quads.rubric.service.EvaluationService;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

/**
 * Where a council stands in each cycle, without its answers: what a page needs to choose a cycle or offer one to
 * carry forward from, for a fraction of reading each whole self-evaluation.
 */
@Path("/councils/{councilCode}/evaluations")
public class CouncilEvaluationsResource {

    private final EvaluationService evaluations;
    private final Caller caller;

    public CouncilEvaluationsResource(EvaluationService evaluations, Caller caller) {
        this.evaluations = evaluations;
        this.caller = caller;
    }

    @Schema(name = "EvaluationStanding", description = "The council's self-evaluation in one cycle, without answers")
    public record Standing(UUID cycleId, @Schema(enumeration = { "draft", "submitted", "returned" }) String state,
            OffsetDateTime submittedAt, long version) {

        static Standing of(SelfEvaluation evaluation) {
            return new Standing(evaluation.cycleId, evaluation.state, evaluation.submittedAt, evaluation.version);
        }
    }

    @GET
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
    @Operation(summary = "The council's self-evaluation in every cycle where it has saved anything: its state only",
            description = "A cycle missing from the list is one the council has not started. The answers, progress "
                    + "and ETag of one are at GET /cycles/{cycleId}/evaluations/{councilCode}.")
    public List<Standing> standings(@PathParam("councilCode") String councilCode) {
        caller.requireAccessTo(councilCode);
        return evaluations.ofCouncil(councilCode).stream().map(Standing::of).toList();
    }
}
