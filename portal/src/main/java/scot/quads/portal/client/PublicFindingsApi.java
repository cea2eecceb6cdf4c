package scot.quads.portal.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * quad-service's published findings reports, the one thing anyone may read: called without any token, so the
 * public pages show exactly what the service shows everyone, whoever is signed in.
 */
@RegisterRestClient(configKey = "quad")
@RegisterProvider(ProblemResponses.class)
@Path("/public/findings")
public interface PublicFindingsApi {

    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    List<Summary> published(@QueryParam("council") String council, @QueryParam("year") Integer year);

    @GET
    @Path("/{reportId}")
    @Produces(MediaType.APPLICATION_JSON)
    Report report(@PathParam("reportId") UUID reportId);

    @GET
    @Path("/{reportId}/docx")
    @Produces(DOCX)
    byte[] docx(@PathParam("reportId") UUID reportId);

    @GET
    @Path("/{reportId}/pdf")
    @Produces("application/pdf")
    byte[] pdf(@PathParam("reportId") UUID reportId);

    record Summary(UUID id, String councilCode, String councilName, String cycleName, int edition, String state,
            OffsetDateTime publishedAt, UUID supersededBy) {
    }

    record Report(UUID id, String councilCode, String councilName, String cycleName, int edition, String state,
            OffsetDateTime publishedAt, UUID supersedes, UUID supersededBy, OffsetDateTime supersededAt,
            String correctionReason, List<Section> sections, int version) {

        public String title() {
            return councilName + ": findings report " + cycleName + (edition > 1 ? " (edition " + edition + ")" : "");
        }

        /** The edition a correction corrects. */
        public int previousEdition() {
            return edition - 1;
        }
    }

    record Section(String key, String title, List<String> paragraphs) {
    }
}
