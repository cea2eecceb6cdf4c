package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * What the partner pages make of quad-service's refusals: a colleague's change (412) becomes a clear message on
 * the page with the action's current state, a field the service rejects (422) is linked from the error summary,
 * and a refusal for the user's role (403) says they cannot do it. Nothing is a 500.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(QuadServiceStub.class)
class PartnerRefusalsTest {

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    static final UUID QUAD = PartnerFixtures.QUAD;
    static final UUID ACTION = UUID.fromString("0b9d3c55-7a43-4a3e-9f57-1d2c3b4a5e6f");

    @Inject
    QuadWorkPages work;

    @Inject
    QuadPages pages;

    @BeforeEach
    void quadService() throws Exception {
        QuadServiceStub.server.resetAll();
        QuadServiceStub.server.stubFor(get(urlPathEqualTo("/quads/" + QUAD + "/comparison"))
                .willReturn(json(200, JSON.writeValueAsString(PartnerFixtures.revealed()))));
        QuadServiceStub.server.stubFor(get(urlPathEqualTo("/quads/" + QUAD + "/actions")).willReturn(json(200,
                "[{\"id\":\"" + ACTION + "\",\"quadId\":\"" + QUAD + "\",\"ownerCouncil\":\"S12000014\","
                        + "\"description\":\"Share the tracker\",\"questionCodes\":[\"1.1.1\"],"
                        + "\"dueDate\":\"2027-01-31\",\"status\":\"done\",\"overdue\":false,\"version\":3}]")));
        QuadServiceStub.server.stubFor(get(urlPathEqualTo("/actions/overdue")).willReturn(json(200, "[]")));
        QuadServiceStub.server.stubFor(get(urlPathEqualTo("/quads/" + QUAD + "/comments")).willReturn(json(200, "[]")));
    }

