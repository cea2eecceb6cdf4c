package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.Comment;
import scot.quads.quad.work.CommentService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

@Path("/quads/{quadId}/comments")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class CommentResource {

    /** The idempotency key's description in the OpenAPI. */
    private static final String KEY = "Optional. A key of the client's choosing, new for each comment (a UUID, say):"
            + " the same request sent again with the same key (a retry after an answer that never arrived) is"
            + " answered 201 with the comment the first one posted, and nothing is posted or announced twice."
            + " A key the same author already used in this quad for something else is refused (422); a retry that"
            + " meets its first attempt still being written is 409, and can be sent again.";
    /** The key's characters as an OpenAPI pattern (visible ASCII). */
    private static final String KEY_PATTERN = "^[!-~]{1,200}$";

    private final CommentService comments;

    public CommentResource(CommentService comments) {
        this.comments = comments;
    }

    @GET
    @Operation(summary = "The quad's comment threads the caller may read, oldest first (its members, ADES and those"
            + " assigned to it); with open=true only the challenges the council asked has not answered yet")
    public List<CommentRepresentation> list(@PathParam("quadId") UUID quadId,
            @QueryParam("questionCode") String questionCode, @QueryParam("aboutCouncil") String aboutCouncil,
            @Parameter(description = "true: only the open challenges (no user of the council asked has replied)")
            @QueryParam("open") boolean open) {
        String council = aboutCouncil == null || aboutCouncil.isBlank() ? null : aboutCouncil.trim().toUpperCase();
        return (open ? comments.openChallenges(quadId, blankToNull(questionCode), council)
                : comments.threads(quadId, blankToNull(questionCode), council))
                .stream().map(CommentRepresentation::of).toList();
    }

    @POST
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Challenge or question a partner's answer, once it is shown to you (editors, ADES, and the"
            + " ADES officers and link inspectors assigned to the quad); a challenge asks the council for a response"
            + " before the quad's session and stays open until one of its users replies")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommentRepresentation.class)),
            headers = @Header(name = "Location", description = ETags.LOCATION,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response comment(@PathParam("quadId") UUID quadId,
            @HeaderParam(CommentService.KEY_HEADER) @Parameter(in = ParameterIn.HEADER, description = KEY,
                    schema = @Schema(type = SchemaType.STRING, maxLength = CommentService.LONGEST_KEY,
                            pattern = KEY_PATTERN)) String idempotencyKey,
            @Valid @NotNull CommentForm form) {
        return created(quadId, comments.comment(quadId, form.toNew(), idempotencyKey));
    }

    @POST
    @Path("/{commentId}/replies")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Reply in a comment's thread (editors, ADES, and the assigned officers and inspectors)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CommentRepresentation.class)),
            headers = @Header(name = "Location", description = ETags.LOCATION,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response reply(@PathParam("quadId") UUID quadId, @PathParam("commentId") UUID commentId,
            @HeaderParam(CommentService.KEY_HEADER) @Parameter(in = ParameterIn.HEADER, description = KEY,
                    schema = @Schema(type = SchemaType.STRING, maxLength = CommentService.LONGEST_KEY,
                            pattern = KEY_PATTERN)) String idempotencyKey,
            @Valid @NotNull ReplyForm form) {
        return created(quadId, comments.reply(quadId, commentId, form.text(), idempotencyKey));
    }

    private static Response created(UUID quadId, Comment comment) {
        URI location = UriBuilder.fromPath("/quads/{quadId}/comments")
                .queryParam("questionCode", comment.questionCode)
                .queryParam("aboutCouncil", comment.aboutCouncil).build(quadId);
        return Response.created(location).entity(CommentRepresentation.of(comment)).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
