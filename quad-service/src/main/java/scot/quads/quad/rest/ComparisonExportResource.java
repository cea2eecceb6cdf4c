package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.export.ComparisonExportService.Export;
import scot.quads.quad.export.ComparisonExportService.Format;
import scot.quads.quad.export.ComparisonExportService;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.Attachments;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

@Path("/quads/{quadId}/comparison/export")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class ComparisonExportResource {

    private final ComparisonExportService exports;

    public ComparisonExportResource(ComparisonExportService exports) {
        this.exports = exports;
    }

    @GET
    @Operation(summary = "The comparison as a PDF report (format=pdf, the default) or a spreadsheet (format=xlsx);"
            + " 409 before anything is revealed to the caller", description = "Both name the quad, the cycle and the "
            + "members by name, say when they were generated, and carry DRAFT while a member has not submitted. The "
            + "file is offered as \"<quad> – quad comparison <cycle>.<format>\".")
    @APIResponse(responseCode = "200", description = "The file, as the format asks", content = {
            @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")) },
            headers = @Header(name = "Content-Disposition", description = ETags.DISPOSITION,
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "409", description = "Nothing to export yet: nothing of the comparison is revealed"
            + " to the caller (detail says why)")
    public Response export(@PathParam("quadId") UUID quadId, @QueryParam("format") String format) {
        Export export = exports.export(quadId, format(format));
        return Response.ok(export.content(), export.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(export.fileName()))
                .build();
    }

    private static Format format(String value) {
        if (value == null || value.isBlank()) {
            return Format.PDF;
        }
        try {
            return Format.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("format must be pdf or xlsx",
                    new Problem.FieldError("format", "must be pdf or xlsx"));
        }
    }
}
