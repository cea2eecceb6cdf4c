package scot.quads.rubric.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.service.FrameworkService;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

@Path("/frameworks")
@Authenticated
public class FrameworkResource {

    private final FrameworkService frameworks;
    private final Caller caller;
    private final Validator validator;

    public FrameworkResource(FrameworkService frameworks, Caller caller, Validator validator) {
        this.frameworks = frameworks;
        this.caller = caller;
        this.validator = validator;
    }

    @GET
    @Operation(summary = "Every rubric framework with its versions")
    public List<FrameworkRepresentation> list() {
        return frameworks.all().stream().map(FrameworkRepresentation::of).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One framework with its versions")
    public FrameworkRepresentation get(@PathParam("id") UUID id) {
        return FrameworkRepresentation.of(frameworks.get(id));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Import a whole rubric as a new draft version (ADES)",
            description = "Creates the framework if its code is new, else adds its next version. Nothing is "
                    + "written unless every part is valid; each problem is named by its JSON path: 400 for a field"
                    + " that is missing, too long or malformed, 422 for a grading grain and question kinds that do"
                    + " not fit together.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION,
                                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER,
                                    schema = @Schema(type = SchemaType.STRING)) })
    public Response importVersion(@Valid @NotNull FrameworkImport rubric, @Context UriInfo uri) {
        List<FieldError> mix = GrainRules.problems(rubric);
        if (!mix.isEmpty()) {
            throw ProblemException.unprocessable("The grading grain and the questions' kinds do not fit together in "
                    + mix.size() + (mix.size() == 1 ? " place" : " places") + "; nothing was imported", mix);
        }
        return created(frameworks.importVersion(rubric.toDefinition(), caller.username()), uri);
    }

    @POST
    @Path("/import")
    @Consumes(RubricWorkbook.MEDIA_TYPE)
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Import a whole rubric from an XLSX workbook as a new draft version (ADES)",
            description = "The layout GET /versions/{id}/export?format=xlsx writes: sheets Rubric, Scale and "
                    + "Questions. Nothing is written unless every cell is valid; each problem names its cell, "
                    + "such as Questions!J12.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = VersionRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION,
                                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER,
                                    schema = @Schema(type = SchemaType.STRING)) })
    public Response importWorkbook(byte[] workbook, @Context UriInfo uri) {
        if (workbook == null || workbook.length == 0) {
            throw ProblemException.badRequest("The body is empty",
                    new FieldError("body", "must be an .xlsx workbook"));
        }
        FrameworkImport rubric = RubricWorkbook.read(workbook, validator);
        return created(frameworks.importVersion(rubric.toDefinition(), caller.username()), uri);
    }

    private static Response created(RubricContent content, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path(VersionResource.class)
                        .path(content.version().id.toString()).build())
                .entity(VersionRepresentation.of(content))
                .tag(ETags.of(content.version().version))
                .build();
    }
}
