package scot.quads.rubric.rest;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import scot.quads.rubric.service.FocusService;
import scot.quads.rubric.service.FocusService.FocusView;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

/**
 * A council's focus for a cycle and its agreement with ADES. The council's editors draft and propose it, ADES
 * agrees it or sends it back, and the council's quad partners read it once agreed.
 */
@Path("/cycles/{cycleId}/evaluations/{councilCode}/focus")
public class FocusResource {

    private final FocusService focuses;
    private final Caller caller;

    public FocusResource(FocusService focuses, Caller caller) {
        this.focuses = focuses;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
            Roles.AUTHORITY_VIEWER })
    @Operation(summary = "The council's focus (state not-started, version 0, until first saved)",
            description = "The council's users and ADES read it in any state; users of the council's quad partners, "
                    + "and the ADES officers and link inspectors ADES assigned to that quad (or to a council in it), "
                    + "once ADES has agreed it (404 before), nobody else (403).")
    @APIResponse(responseCode = "200", description = "The focus as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FocusRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode) {
        List<String> roles = new ArrayList<>();
        if (caller.isAssignedReader() && caller.isAdesOfficer()) {
            roles.add(Roles.ADES_OFFICER);
        }
        if (caller.isAssignedReader() && caller.isLinkInspector()) {
            roles.add(Roles.ES_LINK);
        }
        return respond(focuses.view(cycleId, councilCode, caller.isAdes(), caller.council().orElse(null),
                roles.isEmpty() ? null : caller.username(), roles));
    }

    @PUT
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Save the whole focus (the council's editors)",
            description = "If-Match carries the focus's version: \"0\" for none yet. A focus that was proposed or "
                    + "agreed becomes a draft again when changed, to be proposed and agreed anew.")
    @APIResponse(responseCode = "200", description = "The focus as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FocusRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response save(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull FocusRequest focus) {
        caller.requireEditorOf(councilCode);
        return respond(focuses.save(cycleId, councilCode, ETags.ifMatch(ifMatch), focus.toContent(),
                caller.username()));
    }

    @POST
    @Path("/propose")
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Propose the focus to ADES (the council's editors)",
            description = "Needs an area, a focus question and at least one key question (422 naming each). ADES is "
                    + "notified.")
    @APIResponse(responseCode = "200", description = "The focus as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FocusRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response propose(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        caller.requireEditorOf(councilCode);
        return respond(focuses.propose(cycleId, councilCode, ETags.ifMatch(ifMatch), caller.username()));
    }

    @POST
    @Path("/agree")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Agree a proposed focus, with an optional comment (ADES)",
            description = "The council is notified; its quad partners can then read the focus.")
    @APIResponse(responseCode = "200", description = "The focus as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FocusRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response agree(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid FocusDecisionRequest decision) {
        return respond(focuses.decide(cycleId, councilCode, true, decision == null ? null : decision.comment(),
                ETags.ifMatch(ifMatch), caller.username()));
    }

    @POST
    @Path("/send-back")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Send a proposed focus back to the council with a comment saying why (ADES)",
            description = "The council is notified, changes it and proposes it again.")
    @APIResponse(responseCode = "200", description = "The focus as it now stands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = FocusRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response sendBack(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull FocusDecisionRequest decision) {
        return respond(focuses.decide(cycleId, councilCode, false, decision.comment(), ETags.ifMatch(ifMatch),
                caller.username()));
    }

    private static Response respond(FocusView view) {
        return Response.ok(FocusRepresentation.of(view)).tag(ETags.of(view.version())).build();
    }
}
