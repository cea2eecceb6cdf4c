package scot.quads.portal.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * quad-service as ADES uses it: quad proposals (propose, review, confirm as adjusted), the national picture, and the
 * assignments of ADES officers and link inspectors.
 */
@RegisterRestClient(configKey = "quad")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(AdminProblems.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface QuadAdminApi {

    @POST
    @Path("/cycles/{cycleId}/quad-proposals")
    Proposal propose(@PathParam("cycleId") UUID cycleId, Map<String, Object> request);

    @GET
    @Path("/quad-proposals/{id}")
    Proposal proposal(@PathParam("id") UUID id);

    @POST
    @Path("/quad-proposals/{id}/confirm")
    List<QuadApi.Quad> confirm(@PathParam("id") UUID id, Map<String, Object> quads);

    @GET
    @Path("/assignments")
    List<Assignment> assignments();

    @POST
    @Path("/assignments")
    Assignment assign(Map<String, Object> assignment);

    @DELETE
    @Path("/assignments/{id}")
    Assignment revoke(@PathParam("id") UUID id);

    @GET
    @Path("/cycles/{cycleId}/national")
    National national(@PathParam("cycleId") UUID cycleId, @QueryParam("council") String council);

    /** An ADES officer's or link inspector's assignment to a quad (or a link inspector's to a council). */
    record Assignment(UUID id, String role, String username, UUID quadId, String quadName, UUID cycleId,
            String councilCode, OffsetDateTime assignedAt, String assignedBy, OffsetDateTime revokedAt,
            String revokedBy) {

        public String roleName() {
            return "ades-officer".equals(role) ? "ADES officer" : "Link inspector";
        }
    }

    record Proposal(UUID id, UUID cycleId, String familySet, OffsetDateTime createdAt, String createdBy,
            OffsetDateTime confirmedAt, List<UUID> formedQuadIds, List<IndicatorUsed> indicators,
            List<ProposedQuad> quads, List<Unplaced> unplaced, List<FamilyProposal> families) {

        public boolean isConfirmed() {
            return confirmedAt != null;
        }
    }

    record IndicatorUsed(String code, String title, String period, double weight) {
    }

    record ProposedQuad(String name, int family, List<String> members, double spread) {

        public String spreadText() {
            return String.format(java.util.Locale.UK, "%.2f", spread);
        }
    }

    record Unplaced(String code, Integer family, String reason) {
    }

    /** Why a family was split as proposed: its quads' members with their values, and the splits ranked by score. */
    record FamilyProposal(int family, int councils, String summary, List<FamilyQuad> quads, double score,
            double spread, int avoidedPairsTogether, int splitsConsidered, List<Alternative> alternatives) {
    }

    record FamilyQuad(List<MemberValues> members, double spread) {
    }

    /** A council's value of each indicator (by code), as published; null where it has none. */
    record MemberValues(String code, Map<String, Double> values) {
    }

    /** One way of splitting a family; rank 1 is the proposal itself. */
    record Alternative(int rank, List<List<String>> quads, double score, double spread, int avoidedPairsTogether) {
    }

    record National(UUID cycleId, String cycleName, String council, int fewestCouncils, int councilsSubmitted,
            List<NationalQuestion> questions) {
    }

    record NationalQuestion(String questionCode, String themeCode, String indicatorCode, String prompt,
            Integer councilsGraded, Integer notApplicable, boolean suppressed, String suppressedBecause,
            List<LevelCount> distribution, Double median) {
    }

    record LevelCount(int level, String label, int councils) {
    }
}
