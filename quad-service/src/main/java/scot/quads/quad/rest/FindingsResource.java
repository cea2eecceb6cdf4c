package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.findings.FindingsService;
import scot.quads.quad.findings.FindingsService.ReportView;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

/**
 * A member council's findings report for the quad's cycle, while it is drafted, agreed and published: its latest
 * edition (the ETag is its version), its sections, the agreements, publication and corrections, and its audit.
 */
@Path("/quads/{quadId}/findings/{code}")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class FindingsResource {

    private final FindingsService findings;

    public FindingsResource(FindingsService findings) {
        this.findings = findings;
    }

    @GET
    @Operation(summary = "The council's findings report for the cycle, its latest edition (the council's users, ADES,"
            + " and the officers and inspectors assigned to the quad once the council's answers are shown to them)")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FindingsRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("quadId") UUID quadId, @PathParam("code") String code) {
        return ok(findings.current(quadId, code));
    }

    @POST
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Start the council's findings report, pre-filled from its statement, its answers to the"
            + " questions discussed, its learning partners' strengths, the sessions held and its actions (each"
            + " pre-filled paragraph names its source); 409 once started or before the council has submitted")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FindingsRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)) })
    public Response start(@PathParam("quadId") UUID quadId, @PathParam("code") String code) {
        ReportView view = findings.start(quadId, code);
        return Response.created(UriBuilder.fromPath("/quads/{quadId}/findings/{code}")
                        .build(quadId, view.report().councilCode))
                .entity(FindingsRepresentation.of(view)).tag(ETags.of(view.report().version)).build();
    }

    @PUT
    @Path("/sections/{section}")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Replace a section's paragraphs (If-Match required); a published edition is never changed"
            + " (409: start a correction); editing an agreed edition takes it back to draft")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FindingsRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)))
    public Response editSection(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @PathParam("section") String section,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FindingsForms.SectionForm form) {
        return ok(findings.editSection(quadId, code, section, ETags.ifMatch(ifMatch), form.toEdits()));
    }

    @POST
    @Path("/agreement")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Agree the edition: an editor of the council for the council, ADES or the ADES officer"
            + " assigned to the quad for ADES (If-Match required); agreed once both have")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FindingsRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)))
    public Response agree(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(findings.agree(quadId, code, ETags.ifMatch(ifMatch)));
    }

    @POST
    @Path("/publication")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Publish the agreed edition on the public pages (ADES; If-Match required); 409 naming each"
            + " agreement still missing; publishing a correction marks the edition it corrects superseded")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FindingsRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)))
    public Response publish(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ok(findings.publish(quadId, code, ETags.ifMatch(ifMatch)));
    }

    @POST
    @Path("/corrections")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Start a correction of the published edition (If-Match: the published edition's ETag): the"
            + " next edition, a draft with the same text, which supersedes it once published; 409 while the latest"
            + " edition is not published")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FindingsRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)) })
    public Response correct(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FindingsForms.CorrectionForm form) {
        ReportView view = findings.correct(quadId, code, ETags.ifMatch(ifMatch), form.reason());
        return Response.created(UriBuilder.fromPath("/quads/{quadId}/findings/{code}")
                        .build(quadId, view.report().councilCode))
                .entity(FindingsRepresentation.of(view)).tag(ETags.of(view.report().version)).build();
    }

    @GET
    @Path("/audit")
    @Operation(summary = "Every change to the council's report, all editions, oldest first")
    public List<FindingsAuditEntry> audit(@PathParam("quadId") UUID quadId, @PathParam("code") String code) {
        return findings.audit(quadId, code).stream().map(FindingsAuditEntry::of).toList();
    }

    private static Response ok(ReportView view) {
        return Response.ok(FindingsRepresentation.of(view)).tag(ETags.of(view.report().version)).build();
    }
}
