package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.IntroductionMessage;
import scot.quads.quad.introduction.IntroductionService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

@Path("/quads/{quadId}/introductions")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class IntroductionResource {

    private final IntroductionService introductions;

    public IntroductionResource(IntroductionService introductions) {
        this.introductions = introductions;
    }

    @GET
    @Operation(summary = "The quad's learning-partner introductions the caller may read, newest first: a council's"
            + " users see those their council asked or was asked, ADES and the quad's assigned ADES officers all")
    public List<IntroductionRepresentation> list(@PathParam("quadId") UUID quadId) {
        return introductions.list(quadId).stream().map(IntroductionRepresentation::of).toList();
    }

    @GET
    @Path("/{introductionId}")
    @Operation(summary = "One introduction and its thread (the two councils' users, ADES, the assigned ADES officers)")
    public IntroductionRepresentation get(@PathParam("quadId") UUID quadId,
            @PathParam("introductionId") UUID introductionId) {
        return IntroductionRepresentation.of(introductions.thread(quadId, introductionId));
    }

    @POST
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Ask a partner of your quad about one rubric item, once its answers are shown to you (a"
            + " member council's editors): the partner's named contact is told, with the item, both levels and"
            + " your words")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntroductionRepresentation.class)),
            headers = @Header(name = "Location", description = ETags.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response ask(@PathParam("quadId") UUID quadId, @Valid @NotNull IntroductionForm form) {
        IntroductionService.Thread thread = introductions.ask(quadId, form.toNew());
        return Response.created(UriBuilder.fromPath("/quads/{quadId}/introductions/{id}")
                .build(quadId, thread.introduction().id)).entity(IntroductionRepresentation.of(thread)).build();
    }

    @POST
    @Path("/{introductionId}/replies")
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Write back in an introduction's thread (editors of its two councils); the other side is"
            + " told")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IntroductionRepresentation.Message.class)),
            headers = @Header(name = "Location", description = ETags.LOCATION,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response reply(@PathParam("quadId") UUID quadId, @PathParam("introductionId") UUID introductionId,
            @Valid @NotNull IntroductionReplyForm form) {
        IntroductionMessage reply = introductions.reply(quadId, introductionId, form.text());
        return Response.created(UriBuilder.fromPath("/quads/{quadId}/introductions/{id}")
                .build(quadId, introductionId)).entity(IntroductionRepresentation.Message.of(reply)).build();
    }
}
