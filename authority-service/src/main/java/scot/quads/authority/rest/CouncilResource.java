package scot.quads.authority.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.authority.Council;
import scot.quads.authority.service.AliasService;
import scot.quads.authority.service.AuditLog;
import scot.quads.authority.service.CouncilService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

/** The councils: read by every signed-in user, changed by ADES. There is no DELETE: councils are deactivated. */
@Path("/councils")
@Authenticated
public class CouncilResource {

    private final CouncilService councils;
    private final AliasService aliases;
    private final AuditLog audit;
    private final Caller caller;
    private final ObjectMapper mapper;

    public CouncilResource(CouncilService councils, AliasService aliases, AuditLog audit, Caller caller,
            ObjectMapper mapper) {
        this.councils = councils;
        this.aliases = aliases;
        this.audit = audit;
        this.caller = caller;
        this.mapper = mapper;
    }

    @GET
    @Path("/lookup")
    @Operation(summary = "The council a name or code stands for: GSS code, older code, official or LGBF name, alias",
            description = "Names match ignoring case, spacing, punctuation, '&' against 'and' and a trailing "
                    + "'Council'.")
    public CouncilRepresentation lookup(@QueryParam("name") String name) {
        return CouncilRepresentation.of(aliases.lookup(name));
    }

    @GET
    @Path("/{code}/aliases")
    @Operation(summary = "A council's other names")
    public AliasesRepresentation aliases(@PathParam("code") String code) {
        Council council = councils.get(code);
        return new AliasesRepresentation(council.gssCode, aliases.aliases(council.gssCode));
    }

    @PUT
    @Path("/{code}/aliases")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Replace a council's other names (ADES); audited, and announced as a council update")
    public AliasesRepresentation replaceAliases(@PathParam("code") String code, @Valid @NotNull AliasesUpdate update) {
        Council council = councils.get(code);
        return new AliasesRepresentation(council.gssCode,
                aliases.replace(council.gssCode, update.aliases(), caller.username()));
    }

    @GET
    @Path("/{code}/audit")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Every change to a council, its aliases, contacts and indicator values, newest first (ADES)")
    public List<AuditEntryRepresentation> audit(@PathParam("code") String code) {
        Council council = councils.get(code);
        return audit.of(council.gssCode).stream().map(entry -> AuditEntryRepresentation.of(entry, mapper)).toList();
    }

    @GET
    @Operation(summary = "Every council, by name")
    public List<CouncilRepresentation> list() {
        return councils.all().stream().map(CouncilRepresentation::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One council, by its GSS code or its older GSS code")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouncilRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("code") String code) {
        Council council = councils.get(code);
        return Response.ok(CouncilRepresentation.of(council)).tag(ETags.of(council.version)).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Change a council's names, collaborative, families or active state (ADES)",
            description = "Councils are never deleted, since quads and self-evaluations refer to them: "
                    + "set active to false to retire one. If-Match (required) carries the ETag last read.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouncilRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response update(@PathParam("code") String code,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CouncilUpdate update) {
        Council council = councils.update(code, update.toChange(), ETags.ifMatch(ifMatch), caller.username());
        return Response.ok(CouncilRepresentation.of(council)).tag(ETags.of(council.version)).build();
    }
}
