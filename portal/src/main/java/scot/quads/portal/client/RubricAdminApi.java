package scot.quads.portal.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * rubric-service as ADES administers it: opening, changing and closing cycles, and editing, publishing, retiring,
 * exporting and importing rubric versions. Bodies are sent as maps so that a part left out stays out (merge patch).
 */
@RegisterRestClient(configKey = "rubric")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(AdminProblems.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RubricAdminApi {

    String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @GET
    @Path("/cycles")
    List<AdminCycle> cycles();

    @GET
    @Path("/cycles/{id}")
    AdminCycle cycle(@PathParam("id") UUID id);

    @POST
    @Path("/cycles")
    AdminCycle open(Map<String, Object> cycle);

    @PATCH
    @Path("/cycles/{id}")
    AdminCycle change(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> change);

    @POST
    @Path("/cycles/{id}/state")
    AdminCycle moveTo(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, Map<String, Object> state);

    @GET
    @Path("/versions/{id}")
    FullVersion version(@PathParam("id") UUID id);

    /** Sends a submitted self-evaluation back to its council for revision, with ADES's reason. */
    @POST
    @Path("/cycles/{cycleId}/evaluations/{council}/return")
    Map<String, Object> returnForRevision(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            Map<String, Object> reason);

    /** Reminds one council now to submit (at most once a day); 409 when it has submitted or was reminded today. */
    @POST
    @Path("/cycles/{cycleId}/evaluations/{council}/remind")
    Map<String, Object> remind(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council);

    @POST
    @Path("/versions/{id}/new-version")
    FullVersion newVersion(@PathParam("id") UUID id, Map<String, Object> label);

    @POST
    @Path("/versions/{id}/publish")
    FullVersion publish(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/versions/{id}/retire")
    FullVersion retire(@PathParam("id") UUID id);

    @POST
    @Path("/versions/{id}/indicators/{indicator}/questions")
    FullVersion addQuestion(@PathParam("id") UUID id, @PathParam("indicator") String indicator,
            Map<String, Object> question);

    @PATCH
    @Path("/versions/{id}/questions/{code}")
    FullVersion changeQuestion(@PathParam("id") UUID id, @PathParam("code") String code,
            Map<String, Object> change);

    @DELETE
    @Path("/versions/{id}/questions/{code}")
    FullVersion deleteQuestion(@PathParam("id") UUID id, @PathParam("code") String code);

    @PUT
    @Path("/versions/{id}/indicators/{indicator}/question-order")
    FullVersion reorderQuestions(@PathParam("id") UUID id, @PathParam("indicator") String indicator,
            Map<String, Object> codes);

    @PATCH
    @Path("/versions/{id}/themes/{code}")
    FullVersion changeTheme(@PathParam("id") UUID id, @PathParam("code") String code, Map<String, Object> change);

    @PATCH
    @Path("/versions/{id}/indicators/{code}")
    FullVersion changeIndicator(@PathParam("id") UUID id, @PathParam("code") String code,
            Map<String, Object> change);

    @GET
    @Path("/versions/{from}/diff/{to}")
    Diff diff(@PathParam("from") UUID from, @PathParam("to") UUID to);

    @GET
    @Path("/versions/{id}/export")
    @Produces(MediaType.WILDCARD)
    Response export(@PathParam("id") UUID id, @QueryParam("format") String format);

    @POST
    @Path("/frameworks/import")
    FullVersion importJson(String rubric);

    @POST
    @Path("/frameworks/import")
    @Consumes(XLSX)
    FullVersion importWorkbook(byte[] workbook);

    record AdminCycle(UUID id, String name, UUID rubricVersionId, LocalDate opensOn, LocalDate submissionDeadline,
            LocalDate closesOn, String revealRule, List<Integer> reminderDays, String state,
            OffsetDateTime createdAt, String createdBy, long version) {

        public boolean isClosed() {
            return "closed".equals(state);
        }
    }

    record FullVersion(UUID id, UUID frameworkId, String frameworkCode, String frameworkTitle, int number,
            String label, String status, UUID derivedFromVersionId, OffsetDateTime createdAt, String createdBy,
            OffsetDateTime publishedAt, String publishedBy, long version, int questionCount, List<Level> scale,
            List<Theme> themes, String gradingGrain) {

        /** Whether each quality indicator is graded as a whole, its questions narrative prompts. */
        public boolean gradedPerIndicator() {
            return RubricApi.QUALITY_INDICATOR.equals(gradingGrain);
        }

        public boolean isDraft() {
            return "draft".equals(status);
        }

        public boolean isPublished() {
            return "published".equals(status);
        }
    }

    record Level(int value, String label, String descriptor) {
    }

    record Theme(UUID id, String code, String title, String guidance, List<Indicator> indicators) {
    }

    /** {@code lineage}: how the indicator relates to the version its draft was based on (null from an older service). */
    record Indicator(UUID id, String code, String title, String guidance, List<Question> questions, String lineage) {
    }

    /** {@code kind}: graded or narrative; {@code required}: false only for an optional narrative question. */
    record Question(UUID id, String code, String title, String prompt, String guidance, String illustration,
            boolean notApplicableAllowed, List<String> narrativeFields, String lineage, String kind,
            Boolean required) {

        public boolean narrative() {
            return "narrative".equals(kind);
        }

        public boolean optional() {
            return narrative() && Boolean.FALSE.equals(required);
        }
    }

    /**
     * {@code indicators}: the quality indicators' changes, beside the questions' (null from a service that listed
     * questions only).
     */
    record Diff(VersionRef from, VersionRef to, List<DiffEntry> added, List<DiffEntry> removed,
            List<DiffEntry> changed, IndicatorDiff indicators) {

        /** The indicators' changes, none when the service did not list them. */
        public IndicatorDiff indicatorChanges() {
            return indicators == null ? new IndicatorDiff(List.of(), List.of(), List.of()) : indicators;
        }
    }

    record IndicatorDiff(List<IndicatorDiffEntry> added, List<IndicatorDiffEntry> removed,
            List<IndicatorDiffEntry> changed) {

        public IndicatorDiff {
            added = added == null ? List.of() : added;
            removed = removed == null ? List.of() : removed;
            changed = changed == null ? List.of() : changed;
        }

        public boolean any() {
            return !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty();
        }
    }

    record IndicatorDiffEntry(String code, String title, String lineage, String from, List<String> sources,
            String previousTitle) {
    }

    record VersionRef(UUID id, int number, String label, String status) {
    }

    record DiffEntry(String code, String prompt, String lineage, String from, List<String> sources) {
    }
}
