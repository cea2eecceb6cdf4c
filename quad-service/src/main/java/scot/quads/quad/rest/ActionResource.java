package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
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
import scot.quads.quad.Action;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.work.ActionService;
import scot.quads.quad.work.IdempotencyKey;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

@Path("/quads/{quadId}/actions")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class ActionResource {

    /** The idempotency key's description in the OpenAPI. */
    private static final String KEY = "Optional. A key of the client's choosing, new for each action (a UUID, say):"
            + " the same request sent again with the same key (a retry after an answer that never arrived) is"
            + " answered 201 with the action the first one created (as it is now), and nothing is created or"
            + " announced twice. A key the same user already used in this quad for a different action is refused"
            + " (422); a retry that meets its first attempt still being written is 409, and can be sent again.";

    private final ActionService actions;
    private final Clock clock;
    private final QuadConfig config;

    public ActionResource(ActionService actions, Clock clock, QuadConfig config) {
        this.actions = actions;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @Operation(summary = "The quad's agreed actions, soonest due first (its members and ADES)")
    public List<ActionRepresentation> list(@PathParam("quadId") UUID quadId) {
        LocalDate today = today();
        return actions.ofQuad(quadId).stream().map(action -> ActionRepresentation.of(action, today)).toList();
    }

    @GET
    @Path("/{actionId}")
    @Operation(summary = "One action; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("quadId") UUID quadId, @PathParam("actionId") UUID actionId) {
        return ok(actions.get(quadId, actionId));
    }

    @POST
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Agree an action owned by a member council (editors and ADES)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION,
                                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER,
                                    schema = @Schema(type = SchemaType.STRING)) })
    public Response create(@PathParam("quadId") UUID quadId,
            @HeaderParam(IdempotencyKey.HEADER) @Parameter(in = ParameterIn.HEADER, description = KEY,
                    schema = @Schema(type = SchemaType.STRING, maxLength = IdempotencyKey.LONGEST,
                            pattern = IdempotencyKey.OPENAPI_PATTERN)) String idempotencyKey,
            @Valid @NotNull ActionForm form) {
        Action action = actions.create(quadId, form.toNew(), idempotencyKey);
        return Response.created(UriBuilder.fromPath("/quads/{quadId}/actions/{actionId}").build(quadId, action.id))
                .entity(ActionRepresentation.of(action, today())).tag(ETags.of(action.version)).build();
    }

    @PATCH
    @Path("/{actionId}")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Change an action's status, owner, description, questions, due date or improvement plan"
            + " fields (editors and ADES;"
            + " If-Match required)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response change(@PathParam("quadId") UUID quadId, @PathParam("actionId") UUID actionId,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ActionPatch patch) {
        return ok(actions.change(quadId, actionId, ETags.ifMatch(ifMatch), patch.toChange()));
    }

    private Response ok(Action action) {
        return Response.ok(ActionRepresentation.of(action, today())).tag(ETags.of(action.version)).build();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }
}
