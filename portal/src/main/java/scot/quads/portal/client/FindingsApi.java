package scot.quads.portal.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** quad-service's findings reports while they are drafted, agreed and published, called as the signed-in user. */
@RegisterRestClient(configKey = "quad")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
@Path("/quads/{quadId}/findings/{code}")
public interface FindingsApi {

    @GET
    Report report(@PathParam("quadId") UUID quadId, @PathParam("code") String council);

    @POST
    Report start(@PathParam("quadId") UUID quadId, @PathParam("code") String council);

    @PUT
    @Path("/sections/{section}")
    @Consumes(MediaType.APPLICATION_JSON)
    Report editSection(@PathParam("quadId") UUID quadId, @PathParam("code") String council,
            @PathParam("section") String section, @HeaderParam("If-Match") String ifMatch, SectionEdit edit);

    @POST
    @Path("/agreement")
    Report agree(@PathParam("quadId") UUID quadId, @PathParam("code") String council,
            @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/publication")
    Report publish(@PathParam("quadId") UUID quadId, @PathParam("code") String council,
            @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    Report correct(@PathParam("quadId") UUID quadId, @PathParam("code") String council,
            @HeaderParam("If-Match") String ifMatch, Correction correction);

    record Report(UUID id, UUID quadId, UUID cycleId, String cycleName, String councilCode, String councilName,
            int edition, String state, UUID supersedes, UUID supersededBy, String correctionReason,
            List<Section> sections, Agreement councilAgreement, Agreement adesAgreement, OffsetDateTime publishedAt,
            String publishedBy, List<Missing> missingForPublication, List<Edition> editions, int version) {

        public boolean isDraft() {
            return "draft".equals(state);
        }

        public boolean isAgreed() {
            return "agreed".equals(state);
        }

        public boolean isPublished() {
            return "published".equals(state) || "superseded".equals(state);
        }

        /** The edition a correction corrects. */
        public int previousEdition() {
            return edition - 1;
        }
    }

    record Section(String key, String title, List<Paragraph> paragraphs) {
    }

    record Paragraph(UUID id, String text, Source source, boolean edited) {
    }

    record Source(String kind, String id, String label) {
    }

    record Agreement(String by, OffsetDateTime at) {
    }

    record Missing(String field, String message) {
    }

    record Edition(UUID id, int edition, String state, OffsetDateTime publishedAt) {
    }

    record SectionEdit(List<ParagraphEdit> paragraphs) {
    }

    record ParagraphEdit(UUID id, String text) {
    }

    record Correction(String reason) {
    }
}
