package scot.quads.quad.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.export.FindingsDocx;
import scot.quads.quad.export.FindingsPdf;
import scot.quads.quad.findings.FindingsReport;
import scot.quads.quad.findings.FindingsService;
import scot.quads.support.rest.Attachments;

/**
 * Published findings reports, for anyone, with no sign-in: the only part of quad-service that is public. Answers
 * are cacheable (a published edition changes only when a correction supersedes it, which moves its ETag on).
 */
@Path("/public/findings")
@PermitAll
public class PublicFindingsResource {

    /** Any cache may keep a public answer, for five minutes before asking again. */
    static final String CACHE = "public, max-age=300";

    private final FindingsService findings;
    private final QuadConfig config;

    public PublicFindingsResource(FindingsService findings, QuadConfig config) {
        this.findings = findings;
        this.config = config;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Published findings reports (superseded editions too), newest first, by council (GSS code)"
            + " and calendar year of publication; no sign-in")
    @APIResponse(responseCode = "200", description = "The published editions, newest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY,
                            implementation = PublicFindingsRepresentation.Summary.class)))
    public Response list(@QueryParam("council") String council,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        List<PublicFindingsRepresentation.Summary> reports = findings.published(council, year).stream()
                .map(PublicFindingsRepresentation.Summary::of).toList();
        return Response.ok(reports).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
    }

    @GET
    @Path("/{reportId}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One published edition's text; 404 for one that is not published; no sign-in")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicFindingsRepresentation.class)),
            headers = @Header(name = "ETag", description = "The edition's version", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    public Response get(@PathParam("reportId") UUID reportId, @Context Request request) {
        FindingsReport report = findings.publishedReport(reportId);
        return cacheable(request, "p", report, () -> Response.ok(PublicFindingsRepresentation.of(report)));
    }

    @GET
    @Path("/{reportId}/docx")
    @Produces(FindingsDocx.MEDIA_TYPE)
    @Operation(summary = "One published edition as a Word document (DOCX) for committee papers, with the same"
            + " headings and text; no sign-in")
    @APIResponse(responseCode = "200", description = "The Word document",
            content = @Content(mediaType = FindingsDocx.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response docx(@PathParam("reportId") UUID reportId, @Context Request request) {
        FindingsReport report = findings.publishedReport(reportId);
        return cacheable(request, "docx", report, () -> Response.ok(FindingsDocx.of(report, config.timeZone()),
                FindingsDocx.MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION,
                        Attachments.contentDisposition(FindingsDocx.fileName(report))));
    }

    @GET
    @Path("/{reportId}/pdf")
    @Produces(FindingsPdf.MEDIA_TYPE)
    @Operation(summary = "One published edition as a PDF, with the same headings and text; no sign-in")
    @APIResponse(responseCode = "200", description = "The PDF",
            content = @Content(mediaType = FindingsPdf.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response pdf(@PathParam("reportId") UUID reportId, @Context Request request) {
        FindingsReport report = findings.publishedReport(reportId);
        return cacheable(request, "pdf", report, () -> Response.ok(FindingsPdf.of(report, config.timeZone()),
                FindingsPdf.MEDIA_TYPE).header(HttpHeaders.CONTENT_DISPOSITION,
                        Attachments.contentDisposition(FindingsPdf.fileName(report)).replaceFirst("^attachment",
                                "inline")));
    }

    /**
     * A published edition in one form ({@code kind}: its ETag's prefix, so that the forms' tags differ): 304 when
     * the caller holds the current one (If-None-Match), else the answer {@code fresh} builds, only then; either
     * way with the ETag and the public cache's lifetime.
     */
    private static Response cacheable(Request request, String kind, FindingsReport report,
            Supplier<Response.ResponseBuilder> fresh) {
        EntityTag tag = new EntityTag(kind + report.version);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder answer = unchanged != null ? unchanged : fresh.get();
        return answer.tag(tag).header(HttpHeaders.CACHE_CONTROL, CACHE).build();
    }
}
