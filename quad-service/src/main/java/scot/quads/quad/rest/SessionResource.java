package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.Action;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.work.SessionService.ItemView;
import scot.quads.quad.work.SessionService.SessionView;
import scot.quads.quad.work.SessionService;
import scot.quads.quad.work.SessionPackService;
import scot.quads.quad.export.SessionPack;
import scot.quads.quad.export.SessionPackDocx;
import scot.quads.quad.export.SessionPackPdf;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.Attachments;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

@Path("/quads/{quadId}/sessions")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class SessionResource {

    private final SessionService sessions;
    private final SessionPackService packs;
    private final Clock clock;
    private final QuadConfig config;

    public SessionResource(SessionService sessions, SessionPackService packs, Clock clock, QuadConfig config) {
        this.sessions = sessions;
        this.packs = packs;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @Operation(summary = "The quad's sessions in date order; the next one lists the actions to follow up")
    public List<SessionRepresentation> list(@PathParam("quadId") UUID quadId) {
        LocalDate today = today();
        return sessions.ofQuad(quadId).stream().map(view -> SessionRepresentation.of(view, today)).toList();
    }

    @GET
    @Path("/{sessionId}")
    @Operation(summary = "One session; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId) {
        return ok(sessions.get(quadId, sessionId));
    }

    @POST
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Schedule a session: its purpose, hosts, invited roles and agenda (question codes, or items:"
            + " rubric items, key questions, topics); without an agenda, the questions where answers diverge most"
            + " (editors, ADES and the ADES officers assigned to the quad)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION,
                                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER,
                                    schema = @Schema(type = SchemaType.STRING)) })
    public Response schedule(@PathParam("quadId") UUID quadId, @Valid @NotNull SessionForm form) {
        SessionView view = sessions.schedule(quadId, form.toNew());
        return Response.created(UriBuilder.fromPath("/quads/{quadId}/sessions/{sessionId}")
                        .build(quadId, view.session().id))
                .entity(SessionRepresentation.of(view, today())).tag(ETags.of(view.session().version)).build();
    }

    @PATCH
    @Path("/{sessionId}")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Move a session, change its purpose, hosts, invited roles, agenda or location, or write its"
            + " notes and attendance once it has started; items still on a new agenda keep their outcomes (editors,"
            + " ADES and the assigned ADES officers; If-Match required)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response change(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SessionPatch patch) {
        return ok(sessions.change(quadId, sessionId, ETags.ifMatch(ifMatch), patch.toChange()));
    }

    @PUT
    @Path("/{sessionId}/items/{itemId}/outcome")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Record an agenda item's outcome, once the session has started: the strengths and areas for"
            + " improvement agreed (editors, ADES and the assigned ADES officers; If-Match: the item's version)")
    @APIResponse(responseCode = "200", description = "The item with its outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SessionRepresentation.AgendaItem.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response outcome(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @PathParam("itemId") UUID itemId,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull OutcomeForm form) {
        ItemView item = sessions.recordOutcome(quadId, sessionId, itemId, ETags.ifMatch(ifMatch), form.toOutcome());
        SessionView session = sessions.get(quadId, sessionId);
        return Response.ok(SessionRepresentation.item(session.rubric(), item)).tag(ETags.of(item.item().version))
                .build();
    }

    @POST
    @Path("/{sessionId}/items/{itemId}/actions")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR })
    @Operation(summary = "Raise an action from an agenda item: agreed as any action, and linked to the item; from a"
            + " rubric item it follows up that question unless it names others (editors and ADES)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionRepresentation.class)),
            headers = {
                    @Header(name = "Location", description = ETags.LOCATION,
                                    schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = ETags.HEADER,
                                    schema = @Schema(type = SchemaType.STRING)) })
    public Response raise(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @PathParam("itemId") UUID itemId, @Valid @NotNull ActionForm form) {
        Action action = sessions.raiseAction(quadId, sessionId, itemId, form.toNew());
        return Response.created(UriBuilder.fromPath("/quads/{quadId}/actions/{actionId}").build(quadId, action.id))
                .entity(ActionRepresentation.of(action, today())).tag(ETags.of(action.version)).build();
    }

    @GET
    @Path("/{sessionId}/pack")
    @Operation(summary = "The session pack in one file: the session, its agenda with each shown member's level,"
            + " narrative extracts and flags and questions to ask, the challenges open and answered, the actions to"
            + " follow up; as PDF (format=pdf, the default) or Word (format=docx)", description = "Only what the"
            + " caller may read: answers as the quad's comparison shows them to the caller (the reveal rule), the"
            + " comment threads the caller may read. The file is offered as \"<quad> - session pack, <date>.<format>\".")
    @APIResponse(responseCode = "200", description = "The file, as the format asks", content = {
            @Content(mediaType = SessionPackPdf.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = SessionPackDocx.MEDIA_TYPE,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")) },
            headers = @Header(name = "Content-Disposition", description = ETags.DISPOSITION,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response pack(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @Parameter(description = "pdf (the default) or docx",
                    schema = @Schema(type = SchemaType.STRING, pattern = "pdf|docx"))
            @QueryParam("format") String format) {
        boolean docx = format != null && format.trim().equalsIgnoreCase("docx");
        if (!docx && format != null && !format.isBlank() && !format.trim().equalsIgnoreCase("pdf")) {
            throw ProblemException.badRequest("format must be pdf or docx",
                    new Problem.FieldError("format", "must be pdf or docx"));
        }
        SessionPack pack = packs.pack(quadId, sessionId);
        return Response.ok(docx ? SessionPackDocx.of(pack) : SessionPackPdf.of(pack),
                        docx ? SessionPackDocx.MEDIA_TYPE : SessionPackPdf.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        Attachments.contentDisposition(pack.fileName(docx ? "docx" : "pdf")))
                .build();
    }

    private Response ok(SessionView view) {
        return Response.ok(SessionRepresentation.of(view, today())).tag(ETags.of(view.session().version)).build();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(config.timeZone()));
    }
}
