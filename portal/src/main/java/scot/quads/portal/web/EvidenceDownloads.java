package scot.quads.portal.web;

import java.io.InputStream;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.EvidenceApi;

/**
 * A file of an evidence pack, passed through from rubric-service as it arrives (never held whole) with the
 * service's type and file name, as an attachment the browser must not sniff or render. rubric-service decides who
 * may have it: the council, ADES, and the council's quad partners once its answers are revealed to them.
 */
@Path("/evidence")
public class EvidenceDownloads {

    private final EvidenceApi evidence;

    public EvidenceDownloads(@RestClient EvidenceApi evidence) {
        this.evidence = evidence;
    }

    @GET
    @Path("/{cycleId}/{council}/{itemId}")
    public Response download(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @PathParam("itemId") UUID itemId) {
        Response upstream = evidence.content(cycleId, council, itemId);
        InputStream bytes = upstream.readEntity(InputStream.class);
        StreamingOutput body = out -> {
            try (upstream; bytes) {
                bytes.transferTo(out);
            }
        };
        Response.ResponseBuilder response = Response.ok(body, upstream.getMediaType())
                .header("Content-Disposition", upstream.getHeaderString("Content-Disposition"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "private, no-store");
        String length = upstream.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            response.header(HttpHeaders.CONTENT_LENGTH, length);
        }
        return response.build();
    }
}
