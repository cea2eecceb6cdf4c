package scot.quads.rubric.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.service.FrameworkService;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

@Path("/versions")
@Authenticated
public class VersionResource {

    private final FrameworkService frameworks;
    private final Caller caller;

    public VersionResource(FrameworkService frameworks, Caller caller) {
        this.frameworks = frameworks;
        this.caller = caller;
    }

    @GET
    @Path("/{versionId}")
    @Operation(summary = "A rubric version with its scale, themes, indicators and questions in order")
    public Response get(@PathParam("versionId") UUID versionId) {
        return respond(frameworks.content(versionId));
    }

    @POST
    @Path("/{versionId}/publish")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Publish a draft version; it never changes afterwards (ADES)")
    public Response publish(@PathParam("versionId") UUID versionId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return respond(frameworks.publish(versionId, ETags.parse(ifMatch), caller.username()));
    }

    private static Response respond(RubricContent content) {
        return Response.ok(VersionRepresentation.of(content)).tag(ETags.of(content.version().version)).build();
    }
}
