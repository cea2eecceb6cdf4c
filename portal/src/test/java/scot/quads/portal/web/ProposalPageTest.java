package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * ADES decides a quad proposal from its page (issue 30, item 9): each council's indicator values beside its quad,
 * what spread means, the other splits ranked as quad-service scored them, and a warning that the data is old.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class ProposalPageTest {

    static final UUID PROPOSAL = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final String PAGE = "/ades/cycles/" + CouncilPagesTest.CYCLE + "/proposals/" + PROPOSAL;

    static final String CYCLE_JSON = """
            {"id":"%s","name":"2026-27","rubricVersionId":"%s","opensOn":"2026-08-17",
             "submissionDeadline":"2027-01-29","closesOn":null,"revealRule":"after-deadline","reminderDays":[14,7,1],
             "state":"open","createdAt":"2026-08-01T10:00:00Z","createdBy":"ades","version":1}
            """.formatted(CouncilPagesTest.CYCLE, CouncilPagesTest.VERSION);

    static final String PROPOSAL_JSON = """
            {"id":"%s","cycleId":"%s","familySet":"people","createdAt":"2026-08-20T10:00:00Z","createdBy":"ades",
             "confirmedAt":null,"formedQuadIds":[],
             "indicators":[{"code":"CHN1","title":"Cost per primary pupil","period":"2020-21","weight":1.0}],
             "quads":[{"name":"Family 1 quad A","family":1,"members":["S1","S2","S3"],"spread":0.06},
                      {"name":"Family 1 quad B","family":1,"members":["S4","S5","S6"],"spread":7.41}],
             "unplaced":[],
             "families":[{"family":1,"councils":6,"summary":"6 councils in two quads of 3","score":7.47,
               "spread":7.47,"avoidedPairsTogether":0,"splitsConsidered":10,
               "quads":[{"spread":0.06,"members":[
                          {"code":"S1","values":{"CHN1":5952.7}},{"code":"S2","values":{"CHN1":5990.1}},
                          {"code":"S3","values":{"CHN1":null}}]},
                        {"spread":7.41,"members":[
                          {"code":"S4","values":{"CHN1":4100}},{"code":"S5","values":{"CHN1":7300}},
                          {"code":"S6","values":{"CHN1":6100}}]}],
               "alternatives":[{"rank":1,"quads":[["S1","S2","S3"],["S4","S5","S6"]],"score":7.47,"spread":7.47,
                                "avoidedPairsTogether":0},
                               {"rank":2,"quads":[["S1","S2","S4"],["S3","S5","S6"]],"score":1009.2,"spread":9.2,
                                "avoidedPairsTogether":1}]}]}
            """.formatted(PROPOSAL, CouncilPagesTest.CYCLE);

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/cycles/" + CouncilPagesTest.CYCLE))
                .willReturn(okJson(CYCLE_JSON)));
        quadService(get(urlPathEqualTo("/quad-proposals/" + PROPOSAL)).willReturn(okJson(PROPOSAL_JSON)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/councils")).willReturn(okJson("""
                [{"gssCode":"S1","name":"Aberglen"},{"gssCode":"S2","name":"Bramhope"},{"gssCode":"S3","name":"Carrick"},
                 {"gssCode":"S4","name":"Dunmore"},{"gssCode":"S5","name":"Eskdale"},{"gssCode":"S6","name":"Fernlea"}]
                """)));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
    }

    /** On both stand-ins: QuadServiceStub (PartnerRefusalsTest's) is the quad client's in every test of the module. */
    private static void quadService(com.github.tomakehurst.wiremock.client.MappingBuilder stub) {
        ServiceStubs.server.stubFor(stub);
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.stubFor(stub);
        }
    }

    @Test
    void eachCouncilsValuesTheSpreadExplainedTheRankedSplitsAndTheDataYearAreOnThePage() {
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get(PAGE)
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("The indicator data is from 2020-21, 6 school years before this cycle"))
                .body(containsString("What spread means"))
                .body(containsString("a quad at 0.06 is very close on every indicator"))
                .body(containsString("Family 1: why these quads"))
                .body(containsString("<th scope=\"row\" class=\"govuk-table__header\">Aberglen</th>\n"
                        + "      <td class=\"govuk-table__cell\">Family 1 quad A</td>\n"
                        + "      <td class=\"govuk-table__cell govuk-table__cell--numeric\">5,953</td>"))
                .body(containsString(">no value</td>"))
                .body(containsString("Ways of splitting family 1, best first (10 considered; rank 1 is the proposal)"))
                .body(containsString("Aberglen, Bramhope, Dunmore<br>Carrick, Eskdale, Fernlea"))
                .body(containsString(">9.20</td>"));
    }

    @Test
    void recentDataGivesNoWarning() {
        quadService(get(urlPathEqualTo("/quad-proposals/" + PROPOSAL))
                .willReturn(okJson(PROPOSAL_JSON.replace("\"2020-21\"", "\"2025-26\""))));
        given().auth().oauth2(NoticeLinksTest.ades())
                .when().get(PAGE)
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("Family 1: why these quads"))
                .body(not(containsString("id=\"data-warning\"")));
    }
}
