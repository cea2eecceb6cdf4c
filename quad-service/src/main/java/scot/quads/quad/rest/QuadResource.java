package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.comparison.Comparison;
import scot.quads.quad.comparison.ComparisonService;
import scot.quads.quad.membership.ContextService;
import scot.quads.quad.membership.QuadService.QuadView;
import scot.quads.quad.membership.QuadService;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

@Path("/quads")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.ADES_OFFICER, Roles.ES_LINK, Roles.AUTHORITY_EDITOR,
        Roles.AUTHORITY_VIEWER })
public class QuadResource {

    private final QuadService quads;
    private final ComparisonService comparisons;
    private final ContextService contexts;

    public QuadResource(QuadService quads, ComparisonService comparisons, ContextService contexts) {
        this.quads = quads;
        this.comparisons = comparisons;
        this.contexts = contexts;
    }

    @GET
    @Path("/mine")
    @Operation(summary = "The quad the caller's council is in for a cycle")
    public QuadRepresentation mine(@QueryParam("cycleId") String cycleId) {
        return QuadRepresentation.of(quads.mine(uuid("cycleId", cycleId)));
    }

    @GET
    @Path("/{quadId}")
    @Operation(summary = "One quad, to ADES or to the users of its councils; its ETag is its version")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuadRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("quadId") UUID quadId) {
        QuadView quad = quads.get(quadId);
        return Response.ok(QuadRepresentation.of(quad)).tag(ETags.of(quad.quad().version)).build();
    }

    @PUT
    @Path("/{quadId}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Change a quad's name, members, facilitator and notes (ADES; If-Match required)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = QuadRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response edit(@PathParam("quadId") UUID quadId,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull QuadEditForm form) {
        QuadView quad = quads.edit(quadId, ETags.ifMatch(ifMatch), form.toEdit());
        return Response.ok(QuadRepresentation.of(quad)).tag(ETags.of(quad.quad().version)).build();
    }

    @DELETE
    @Path("/{quadId}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Dissolve a quad, freeing its councils (ADES; If-Match required)")
    @APIResponse(responseCode = "204", description = "Done; no body")
    public Response dissolve(@PathParam("quadId") UUID quadId,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        quads.dissolve(quadId, ETags.ifMatch(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("/{quadId}/audit")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Every change made to a quad, oldest first (ADES)")
    public List<QuadAuditEntry> audit(@PathParam("quadId") UUID quadId) {
        return quads.audit(quadId).stream().map(QuadAuditEntry::of).toList();
    }

    @GET
    @Path("/{quadId}/comparison")
    @Operation(summary = "The members' answers side by side, as far as the cycle's reveal rule shows them")
    @APIResponse(responseCode = "200", description = "The comparison, as the caller may see it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Comparison.class)))
    public Response comparison(@PathParam("quadId") UUID quadId,
            @Parameter(description = "words (the default): each member's answers with their words; levels: levels,"
                    + " labels and \"not applicable\" only, the words null (a page that shows levels reads a small"
                    + " part of the whole)", schema = @Schema(enumeration = { "words", "levels" }))
            @QueryParam("answers") @DefaultValue("words") String answers) {
        if (!List.of("words", "levels").contains(answers)) {
            throw ProblemException.badRequest("The answers are compared with their words or as levels only",
                    new Problem.FieldError("answers", "must be words or levels"));
        }
        return Response.ok(comparisons.compareJson(quadId, "levels".equals(answers)), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("/{quadId}/context")
    @Operation(summary = "The members side by side on context indicators (comma-separated codes), to its members"
            + " and ADES")
    @APIResponse(responseCode = "200", description = "Each member's value of each indicator (null where it has none)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ContextService.QuadContext.class)))
    @APIResponse(responseCode = "422", description = "An indicator that authority-service does not know (each named),"
            + " or one it could not give values for")
    public ContextService.QuadContext context(@PathParam("quadId") UUID quadId,
            @QueryParam("indicators") String indicators, @QueryParam("period") String period) {
        return contexts.context(quadId, indicatorCodes(indicators),
                period == null || period.isBlank() ? null : period.trim());
    }

    private static List<String> indicatorCodes(String value) {
        List<String> codes = value == null ? List.of() : Arrays.stream(value.split(","))
                .map(String::trim).filter(code -> !code.isEmpty()).map(String::toUpperCase).distinct().toList();
        if (codes.isEmpty() || codes.size() > 20) {
            throw ProblemException.badRequest("indicators must list 1 to 20 indicator codes, such as CHN4,CHN11",
                    new Problem.FieldError("indicators", "must list 1 to 20 indicator codes"));
        }
        return codes;
    }

    private static UUID uuid(String parameter, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest(parameter + " is required",
                    new Problem.FieldError(parameter, "is required"));
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(parameter + " must be an id such as 9e3b1f2a-1111-4c1e-9a0c-5d6c2b3a4e11",
                    new Problem.FieldError(parameter, "is not an id"));
        }
    }
}
