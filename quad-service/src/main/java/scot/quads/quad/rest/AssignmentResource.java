package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.Assignment;
import scot.quads.quad.Quad;
import scot.quads.quad.assignment.AssignmentService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

/**
 * ADES's assignments of ADES officers and link inspectors to quads and councils; the assigned see their own at
 * {@code /assignments/mine}.
 */
@Path("/assignments")
@RolesAllowed(Roles.ADES_ADMIN)
public class AssignmentResource {

    private final AssignmentService assignments;

    public AssignmentResource(AssignmentService assignments) {
        this.assignments = assignments;
    }

    @GET
    @Operation(summary = "Assignments, narrowed by quad, council or person; live ones only unless includeRevoked"
            + " (ADES)")
    public List<AssignmentRepresentation> list(@QueryParam("quadId") UUID quadId,
            @QueryParam("councilCode") String councilCode, @QueryParam("username") String username,
            @QueryParam("includeRevoked") boolean includeRevoked) {
        return represent(assignments.search(quadId, blankToNull(councilCode), blankToNull(username),
                includeRevoked));
    }

    @POST
    @Operation(summary = "Assign an ADES officer or a link inspector to a quad, or a link inspector to a council"
            + " (ADES); announced as quads.assignment.granted.v1")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignmentRepresentation.class)),
            headers = @Header(name = "Location", description = ETags.LOCATION,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response assign(@Valid @NotNull AssignmentForm form) {
        Assignment assignment = assignments.assign(form.toNew());
        return Response.created(UriBuilder.fromPath("/assignments").queryParam("username", assignment.username)
                .build()).entity(represent(List.of(assignment)).get(0)).build();
    }

    @DELETE
    @Path("/{assignmentId}")
    @Operation(summary = "Revoke an assignment (ADES); it stays in the list with includeRevoked, and is announced"
            + " as quads.assignment.revoked.v1")
    @APIResponse(responseCode = "200", description = "The assignment, now revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssignmentRepresentation.class)))
    public AssignmentRepresentation revoke(@PathParam("assignmentId") UUID assignmentId) {
        return represent(List.of(assignments.revoke(assignmentId))).get(0);
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Every assignment and revocation, oldest first, of one quad or of all (ADES)")
    public List<AssignmentAuditEntry> audit(@QueryParam("quadId") UUID quadId) {
        return assignments.audit(quadId).stream().map(AssignmentAuditEntry::of).toList();
    }

    @GET
    @Path("/mine")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
            Roles.AUTHORITY_VIEWER })
    @Operation(summary = "The caller's own live assignments (ADES officers and link inspectors; empty for anyone"
            + " else)")
    public List<AssignmentRepresentation> mine() {
        return represent(assignments.mine());
    }

    private static List<AssignmentRepresentation> represent(List<Assignment> found) {
        Map<UUID, Quad> quads = new HashMap<>();
        found.stream().map(a -> a.quadId).filter(Objects::nonNull).distinct()
                .forEach(id -> Quad.<Quad>findByIdOptional(id).ifPresent(quad -> quads.put(id, quad)));
        return found.stream().map(a -> AssignmentRepresentation.of(a, quads)).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
