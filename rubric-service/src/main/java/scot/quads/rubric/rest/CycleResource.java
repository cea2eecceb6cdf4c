package scot.quads.rubric.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.service.CycleService;
import scot.quads.rubric.service.ProgressService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

@Path("/cycles")
@Authenticated
public class CycleResource {

    private final CycleService cycles;
    private final ProgressService progress;
    private final Caller caller;

    public CycleResource(CycleService cycles, ProgressService progress, Caller caller) {
        this.cycles = cycles;
        this.progress = progress;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every cycle, newest first")
    public List<CycleRepresentation> list() {
        return cycles.all().stream().map(CycleRepresentation::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One cycle: its rubric version, dates and reveal rule")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CycleRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("id") UUID id) {
        Cycle cycle = cycles.get(id);
        return Response.ok(CycleRepresentation.of(cycle)).tag(ETags.of(cycle.version)).build();
    }

    @POST
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Open a cycle on a published rubric version (ADES)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CycleRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION,
                                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER,
                                    schema = @Schema(type = SchemaType.STRING)) })
    public Response open(@Valid @NotNull CycleRequest request, @Context UriInfo uri) {
        Cycle cycle = cycles.open(request.toNewCycle(), caller.username());
        return Response.created(uri.getAbsolutePathBuilder().path(cycle.id.toString()).build())
                .entity(CycleRepresentation.of(cycle))
                .tag(ETags.of(cycle.version))
                .build();
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Change a cycle's dates, reveal rule or reminder days (ADES)",
            description = "Parts left out stay as they are. If-Match (required) carries the cycle's ETag.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CycleRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response change(@PathParam("id") UUID id,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CycleChangeRequest request) {
        return respond(cycles.change(id, request.toChange(), ETags.ifMatch(ifMatch), caller.username()));
    }

    @POST
    @Path("/{id}/state")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Move a cycle to open, in-review or closed, with a reason (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CycleRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response moveTo(@PathParam("id") UUID id,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CycleStateRequest request) {
        return respond(cycles.moveTo(id, request.toState(), request.reason(), ETags.ifMatch(ifMatch),
                caller.username()));
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Every active council's self-evaluation in the cycle: state, % answered, last edited (ADES)")
    public List<ProgressRepresentation> progress(@PathParam("id") UUID id) {
        return progress.of(id).stream().map(ProgressRepresentation::of).toList();
    }

    private static Response respond(Cycle cycle) {
        return Response.ok(CycleRepresentation.of(cycle)).tag(ETags.of(cycle.version)).build();
    }
}
