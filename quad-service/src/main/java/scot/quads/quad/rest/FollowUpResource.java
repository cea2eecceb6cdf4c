package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.CycleFollowUp;
import scot.quads.quad.work.FollowUpService;
import scot.quads.support.security.Roles;

@Path("/cycles/{cycleId}/follow-up")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class FollowUpResource {

    /** ADES's follow-up point for the cycle's actions. */
    @Schema(example = """
            {
              "followUpOn": "2028-03-31"
            }""")
    public record FollowUpForm(@Schema(example = "2028-03-31") @NotNull LocalDate followUpOn) {
    }

    /**
     * The cycle's follow-up point: {@code followUpOn} as ADES set it, or null when each council's point is one year
     * after its findings report was first published.
     */
    public record FollowUpRepresentation(UUID cycleId, LocalDate followUpOn, OffsetDateTime setAt, String setBy,
            @Schema(description = "How each council's follow-up point is found") String rule) {

        static FollowUpRepresentation of(UUID cycleId, CycleFollowUp set) {
            return set == null
                    ? new FollowUpRepresentation(cycleId, null, null, null,
                            "One year after each council's findings report for the cycle is first published")
                    : new FollowUpRepresentation(cycleId, set.followUpOn, set.setAt, set.setBy,
                            "Set by ADES for every council in the cycle");
        }
    }

    private final FollowUpService followUps;

    public FollowUpResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @Operation(summary = "The cycle's follow-up point for its actions: ADES's date, or null for a year after each"
            + " council's publication")
    public FollowUpRepresentation get(@PathParam("cycleId") UUID cycleId) {
        return FollowUpRepresentation.of(cycleId, followUps.ofCycle(cycleId));
    }

    @PUT
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Set or move the cycle's follow-up point (ADES); owners are reminded four weeks before it")
    public FollowUpRepresentation set(@PathParam("cycleId") UUID cycleId, @Valid @NotNull FollowUpForm form) {
        return FollowUpRepresentation.of(cycleId, followUps.setForCycle(cycleId, form.followUpOn()));
    }
}
