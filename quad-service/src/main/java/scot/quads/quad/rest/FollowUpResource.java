package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.CycleFollowUp;
import scot.quads.quad.work.FollowUpService;
import scot.quads.support.rest.ETags;
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
            @Schema(description = "How each council's follow-up point is found") String rule,
            @Schema(description = "The ETag's value: 0 while ADES has set no point") long version) {

        static FollowUpRepresentation of(UUID cycleId, CycleFollowUp set) {
            return set == null
                    ? new FollowUpRepresentation(cycleId, null, null, null,
                            "One year after each council's findings report for the cycle is first published", 0)
                    : new FollowUpRepresentation(cycleId, set.followUpOn, set.setAt, set.setBy,
                            "Set by ADES for every council in the cycle", FollowUpService.etag(set));
        }
    }

    private final FollowUpService followUps;

    public FollowUpResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @Operation(summary = "The cycle's follow-up point for its actions: ADES's date, or null for a year after each"
            + " council's publication; its ETag is \"0\" while none is set")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowUpRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("cycleId") UUID cycleId) {
        return ok(FollowUpRepresentation.of(cycleId, followUps.ofCycle(cycleId)));
    }

    @PUT
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Set or move the cycle's follow-up point (ADES; If-Match required, \"0\" while none is"
            + " set); owners are reminded four weeks before it")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FollowUpRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)))
    public Response set(@PathParam("cycleId") UUID cycleId,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FollowUpForm form) {
        return ok(FollowUpRepresentation.of(cycleId,
                followUps.setForCycle(cycleId, ETags.ifMatch(ifMatch), form.followUpOn())));
    }

    private static Response ok(FollowUpRepresentation followUp) {
        return Response.ok(followUp).tag(ETags.of(followUp.version())).build();
    }
}
