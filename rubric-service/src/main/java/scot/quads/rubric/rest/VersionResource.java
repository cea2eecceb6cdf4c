package scot.quads.rubric.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.service.FrameworkService;
import scot.quads.rubric.service.VersionDiff;
import scot.quads.rubric.service.VersionEditing;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

@Path("/versions")
@Authenticated
public class VersionResource {

    private final FrameworkService frameworks;
    private final VersionEditing editing;
    private final Caller caller;

    public VersionResource(FrameworkService frameworks, VersionEditing editing, Caller caller) {
        this.frameworks = frameworks;
        this.editing = editing;
        this.caller = caller;
    }

    @GET
    @Path("/{versionId}")
    @Operation(summary = "A rubric version with its scale, themes, indicators and questions in order")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("versionId") UUID versionId) {
        return respond(frameworks.content(versionId));
    }

    @GET
    @Path("/{versionId}/export")
    @Operation(summary = "A version as a file: format=json (the import's canonical form) or xlsx (to edit in Excel)",
            description = "Either imports again as a new draft through POST /frameworks/import.")
    @APIResponse(responseCode = "200", description = "The file, as the format asks", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = FrameworkImport.class)),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")) },
            headers = @Header(name = "Content-Disposition", description = ETags.DISPOSITION,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response export(@PathParam("versionId") UUID versionId,
            @QueryParam("format") @DefaultValue("json") String format) {
        if (!"json".equals(format) && !"xlsx".equals(format)) {
            throw ProblemException.badRequest("A version exports as format=json or format=xlsx",
                    new FieldError("format", "must be json or xlsx"));
        }
        RubricContent content = frameworks.content(versionId);
        String name = (content.framework().code + "-v" + content.version().number)
                .replaceAll("[^A-Za-z0-9._-]", "_") + "." + format;
        Response.ResponseBuilder response = "xlsx".equals(format)
                ? Response.ok(RubricWorkbook.write(content)).type(RubricWorkbook.MEDIA_TYPE)
                : Response.ok(FrameworkImport.of(content)).type(MediaType.APPLICATION_JSON);
        return response.header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @POST
    @Path("/{versionId}/publish")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Publish a draft version; it never changes afterwards (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response publish(@PathParam("versionId") UUID versionId,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(frameworks.publish(versionId, ETags.ifMatch(ifMatch), caller.username()));
    }

    @POST
    @Path("/{versionId}/new-version")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Start the framework's next draft as a copy of a published version (ADES)",
            description = "Every quality indicator and every question of the draft records lineage \"same\" to the"
                    + " one it was copied from.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION,
                                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER,
                                    schema = @Schema(type = SchemaType.STRING)) })
    public Response newVersion(@PathParam("versionId") UUID versionId, @Valid @NotNull NewVersionRequest request,
            @Context UriInfo uri) {
        RubricContent content = editing.newVersion(versionId, request.label(), caller.username());
        return Response.created(uri.getBaseUriBuilder().path(VersionResource.class)
                        .path(content.version().id.toString()).build())
                .entity(VersionRepresentation.of(content))
                .tag(ETags.of(content.version().version))
                .build();
    }

    @POST
    @Path("/{versionId}/retire")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Retire a published version: no new cycle can use it (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response retire(@PathParam("versionId") UUID versionId) {
        return respond(editing.retire(versionId, caller.username()));
    }

    @POST
    @Path("/{versionId}/indicators/{indicatorCode}/questions")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Add a question at the end of an indicator of a draft, with its lineage (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response addQuestion(@PathParam("versionId") UUID versionId,
            @PathParam("indicatorCode") String indicatorCode, @Valid @NotNull QuestionRequest request) {
        return respond(editing.addQuestion(versionId, indicatorCode, request.toContent(), caller.username()));
    }

    @PATCH
    @Path("/{versionId}/questions/{code}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Change a draft's question or its lineage (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response updateQuestion(@PathParam("versionId") UUID versionId, @PathParam("code") String code,
            @Valid @NotNull QuestionChangeRequest request) {
        return respond(editing.updateQuestion(versionId, code, request.toContent(), caller.username()));
    }

    @PUT
    @Path("/{versionId}/indicators/{indicatorCode}/question-order")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Reorder the questions of a draft's indicator (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response reorderQuestions(@PathParam("versionId") UUID versionId,
            @PathParam("indicatorCode") String indicatorCode, @Valid @NotNull OrderRequest request) {
        return respond(editing.reorderQuestions(versionId, indicatorCode, request.codes(), caller.username()));
    }

    @DELETE
    @Path("/{versionId}/questions/{code}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Remove a question from a draft (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response deleteQuestion(@PathParam("versionId") UUID versionId, @PathParam("code") String code) {
        return respond(editing.deleteQuestion(versionId, code, caller.username()));
    }

    @POST
    @Path("/{versionId}/themes")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Add a theme at the end of a draft (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response addTheme(@PathParam("versionId") UUID versionId, @Valid @NotNull HeadingRequest request) {
        return respond(editing.addTheme(versionId, request.toContent(), caller.username()));
    }

    @PATCH
    @Path("/{versionId}/themes/{code}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Change a draft's theme code, title or guidance (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response updateTheme(@PathParam("versionId") UUID versionId, @PathParam("code") String code,
            @Valid @NotNull HeadingChangeRequest request) {
        return respond(editing.updateTheme(versionId, code, request.toContent(), caller.username()));
    }

    @DELETE
    @Path("/{versionId}/themes/{code}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Remove a theme from a draft, with its indicators and their questions (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response deleteTheme(@PathParam("versionId") UUID versionId, @PathParam("code") String code) {
        return respond(editing.deleteTheme(versionId, code, caller.username()));
    }

    @PUT
    @Path("/{versionId}/theme-order")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Reorder a draft's themes (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response reorderThemes(@PathParam("versionId") UUID versionId, @Valid @NotNull OrderRequest request) {
        return respond(editing.reorderThemes(versionId, request.codes(), caller.username()));
    }

    @POST
    @Path("/{versionId}/themes/{themeCode}/indicators")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Add a quality indicator at the end of a draft's theme, with its lineage (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response addIndicator(@PathParam("versionId") UUID versionId, @PathParam("themeCode") String themeCode,
            @Valid @NotNull IndicatorRequest request) {
        return respond(editing.addIndicator(versionId, themeCode, request.toContent(), caller.username()));
    }

    @PATCH
    @Path("/{versionId}/indicators/{code}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Change a draft's quality indicator code, title, guidance or lineage (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response updateIndicator(@PathParam("versionId") UUID versionId, @PathParam("code") String code,
            @Valid @NotNull IndicatorChangeRequest request) {
        return respond(editing.updateIndicator(versionId, code, request.toContent(), caller.username()));
    }

    @DELETE
    @Path("/{versionId}/indicators/{code}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Remove a quality indicator from a draft, with its questions (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response deleteIndicator(@PathParam("versionId") UUID versionId, @PathParam("code") String code) {
        return respond(editing.deleteIndicator(versionId, code, caller.username()));
    }

    @PUT
    @Path("/{versionId}/themes/{themeCode}/indicator-order")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Reorder the quality indicators of a draft's theme (ADES)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response reorderIndicators(@PathParam("versionId") UUID versionId,
            @PathParam("themeCode") String themeCode, @Valid @NotNull OrderRequest request) {
        return respond(editing.reorderIndicators(versionId, themeCode, request.codes(), caller.username()));
    }

    @GET
    @Path("/{from}/diff/{to}")
    @Operation(summary = "Questions and quality indicators added, removed (retired) and changed from one version to"
            + " another, with lineage", description = "added, removed and changed list questions (as before"
            + " indicators had lineage); indicators lists the quality indicators' changes the same way, each with its"
            + " title where a question has its prompt.")
    public VersionDiffRepresentation diff(@PathParam("from") UUID from, @PathParam("to") UUID to) {
        RubricContent older = frameworks.content(from);
        RubricContent newer = frameworks.content(to);
        return VersionDiffRepresentation.of(older.version(), newer.version(), VersionDiff.between(
                older.questions().stream().map(RubricContent.Placed::question).toList(),
                newer.questions().stream().map(RubricContent.Placed::question).toList(),
                older.indicators(), newer.indicators()));
    }

    private static Response respond(RubricContent content) {
        return Response.ok(VersionRepresentation.of(content)).tag(ETags.of(content.version().version)).build();
    }
}
