package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import scot.quads.portal.client.QuadApi.Introduction;
import scot.quads.portal.client.QuadApi.IntroductionMessage;
import scot.quads.portal.client.QuadApi.LevelCount;
import scot.quads.portal.client.QuadApi.Moderation;
import scot.quads.portal.client.QuadApi.ModerationFlag;
import scot.quads.portal.client.QuadApi.ModerationItem;
import scot.quads.portal.client.QuadApi.ModerationLevel;
import scot.quads.portal.client.QuadApi.ModerationNational;
import scot.quads.portal.client.QuadApi.ModerationQuad;
import scot.quads.portal.client.QuadApi.ModerationQuadItem;
import scot.quads.portal.client.RubricApi.Cycle;

/**
 * Learning-partner introductions and moderation as the portal shows them: an editor asks a stronger partner from
 * the learning partners page and lands on the thread; the thread shows the item, both levels and every message, with
 * a reply form for the two councils' editors only; moderation marks the quad that stands apart and says the rule.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class IntroductionPagesTest {

    static final UUID QUAD = PartnerFixtures.QUAD;
    static final UUID INTRODUCTION = UUID.fromString("77777777-7777-4777-8777-777777777777");
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-21T09:30:00Z");

    @Inject
    ObjectMapper json;

    @BeforeEach
    void stubs() throws Exception {
        ServiceStubs.server.resetAll();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.resetAll();
        }
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
        quadService(get(urlPathEqualTo("/quads/" + QUAD + "/comparison"))
                .willReturn(okJson(json.writeValueAsString(PartnerFixtures.revealed()))));
        quadService(get(urlPathEqualTo("/quads/" + QUAD + "/introductions/" + INTRODUCTION))
                .willReturn(okJson(json.writeValueAsString(thread(true)))));
    }

    @Test
    void anEditorAsksAPartnerWithTheItemAndBothLevelsInViewAndLandsOnTheThread() {
        given().auth().oauth2(fife()).when()
                .get("/quads/" + QUAD + "/introductions/new?item=1.1.1&partner=S12000014")
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("Ask Falkirk about 1.1.1"))
                .body(containsString("How well are we improving attainment?"))
                .body(containsString("2 Weak"))
                .body(containsString("5 Very good"))
                .body(containsString("named contact"));

        quadService(post(urlPathEqualTo("/quads/" + QUAD + "/introductions"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(write(thread(false)))));
        given().auth().oauth2(fife()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("item", "1.1.1").formParam("partner", "S12000014")
                .formParam("text", "How did you raise attainment so fast?")
                .when().post("/quads/" + QUAD + "/introductions")
                .then().log().ifValidationFails().statusCode(303)
                .header("Location", endsWith("/quads/" + QUAD + "/introductions/" + INTRODUCTION + "?done=asked"));
        verifyQuadService(1, postRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/introductions"))
                .withRequestBody(equalToJson("""
                        {"itemCode":"1.1.1","partnerCouncil":"S12000014","text":"How did you raise attainment so fast?"}""")));
    }

    @Test
    void anEmptyQuestionOrTheServicesRefusalIsShownInAnErrorSummaryLinkedToTheField() {
        given().auth().oauth2(fife()).contentType("application/x-www-form-urlencoded")
                .formParam("item", "1.1.1").formParam("partner", "S12000014").formParam("text", "  ")
                .when().post("/quads/" + QUAD + "/introductions")
                .then().statusCode(422)
                .body(containsString("There is a problem"))
                .body(containsString("href=\"#ask-text\""))
                .body(containsString("Enter your question"));
        verifyQuadService(0, postRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/introductions")));

        quadService(post(urlPathEqualTo("/quads/" + QUAD + "/introductions"))
                .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/problem+json")
                        .withBody("""
                                {"type":"about:blank","title":"Unprocessable","status":422,
                                 "detail":"The question cannot be sent: partnerCouncil is your own council",
                                 "errors":[{"field":"partnerCouncil","message":"is your own council: ask a partner of your quad"}]}""")));
        given().auth().oauth2(fife()).contentType("application/x-www-form-urlencoded")
                .formParam("item", "1.1.1").formParam("partner", "S12000047").formParam("text", "Hello")
                .when().post("/quads/" + QUAD + "/introductions")
                .then().statusCode(422)
                .body(containsString("href=\"#ask-partnerCouncil\""))
                .body(containsString("id=\"ask-partnerCouncil\""))
                .body(containsString("your own council"));
    }

    @Test
    void theThreadShowsBothSidesAndOffersAReplyOnlyToTheTwoCouncilsEditors() {
        given().auth().oauth2(falkirk()).when().get("/quads/" + QUAD + "/introductions/" + INTRODUCTION)
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("Fife asks Falkirk about 1.1.1"))
                .body(containsString("How did you raise attainment so fast?"))
                .body(containsString("Reply from falkirk (Falkirk)"))
                .body(containsString("Weekly tracking meetings."))
                .body(containsString("id=\"status\">Replied"))
                .body(containsString("id=\"reply\""));
        given().auth().oauth2(PartnerJourneyToken.viewer("S12000047")).when()
                .get("/quads/" + QUAD + "/introductions/" + INTRODUCTION)
                .then().statusCode(200).body(not(containsString("id=\"reply\"")));
        given().auth().oauth2(PartnerJourneyToken.editor("westlothian", "S12000040")).when()
                .get("/quads/" + QUAD + "/introductions/" + INTRODUCTION)
                .then().statusCode(200).body(not(containsString("id=\"reply\"")));

        quadService(post(urlPathEqualTo("/quads/" + QUAD + "/introductions/" + INTRODUCTION
                + "/replies")).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"id\":\"" + UUID.randomUUID() + "\",\"author\":\"falkirk\"}")));
        given().auth().oauth2(falkirk()).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("text", "Happy to show you.")
                .when().post("/quads/" + QUAD + "/introductions/" + INTRODUCTION + "/replies")
                .then().statusCode(303).header("Location", containsString("?done=replied"));
        given().auth().oauth2(falkirk()).contentType("application/x-www-form-urlencoded").formParam("text", "")
                .when().post("/quads/" + QUAD + "/introductions/" + INTRODUCTION + "/replies")
                .then().statusCode(422).body(containsString("href=\"#reply-text\""))
                .body(containsString("Enter your reply"));
    }

    @Test
    void anEditorsLearningPartnersOfferToAskEachStrongerPartner() throws Exception {
        quadService(get(urlPathEqualTo("/quads/" + QUAD + "/learning-partners")).willReturn(okJson("""
                {"quadId":"%s","cycleId":"%s","council":"S12000047","revealed":true,"councilSubmitted":true,
                 "questions":[{"questionCode":"1.1.1","themeCode":"1","indicatorCode":"QI 1.1",
                   "prompt":"How well are we improving attainment?","level":2,"levelLabel":"Weak","nextSteps":"Track",
                   "partners":[{"councilCode":"S12000014","name":"Falkirk","level":5,"levelLabel":"Very good",
                     "levelsHigher":3,"strengths":"Tracking"}]}]}""".formatted(QUAD, UUID.randomUUID()))));
        given().auth().oauth2(fife()).when().get("/quads/" + QUAD + "/learning-partners")
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("href=\"/quads/" + QUAD + "/introductions/new?item=1.1.1&amp;partner=S12000014\""))
                .body(containsString("Ask Falkirk<span class=\"govuk-visually-hidden\"> about 1.1.1</span>"));
        given().auth().oauth2(PartnerJourneyToken.viewer("S12000047")).when()
                .get("/quads/" + QUAD + "/learning-partners")
                .then().statusCode(200).body(not(containsString("/introductions/new")));
    }

    @Test
    @ActivateRequestContext
    void moderationMarksTheQuadThatStandsApartAndSaysTheRule() {
        UUID cycleId = UUID.randomUUID();
        UUID high = UUID.randomUUID();
        Moderation moderation = new Moderation(cycleId, "2026-27", "Demo v1", false, 5, 1.0,
                "A quad's grading of an item stands apart when the median of its members' revealed levels differs"
                        + " from the national median by one level or more.", null,
                List.of(new ModerationQuad(high, "Quad High", true, null),
                        new ModerationQuad(UUID.randomUUID(), "Quad Waiting", false, "1 of 4 have submitted")),
                List.of(new ModerationItem("1.1.1", "1", "QI 1.1", "How well are we improving attainment?",
                        new ModerationNational(9, 0, false, null, List.of(new LevelCount(6, "Excellent", 0),
                                new LevelCount(5, "Very good", 4)), 3.0),
                        List.of(new ModerationQuadItem(high, "Quad High", List.of(
                                new ModerationLevel("S12000047", "Fife", 5, "Very good", false)), 5.0, true, "above",
                                2.0)),
                        List.of(new ModerationFlag(high, "Quad High", "S12000047", "Fife", "thin-evidence", 5,
                                "level 5 rests on 7 characters of evidence"))),
                        new ModerationItem("1.1.2", "1", "QI 1.1", "How well do we close the gap?",
                                new ModerationNational(3, 0, true, "Fewer than 5 councils gave a level (3)", null,
                                        null), List.of(), List.of())));
        String html = ModerationPages.Templates.moderation(new Cycle(cycleId, "2026-27", UUID.randomUUID(), null,
                null, "all-submitted-or-deadline", "open", 1), moderation, List.of()).render();
        assertThat(html).contains("stands apart when the median", "Stands apart</strong> above, by 2.0",
                "Fife: 5 Very good", "thin evidence (level 5 rests on 7 characters of evidence)",
                "Quad Waiting: not revealed yet (1 of 4 have submitted)", "Suppressed</strong> Fewer than 5 councils",
                "5 Very good: 4", "Median 3.0");
    }

    private static void quadService(com.github.tomakehurst.wiremock.client.MappingBuilder stub) {
        ServiceStubs.server.stubFor(stub);
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.stubFor(stub);
        }
    }

    private static void verifyQuadService(int times,
            com.github.tomakehurst.wiremock.matching.RequestPatternBuilder request) {
        int seen = ServiceStubs.server.findAll(request).size();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            seen += QuadServiceStub.server.findAll(request).size();
        }
        assertThat(seen).as("calls to quad-service matching " + request.build()).isEqualTo(times);
    }

    private Introduction thread(boolean replied) {
        List<IntroductionMessage> messages = replied
                ? List.of(new IntroductionMessage(UUID.randomUUID(), "fife", "S12000047",
                        "How did you raise attainment so fast?", AT),
                        new IntroductionMessage(UUID.randomUUID(), "falkirk", "S12000014", "Weekly tracking meetings.",
                                AT.plusDays(1)))
                : List.of(new IntroductionMessage(UUID.randomUUID(), "fife", "S12000047",
                        "How did you raise attainment so fast?", AT));
        return new Introduction(INTRODUCTION, QUAD, UUID.randomUUID(), "1.1.1",
                "How well are we improving attainment?", "S12000047", "Fife", 2, "S12000014", "Falkirk", 5, "fife",
                AT, replied, messages);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String fife() {
        return PartnerJourneyToken.editor("fife", "S12000047");
    }

    static String falkirk() {
        return PartnerJourneyToken.editor("falkirk", "S12000014");
    }

    /** Tokens of council users, as the OIDC test server signs them. */
    static final class PartnerJourneyToken {

        static String editor(String username, String council) {
            return OidcWiremockTestResource.generateJwtToken(username, Set.of("authority-editor"), "123456",
                    "Bearer", Set.of("https://server.example.com"), Map.of("authority", council));
        }

        static String viewer(String council) {
            return OidcWiremockTestResource.generateJwtToken("viewer-" + council, Set.of("authority-viewer"),
                    "123456", "Bearer", Set.of("https://server.example.com"), Map.of("authority", council));
        }
    }
}