    @Test
    @ActivateRequestContext
    void anOutcomeAColleagueRecordedFirstIsExplainedWithTheirsShownAndNothingOverwritten() {
        UUID session = UUID.fromString("5c0d3e21-8b7a-4c6d-9e8f-0a1b2c3d4e5f");
        UUID item = UUID.fromString("6d1e4f32-9c8b-4d7e-8f90-1b2c3d4e5f60");
        String json = "{\"id\":\"" + session + "\",\"quadId\":\"" + QUAD + "\",\"startsAt\":\"2026-01-10T10:00:00Z\","
                + "\"hosts\":[\"ades\"],\"attendance\":[],\"agenda\":[{\"id\":\"" + item + "\",\"kind\":\"topic\","
                + "\"title\":\"Trackers\",\"strengths\":\"Their strengths\",\"actions\":[],\"version\":2}],"
                + "\"createdAt\":\"2026-01-01T10:00:00Z\",\"createdBy\":\"ades\",\"version\":1}";
        QuadServiceStub.server.stubFor(get(urlPathEqualTo("/quads/" + QUAD + "/sessions/" + session))
                .willReturn(json(200, json)));
        QuadServiceStub.server.stubFor(get(urlPathEqualTo("/quads/" + QUAD + "/sessions"))
                .willReturn(json(200, "[" + json + "]")));
        QuadServiceStub.server.stubFor(put(urlPathEqualTo("/quads/" + QUAD + "/sessions/" + session + "/items/" + item
                + "/outcome")).willReturn(problem(412, "{\"title\":\"Precondition Failed\",\"status\":412,"
                        + "\"detail\":\"Agenda item " + item + " has changed since you read it\",\"current\":2}")));

        Response response = work.outcome(QUAD, session, item, "My strengths", null, 1);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat((String) response.getEntity())
                .contains("govuk-error-summary", "href=\"#item-" + item + "-strengths\"",
                        "Someone else recorded this item&#39;s outcome after you opened the page", "Their strengths");
        QuadServiceStub.server.verify(putRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/sessions/" + session
                + "/items/" + item + "/outcome")).withHeader("If-Match", equalTo("\"1\"")));
    }

    @Test
    @ActivateRequestContext
    void aStatusChangeAColleagueOvertookIsExplainedAndTheCurrentStatusShown() {
        QuadServiceStub.server.stubFor(patch(urlPathEqualTo("/quads/" + QUAD + "/actions/" + ACTION))
                .willReturn(problem(412, "{\"title\":\"Precondition Failed\",\"status\":412,\"detail\":\"Action "
                        + ACTION + " has changed since you read it\"}")));

        Response response = work.changeStatus(QUAD, ACTION, "dropped", "Replaced", 2);

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat((String) response.getEntity())
                .contains("govuk-error-summary", "href=\"#status-" + ACTION + "-status\"",
                        "Someone else changed this action after you opened the page")
                .contains("id=\"action-" + ACTION + "-status\">Done<");
        QuadServiceStub.server.verify(patchRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/actions/" + ACTION))
                .withHeader("If-Match", equalTo("\"2\"")));
    }

    @Test
    @ActivateRequestContext
    void droppingWithoutAReasonIsRefusedBeforeAskingTheService() {
        Response response = work.changeStatus(QUAD, ACTION, "dropped", " ", 3);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat((String) response.getEntity()).contains("href=\"#status-" + ACTION + "-reason\"",
                "Enter why the action is dropped");
        assertThat(QuadServiceStub.server.findAll(patchRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/actions/"
                + ACTION)))).isEmpty();
    }

    @Test
    @ActivateRequestContext
    void anActionDueInThePastOrWithATwoFigureYearIsRefusedBeforeAskingTheService() {
        Response past = work.createAction(QUAD, "S12000014", "Share the tracker", "", "1", "9", "2020", null, null,
                null, null, null, null, null);
        assertThat(past.getStatus()).isEqualTo(422);
        assertThat((String) past.getEntity()).contains("href=\"#action-due-day\"",
                "The due date must be today or in the future");

        Response shortYear = work.createAction(QUAD, "S12000014", "Share the tracker", "", "1", "9", "27", null,
                null, null, null, null, null, null);
        assertThat(shortYear.getStatus()).isEqualTo(422);
        assertThat((String) shortYear.getEntity()).contains("The year of the due date must include 4 numbers");

        assertThat(QuadServiceStub.server.findAll(postRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/actions"))))
                .isEmpty();
    }

    @Test
    @ActivateRequestContext
    void aTargetWithoutABaselineIsRefusedBeforeAskingTheServiceAndTheFormKeepsWhatWasTyped() {
        Response response = work.createAction(QUAD, "S12000014", "Share the tracker", "", "31", "1",
                String.valueOf(java.time.LocalDate.now().getYear() + 1), "A. Example", "Head of service",
                "Attendance", " ", "89%", "", null);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat((String) response.getEntity()).contains("href=\"#action-baseline\"",
                "Enter the baseline, where the measure starts from, to set a target");
        assertThat(QuadServiceStub.server.findAll(postRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/actions"))))
                .isEmpty();
    }

    @Test
    @ActivateRequestContext
    void theImprovementPlansFieldsAreSentAndAnUnknownIndicatorIsLinkedFromTheErrorSummary() {
        QuadServiceStub.server.stubFor(post(urlPathEqualTo("/quads/" + QUAD + "/actions")).willReturn(problem(422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"detail\":\"The action cannot be agreed\",\"errors\":"
                        + "[{\"field\":\"indicatorCode\",\"message\":\"XYZ1 is not an indicator authority-service"
                        + " knows\"}]}")));

        Response response = work.createAction(QUAD, "S12000014", "Share the tracker", "", "31", "1",
                String.valueOf(java.time.LocalDate.now().getYear() + 1), " A. Example ", "Head of service",
                "Attendance in S4", "86%", "89%", "XYZ1", null);

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat((String) response.getEntity()).contains("href=\"#action-indicatorCode\"",
                "XYZ1 is not an indicator authority-service knows");
        QuadServiceStub.server.verify(postRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/actions"))
                .withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.equalToJson(
                        "{\"officerName\":\"A. Example\",\"officerRole\":\"Head of service\","
                                + "\"successMeasure\":\"Attendance in S4\",\"baseline\":\"86%\",\"target\":\"89%\","
                                + "\"indicatorCode\":\"XYZ1\"}", true, true)));
    }

    @Test
    @ActivateRequestContext
    void anActionShowsItsOfficerMeasureBaselineTargetIndicatorAndNextStep() {
        QuadServiceStub.server.stubFor(get(urlPathEqualTo("/quads/" + QUAD + "/actions")).willReturn(json(200,
                "[{\"id\":\"" + ACTION + "\",\"quadId\":\"" + QUAD + "\",\"ownerCouncil\":\"S12000014\","
                        + "\"description\":\"Run attendance clinics\",\"questionCodes\":[],"
                        + "\"dueDate\":\"2027-06-30\",\"status\":\"open\",\"overdue\":false,\"version\":0,"
                        + "\"officerName\":\"A. Example\",\"officerRole\":\"Head of service\","
                        + "\"successMeasure\":\"Attendance in the four schools\",\"baseline\":\"86.1%\","
                        + "\"target\":\"89%\",\"indicatorCode\":\"CHN19a\",\"indicatorTitle\":\"Attendance\","
                        + "\"indicatorUnit\":\"percent\",\"indicatorPeriod\":\"2023-24\",\"indicatorValue\":90.5,"
                        + "\"nextStepId\":\"" + UUID.randomUUID() + "\",\"nextStepText\":\"Learn from partners\"}]")));

        String page = work.actions(QUAD, null);

        assertThat(page).contains("id=\"action-" + ACTION + "-officer\">A. Example, Head of service<")
                .contains("id=\"action-" + ACTION + "-measure\">Attendance in the four schools<")
                .contains("id=\"action-" + ACTION + "-baseline\">From 86.1% to 89%<")
                .contains("Attendance (CHN19a): 90.5% in 2023-24")
                .contains("id=\"action-" + ACTION + "-next-step\">Learn from partners<");
    }

    @Test
    @ActivateRequestContext
    void aFieldTheServiceRejectsIsLinkedFromTheErrorSummary() {
        QuadServiceStub.server.stubFor(post(urlPathEqualTo("/quads/" + QUAD + "/actions")).willReturn(problem(422,
                "{\"title\":\"Unprocessable\",\"status\":422,\"detail\":\"The action is not valid\",\"errors\":"
                        + "[{\"field\":\"questionCodes\",\"message\":\"9.9.9 is not a question of this cycle\"}]}")));

        Response response = work.createAction(QUAD, "S12000014", "Share the tracker", "9.9.9", "31", "1",
                String.valueOf(java.time.LocalDate.now().getYear() + 1), null, null, null, null, null, null, null);

        assertThat(response.getStatus()).isEqualTo(422);
        // (The form itself, with the message beside the field, is drawn for editors; this caller is anonymous.)
        assertThat((String) response.getEntity()).contains("href=\"#action-questionCodes\"",
                "9.9.9 is not a question of this cycle");
    }

    @Test
    @ActivateRequestContext
    void aCommentRefusedForTheUsersRoleSaysTheyCannotDoIt() {
        QuadServiceStub.server.stubFor(post(urlPathEqualTo("/quads/" + QUAD + "/comments")).willReturn(problem(403,
                "{\"title\":\"Forbidden\",\"status\":403,\"detail\":\"Viewers may read the quad's work but not"
                        + " write it\"}")));

        Response response = pages.comment(QUAD, "1.1.1", "S12000014", "question", "Why a 5?");

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat((String) response.getEntity()).contains("href=\"#comment-text\"",
                "You cannot do this: Viewers may read the quad");
    }

    @Test
    @ActivateRequestContext
    void anOutageOfQuadServiceIsAnErrorPageNotAStackTrace() {
        QuadServiceStub.server.stubFor(post(urlPathEqualTo("/quads/" + QUAD + "/actions"))
                .willReturn(aResponse().withStatus(503)));

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> work.createAction(QUAD, "S12000014", "Share the tracker", "", "31", "1", "2027", null, null,
                        null, null, null, null, null))
                .satisfies(failure -> assertThat(scot.quads.portal.client.ServiceProblem.in(failure).status())
                        .isEqualTo(503));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json").withBody(body);
    }
}
