package scot.quads.rubric.evidence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.Attachments;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

/**
 * A council's evidence pack for a cycle: files (uploaded as multipart/form-data, their type detected from their
 * bytes) and https links, each with what it supports. The council's editors add, change and remove items while
 * the self-evaluation is open; its users and ADES read the pack; its quad partners read it under the answers' reveal
 * rule. Files are downloaded as attachments and never rendered by the browser.
 */
@Path("/cycles/{cycleId}/evaluations/{councilCode}/evidence")
public class EvidenceResource {

    private final EvidenceService evidence;
    private final Caller caller;

    public EvidenceResource(EvidenceService evidence, Caller caller) {
        this.evidence = evidence;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
    @Operation(summary = "The council's evidence pack in the cycle",
            description = "The council's users and ADES see every item; users of a quad partner see the items once "
                    + "the cycle's reveal rule shows the council's answers (before that shown=false, no items, and "
                    + "an explanation); anyone else gets 403.")
    public EvidenceRepresentation.Pack pack(@PathParam("cycleId") UUID cycleId,
            @PathParam("councilCode") String councilCode) {
        return EvidenceRepresentation.Pack.of(evidence.pack(cycleId, councilCode, caller.isAdes(),
                caller.council().orElse(null)));
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Add a file to the evidence pack (the council's editors)",
            description = "multipart/form-data: file (required), title (required, at most 200 characters), "
                    + "description (at most 2,000), date (YYYY-MM-DD), and any number of questions, indicators, "
                    + "swotItems (ids of the statement's SWOT items) and keyQuestions (numbers of the focus's key "
                    + "questions, from 1). The type is detected from the file's bytes: PDF, DOCX, XLSX, PPTX, PNG, "
                    + "JPEG, CSV or plain text, else 422. A file over 20 MB is 413; one that would take the "
                    + "council's files in the cycle over 500 MB is 422 naming the quota and what is used; a "
                    + "malformed body is 400. A refused upload stores nothing.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION,
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)) })
    public Response upload(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @RestForm("file") FileUpload file, @RestForm("title") String title,
            @RestForm("description") String description, @RestForm("date") String date,
            @RestForm("questions") List<String> questions, @RestForm("indicators") List<String> indicators,
            @RestForm("swotItems") List<String> swotItems, @RestForm("keyQuestions") List<String> keyQuestions,
            @Context UriInfo uri) {
        caller.requireEditorOf(councilCode);
        List<FieldError> errors = new ArrayList<>();
        if (file == null || file.uploadedFile() == null) {
            errors.add(new FieldError("file", "is missing: send the file as a part named file, with a file name"));
        }
        if (title == null || title.isBlank()) {
            errors.add(new FieldError("title", "is missing: give the evidence a title"));
        } else if (title.strip().length() > 200) {
            errors.add(new FieldError("title", "must be at most 200 characters"));
        }
        if (description != null && description.strip().length() > 2000) {
            errors.add(new FieldError("description", "must be at most 2000 characters"));
        }
        LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("date", "must be a date such as 2026-03-31"));
            }
        }
        List<Integer> numbers = new ArrayList<>();
        List<String> keys = keyQuestions == null ? List.of() : keyQuestions;
        for (int i = 0; i < keys.size(); i++) {
            try {
                numbers.add(Integer.valueOf(keys.get(i).strip()));
            } catch (NumberFormatException e) {
                errors.add(new FieldError("keyQuestions[" + i + "]", "must be a key question's number, from 1"));
            }
        }
        tooMany(errors, "questions", questions, 60);
        tooMany(errors, "indicators", indicators, 20);
        tooMany(errors, "swotItems", swotItems, 40);
        tooMany(errors, "keyQuestions", keyQuestions, 6);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid request", "Some fields are not valid", errors, null);
        }
        EvidenceService.ItemView view = evidence.addFile(cycleId, councilCode,
                new EvidenceService.Upload(file.uploadedFile(), file.fileName(), file.size()),
                new EvidenceService.Details(title, description, day),
                new EvidenceService.Supports(nonBlank(questions), nonBlank(indicators), nonBlank(swotItems), numbers),
                caller.username());
        return created(view, uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Add an https link to the evidence pack (the council's editors)",
            description = "A link whose address is not https (or not an address) is 422 naming url.")
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION,
                            schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)) })
    public Response link(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @Valid @NotNull EvidenceRequest request, @Context UriInfo uri) {
        caller.requireEditorOf(councilCode);
        return created(evidence.addLink(cycleId, councilCode, request.url(), request.details(), request.supports(),
                caller.username()), uri);
    }

    @GET
    @Path("/{itemId}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
    @Operation(summary = "One item of the pack", description = "Seen by whoever sees the pack; 404 to a partner "
            + "before the reveal.")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)))
    public Response item(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @PathParam("itemId") UUID itemId) {
        EvidenceItem item = evidence.item(cycleId, councilCode, itemId, caller.isAdes(),
                caller.council().orElse(null)).item();
        return Response.ok(EvidenceRepresentation.of(item)).tag(ETags.of(item.version)).build();
    }

    @GET
    @Path("/{itemId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
    @Operation(summary = "Download a file of the pack, as an attachment",
            description = "Streamed from the database a piece at a time, with the type detected on upload, "
                    + "X-Content-Type-Options: nosniff and a Content-Disposition naming the file. A link has no "
                    + "content (404).")
    @APIResponse(responseCode = "200", description = "The file's bytes, as the type detected on upload (one of those "
            + "the pack takes)", content = {
                    @Content(mediaType = EvidenceTypes.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = EvidenceTypes.DOCX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = EvidenceTypes.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = EvidenceTypes.PPTX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = EvidenceTypes.CSV,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = EvidenceTypes.TEXT,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = EvidenceTypes.PNG,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = EvidenceTypes.JPEG,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")) },
            headers = @Header(name = "Content-Disposition", description = ETags.DISPOSITION,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response content(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @PathParam("itemId") UUID itemId) {
        EvidenceItem item = evidence.item(cycleId, councilCode, itemId, caller.isAdes(),
                caller.council().orElse(null)).item();
        if (!item.isFile()) {
            throw new ProblemException(404, "Not found", "\"" + item.title + "\" is a link, with no file to download:"
                    + " follow its address", null, null);
        }
        UUID id = item.id;
        int pieces = item.chunks;
        StreamingOutput body = out -> {
            for (int seq = 0; seq < pieces; seq++) {
                byte[] piece = evidence.piece(id, seq);
                if (piece == null) {
                    throw new IOException("Evidence item " + id + " was removed while it was downloaded");
                }
                out.write(piece);
            }
        };
        return Response.ok(body, item.mediaType)
                .header("Content-Disposition", Attachments.contentDisposition(item.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store")
                .header(HttpHeaders.CONTENT_LENGTH, item.sizeBytes)
                .build();
    }

    @PUT
    @Path("/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Change an item's title, description, date, address (links) and what it supports",
            description = "If-Match (required) carries the item's ETag. An item that was in a submitted pack no "
                    + "longer changes (409).")
    @APIResponse(responseCode = "200", description = "Saved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvidenceRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER, schema = @Schema(type = SchemaType.STRING)))
    public Response change(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @PathParam("itemId") UUID itemId,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull EvidenceRequest request) {
        caller.requireEditorOf(councilCode);
        EvidenceItem item = evidence.change(cycleId, councilCode, itemId, ETags.ifMatch(ifMatch), request.url(),
                request.details(), request.supports(), caller.username()).item();
        return Response.ok(EvidenceRepresentation.of(item)).tag(ETags.of(item.version)).build();
    }

    @DELETE
    @Path("/{itemId}")
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Remove an item and its file (the council's editors)",
            description = "Only while the self-evaluation is open, and only an item not yet in a submitted pack "
                    + "(partners may have seen those): 409 otherwise. Audited.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @PathParam("itemId") UUID itemId) {
        caller.requireEditorOf(councilCode);
        evidence.remove(cycleId, councilCode, itemId, caller.username());
        return Response.noContent().build();
    }

    /**
     * A body the multipart parser could not read to its end (a missing closing boundary, a cut-off part) is the
     * client's mistake: 400, with nothing stored.
     */
    @ServerExceptionMapper
    public Response malformed(IOException e, UriInfo uri) {
        Problem problem = new Problem(null, "Malformed request body", 400, "The body is not a complete "
                + "multipart/form-data form: " + e.getMessage(), "/" + uri.getPath().replaceFirst("^/", ""),
                List.of(new FieldError("file", "could not be read from the form")), null);
        return Response.status(400).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static Response created(EvidenceService.ItemView view, UriInfo uri) {
        EvidenceItem item = view.item();
        return Response.created(uri.getAbsolutePathBuilder().path(item.id.toString()).build())
                .entity(EvidenceRepresentation.of(item)).tag(ETags.of(item.version)).build();
    }

    private static void tooMany(List<FieldError> errors, String field, List<String> values, int max) {
        if (values != null && values.size() > max) {
            errors.add(new FieldError(field, "must hold at most " + max));
        }
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
