package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.Action;
import scot.quads.quad.ActionProgress;
import scot.quads.quad.work.FollowUpService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

@Path("/quads/{quadId}/actions/{actionId}/progress")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class ActionProgressResource {

    /** Progress recorded at the follow-up: the action's status now, and the evidence of its impact. */
    @Schema(example = """
            {
              "status": "done",
              "impact": "Attendance in the four schools rose from 86.1% to 88.4%; the clinics continue."
            }""")
    public record ProgressForm(
            @NotNull @Pattern(regexp = "open|in-progress|done|dropped",
                    message = "must be open, in-progress, done or dropped") String status,
            @Schema(example = "Attendance in the four schools rose from 86.1% to 88.4%; the clinics continue.")
            @NotNull @Size(max = FollowUpService.LONGEST_IMPACT) String impact) {
    }

    public record ProgressEntry(UUID id, String status, String impact, OffsetDateTime recordedAt, String recordedBy) {

        static ProgressEntry of(ActionProgress progress) {
            return new ProgressEntry(progress.id, progress.status, progress.impact, progress.recordedAt,
                    progress.recordedBy);
        }
    }

    /** The action's follow-up point (null until its owner's report is published, unless ADES set one) and progress. */
    public record ProgressRepresentation(UUID actionId, LocalDate followUpOn, List<ProgressEntry> entries) {
    }

    private final FollowUpService followUps;

    public ActionProgressResource(FollowUpService followUps) {
        this.followUps = followUps;
    }

    @GET
    @Operation(summary = "The action's follow-up point and the progress recorded on it, oldest first")
    public ProgressRepresentation list(@PathParam("quadId") UUID quadId, @PathParam("actionId") UUID actionId) {
        List<ActionProgress> entries = followUps.progress(quadId, actionId);
        Action action = Action.findById(actionId);
        return new ProgressRepresentation(actionId, followUps.pointFor(action),
                entries.stream().map(ProgressEntry::of).toList());
    }

    @POST
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Record the action's progress at its follow-up: its status and the evidence of impact (the"
            + " owner's editors and ADES; If-Match: the action's version)")
    @APIResponse(responseCode = "201", description = "Recorded; the ETag is the action's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ProgressEntry.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)))
    public Response record(@PathParam("quadId") UUID quadId, @PathParam("actionId") UUID actionId,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ProgressForm form) {
        FollowUpService.Recorded recorded = followUps.record(quadId, actionId, ETags.ifMatch(ifMatch), form.status(),
                form.impact());
        return Response.status(201).entity(ProgressEntry.of(recorded.progress()))
                .tag(ETags.of(recorded.action().version)).build();
    }
}
