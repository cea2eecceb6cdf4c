package scot.quads.portal.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** quad-service as the portal uses it: quads and their comparison. */
@RegisterRestClient(configKey = "quad")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface QuadApi {

    @GET
    @Path("/quads/mine")
    Quad mine(@QueryParam("cycleId") UUID cycleId);

    @GET
    @Path("/cycles/{cycleId}/quads")
    List<Quad> quads(@PathParam("cycleId") UUID cycleId);

    @GET
    @Path("/quads/{quadId}/comparison")
    Comparison comparison(@PathParam("quadId") UUID quadId);

    record Quad(UUID id, UUID cycleId, String name, List<Member> members, OffsetDateTime formedAt) {
    }

    record Member(String code, String name) {
    }

    record Comparison(QuadSummary quad, CycleSummary cycle, RevealState reveal, List<MemberStatus> members,
            List<ScaleLevel> scale, List<QuestionComparison> questions) {
    }

    record QuadSummary(UUID id, String name) {
    }

    record CycleSummary(UUID id, String name, LocalDate submissionDeadline, String revealRule,
            String rubricVersionLabel) {
    }

    record RevealState(boolean revealed, String reason, String explanation, OffsetDateTime revealedAt,
            OffsetDateTime revealsAt) {
    }

    record MemberStatus(String code, String name, boolean submitted, OffsetDateTime submittedAt,
            boolean answersShown) {
    }

    record ScaleLevel(int value, String label) {
    }

    record QuestionComparison(String themeCode, String themeTitle, String indicatorCode, String indicatorTitle,
            String questionCode, String prompt, List<MemberAnswer> answers, Statistics statistics) {
    }

    record MemberAnswer(String councilCode, boolean answered, Integer level, String levelLabel,
            boolean notApplicable) {
    }

    record Statistics(int count, Double median, Integer min, Integer max, Integer range, int notApplicable,
            int missing) {
    }
}
