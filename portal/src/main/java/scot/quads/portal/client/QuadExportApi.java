package scot.quads.portal.client;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;

/**
 * quad-service's comparison exports. A PDF report can take longer than the portal's usual read timeout the first
 * time (fonts and layout warm up), so this client is built with a longer one; the caller passes the user's token.
 */
@RegisterProvider(ProblemResponses.class)
public interface QuadExportApi {

    @GET
    @Path("/quads/{quadId}/comparison/export")
    @Produces(MediaType.WILDCARD)
    Response export(@PathParam("quadId") UUID quadId, @QueryParam("format") String format,
            @HeaderParam("Authorization") String authorization);

    /** A session's pack, as PDF or Word. */
    @GET
    @Path("/quads/{quadId}/sessions/{sessionId}/pack")
    @Produces(MediaType.WILDCARD)
    Response sessionPack(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @QueryParam("format") String format, @HeaderParam("Authorization") String authorization);
}
