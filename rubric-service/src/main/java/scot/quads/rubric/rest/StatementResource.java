package scot.quads.rubric.rest;

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
import java.util.Map;
import java.util.UUID;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import scot.quads.rubric.service.StaleStatementException;
import scot.quads.rubric.service.StatementService;
import scot.quads.rubric.service.StatementService.StatementView;
import scot.quads.support.problem.Problem;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

/**
 * A council's self-evaluative statement in a cycle (its context, a prioritised SWOT and a summary): part of its
 * self-evaluation, so its own users read it, its editors write it, ADES reads every one.
 */
@Path("/cycles/{cycleId}/evaluations/{councilCode}/statement")
public class StatementResource {

    private final StatementService statements;
    private final Caller caller;

    public StatementResource(StatementService statements, Caller caller) {
        this.statements = statements;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
    @Operation(summary = "The council's self-evaluative statement (empty, version 0, until first saved)")
    @APIResponse(responseCode = "200", description = "The statement as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode) {
        caller.requireAccessTo(councilCode);
        return respond(statements.view(cycleId, councilCode));
    }

    @PUT
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Save the whole self-evaluative statement (the council's editors)",
            description = "If-Match carries the statement's version: \"0\" for one never written. Locked once the "
                    + "self-evaluation is submitted; editable again when it is returned or recalled. Saving a "
                    + "carried-forward statement accepts it for this cycle. When the cycle has statementRequired, "
                    + "submission needs a context, at least one SWOT item and a summary.")
    @APIResponse(responseCode = "200", description = "The statement as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StatementRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response save(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull StatementRequest statement) {
        caller.requireEditorOf(councilCode);
        return respond(statements.save(cycleId, councilCode, ETags.ifMatch(ifMatch), statement.toContent(),
                caller.username()));
    }

    /** 412 with the statement as it now stands, so that nobody overwrites a colleague's statement unseen. */
    @ServerExceptionMapper
    public Response stale(StaleStatementException e, UriInfo uri) {
        Problem problem = new Problem(null, "Precondition failed", 412, e.getMessage(),
                "/" + uri.getPath().replaceFirst("^/", ""), null, e.current() == null ? null
                        : Map.<String, Object>of("current", StatementRepresentation.current(e.current())));
        Response.ResponseBuilder response = Response.status(412).type(Problem.MEDIA_TYPE).entity(problem);
        return (e.current() == null ? response : response.tag(ETags.of(e.current().version))).build();
    }

    private static Response respond(StatementView view) {
        return Response.ok(StatementRepresentation.of(view)).tag(ETags.of(view.version())).build();
    }
}
