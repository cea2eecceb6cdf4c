package scot.quads.portal.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;

/**
 * rubric-service's evidence packs as the portal uses them: a council's pack, adding a file (sent on from the
 * portal's temporary file, never held in memory) or a link, changing or removing an item, and downloading a file
 * as a stream.
 */
@RegisterRestClient(configKey = "rubric")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
@Path("/cycles/{cycleId}/evaluations/{council}/evidence")
public interface EvidenceApi {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Pack pack(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council);

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    Item upload(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council, ClientMultipartForm form);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Item link(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council, LinkRequest link);

    /** Changes an item's words, date, address (links) and what it supports; If-Match carries its version. */
    @PUT
    @Path("/{itemId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Item change(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @PathParam("itemId") UUID itemId, @HeaderParam("If-Match") String ifMatch, LinkRequest change);

    @DELETE
    @Path("/{itemId}")
    void remove(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @PathParam("itemId") UUID itemId);

    /** The file's bytes, read as they arrive ({@code readEntity(InputStream.class)}), with its headers. */
    @GET
    @Path("/{itemId}/content")
    @Produces(MediaType.WILDCARD)
    Response content(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @PathParam("itemId") UUID itemId);

    /** A council's pack as the caller may see it; {@code shown} false for a partner before the reveal. */
    record Pack(UUID cycleId, String cycleName, String councilCode, String councilName, boolean shown,
            String explanation, boolean mayChange, long usedBytes, long quotaBytes, long maxFileBytes,
            List<Item> items) {

        public String used() {
            return sizeInWords(usedBytes);
        }

        public String quota() {
            return sizeInWords(quotaBytes);
        }

        /** The largest file the service takes, as people read it: 20 MB. */
        public String maxFile() {
            return sizeInWords(maxFileBytes);
        }

        /** The items that support a question (its answer) or a quality indicator. */
        public List<Item> supporting(String code) {
            return items.stream().filter(item -> item.questions().contains(code) || item.indicators().contains(code))
                    .toList();
        }
    }

    /** One item: a file (kind file) or an https link (kind link). */
    record Item(UUID id, UUID cycleId, String councilCode, String kind, String title, String description,
            LocalDate date, String url, String fileName, String mediaType, Long sizeBytes, List<String> questions,
            List<String> indicators, List<String> swotItems, List<Integer> keyQuestions, boolean shared,
            long version, OffsetDateTime createdAt, String createdBy) {

        public boolean isFile() {
            return "file".equals(kind);
        }

        /** The file's size as people read it: 240 KB, 3.4 MB. */
        public String size() {
            return sizeBytes == null ? "" : sizeInWords(sizeBytes);
        }

        /** The kind of file in words, from the type detected on upload. */
        public String type() {
            if (!isFile()) {
                return "Link";
            }
            return switch (mediaType == null ? "" : mediaType) {
                case "application/pdf" -> "PDF";
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> "Word";
                case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> "Excel";
                case "application/vnd.openxmlformats-officedocument.presentationml.presentation" -> "PowerPoint";
                case "image/png" -> "PNG image";
                case "image/jpeg" -> "JPEG image";
                case "text/csv" -> "CSV";
                default -> "Text";
            };
        }

        /** The item's entry in the pack, if it still holds it. */
        public static java.util.Optional<Item> in(Pack pack, UUID id) {
            return pack.items().stream().filter(item -> item.id().equals(id)).findFirst();
        }

        /** Every rubric code the item supports, separated by commas. */
        public String codes() {
            return String.join(", ", java.util.stream.Stream.concat(indicators.stream(), questions.stream())
                    .toList());
        }
    }

    /** Bytes as people read them: 512 bytes, 240 KB, 3.4 MB. */
    static String sizeInWords(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        double mb = bytes / (1024.0 * 1024.0);
        return (mb < 10 ? String.format(java.util.Locale.UK, "%.1f", mb) : String.valueOf(Math.round(mb))) + " MB";
    }

    record LinkRequest(String title, String description, LocalDate date, String url, List<String> questions,
            List<String> indicators, List<String> swotItems, List<Integer> keyQuestions) {
    }
}
