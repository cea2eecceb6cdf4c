package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import scot.quads.portal.client.GuestApi;
import scot.quads.portal.client.QuadApi;

/**
 * An invited guest lands on their sessions, reads one (its agenda and the note shared with them) and adds input;
 * nothing else of Quads is theirs. Whoever plans a quad's sessions invites from the quad's guests page.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class GuestPagesTest {

    static final String QUAD = "88888888-8888-8888-8888-888888888888";
    static final String SESSION = "77777777-7777-7777-7777-777777777777";
    static final String RUBRIC_ITEM = "11111111-1111-4111-8111-111111111111";
    static final String TOPIC = "22222222-2222-4222-8222-222222222222";
    static final String SESSION_JSON = """
            {"id":"%s","quadId":"%s","quadName":"People family 2 - quad A","startsAt":"2026-12-14T10:00:00Z",
             "location":"Perth","purpose":{"kind":"focus-question","council":"S12000047",
             "text":"How well do we close the gap for care-experienced learners?"},
             "agenda":[{"id":"%s","kind":"rubric-item","questionCode":"1.1.1",
                        "prompt":"How well are we raising attainment?"},
                       {"id":"%s","kind":"topic","title":"Family learning in the evenings"}],
             "shared":[{"invitedBy":"fife","note":"Please read the family learning item first."}],
             "expiresOn":"2026-12-31",
             "input":[{"id":"66666666-6666-6666-6666-666666666666","sessionId":"%s","itemId":"%s",
                       "authorName":"Morag Lindsay","organisation":"CLD manager",
                       "text":"Our youth workers run two of the evenings.","postedAt":"2026-12-07T09:00:00Z"}]}"""
            .formatted(SESSION, QUAD, RUBRIC_ITEM, TOPIC, SESSION, TOPIC);

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.resetAll();
        }
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
        quadService(get(urlPathEqualTo("/guest/sessions")).willReturn(okJson("[" + SESSION_JSON + "]")));
        quadService(get(urlPathEqualTo("/guest/sessions/" + SESSION)).willReturn(okJson(SESSION_JSON)));
    }

    @Test
    void aGuestLandsOnTheirSessionsReadsTheAgendaAndTheNoteAndAddsInput() {
        String guest = guest();
        given().auth().oauth2(guest).redirects().follow(false).when().get("/")
                .then().statusCode(303).header("Location", endsWith("/guest"));
        given().auth().oauth2(guest).when().get("/guest")
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("<a class=\"govuk-link govuk-!-font-weight-bold\" href=\"/guest/sessions/"
                        + SESSION + "\">Session on"))
                .body(containsString("People family 2 - quad A, Perth"))
                .body(containsString("href=\"/guest\">Your sessions</a>"))
                .body(not(containsString("href=\"/council\"")))
                .body(not(containsString("href=\"/quads\"")));
        given().auth().oauth2(guest).when().get("/guest/sessions/" + SESSION)
                .then().log().ifValidationFails().statusCode(200)
                .body(containsString("Agenda items shared with you"))
                .body(containsString("<li>1.1.1 How well are we raising attainment?</li>"))
                .body(containsString("<li>Family learning in the evenings</li>"))
                .body(containsString("About Family learning in the evenings</p>"))
                .body(containsString("id=\"guest-item-session\" name=\"itemId\" type=\"radio\" value=\"session\""
                        + " checked"))
                .body(containsString("id=\"guest-item-" + TOPIC + "\" name=\"itemId\" type=\"radio\" value=\""
                        + TOPIC + "\">"))
                .body(containsString("Please read the family learning item first."))
                .body(containsString("Our youth workers run two of the evenings."))
                .body(containsString("How well do we close the gap for care-experienced learners?"));

        quadService(post(urlPathEqualTo("/guest/sessions/" + SESSION + "/input")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id":"55555555-5555-5555-5555-555555555555","sessionId":"%s","authorName":"Morag Lindsay",
                         "organisation":"CLD manager","text":"The college runs a parents' course.",
                         "postedAt":"2026-12-07T10:00:00Z"}""".formatted(SESSION))));
        given().auth().oauth2(guest).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("itemId", "session").formParam("text", "The college runs a parents' course.")
                .when().post("/guest/sessions/" + SESSION + "/input")
                .then().log().ifValidationFails().statusCode(303)
                .header("Location", endsWith("/guest/sessions/" + SESSION + "?done=input"));
        verifyQuadService(postRequestedFor(urlPathEqualTo("/guest/sessions/" + SESSION + "/input"))
                .withRequestBody(equalToJson("{\"text\":\"The college runs a parents' course.\"}")));
        given().auth().oauth2(guest).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("itemId", TOPIC).formParam("text", "We run it on Tuesdays.")
                .when().post("/guest/sessions/" + SESSION + "/input")
                .then().log().ifValidationFails().statusCode(303);
        verifyQuadService(postRequestedFor(urlPathEqualTo("/guest/sessions/" + SESSION + "/input"))
                .withRequestBody(equalToJson("{\"itemId\":\"" + TOPIC + "\",\"text\":\"We run it on Tuesdays.\"}")));

        given().auth().oauth2(guest).contentType("application/x-www-form-urlencoded").formParam("text", " ")
                .when().post("/guest/sessions/" + SESSION + "/input")
                .then().statusCode(422).body(containsString("Enter your input"))
                .body(containsString("href=\"#guest-text\""));
    }

    @Test
    void aSessionTheGuestIsNotInvitedToAndOtherPeoplesPagesAnswerTheFriendlyRefusal() {
        quadService(get(urlPathEqualTo("/guest/sessions/" + QUAD)).willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/problem+json").withBody("""
                        {"type":"about:blank","title":"Forbidden","status":403,
                         "detail":"You are not invited to this session, or your invitation has ended"}""")));
        given().auth().oauth2(guest()).when().get("/guest/sessions/" + QUAD)
                .then().statusCode(403).body(not(containsString("Family learning")));
        given().auth().oauth2(NoticeLinksTest.editor()).when().get("/guest").then().statusCode(403);
        given().auth().oauth2(guest()).when().get("/ades/assignments").then().statusCode(403);
    }

    @Test
    void aGuestsHeaderHasNoNotificationsAndTheNotificationPagesAreNotTheirs() {
        String guest = guest();
        for (String page : List.of("/guest", "/guest/sessions/" + SESSION, "/guidance")) {
            given().auth().oauth2(guest).when().get(page)
                    .then().log().ifValidationFails().statusCode(200)
                    .body(containsString("href=\"/guest\">Your sessions</a>"))
                    .body(containsString("href=\"/sign-out\">Sign out"))
                    .body(not(containsString("href=\"/notifications\"")))
                    .body(not(containsString("id=\"unread-count\"")))
                    .body(not(containsString("/static/notifications.js")))
                    .body(not(containsString("href=\"/preferences\"")));
        }
        org.assertj.core.api.Assertions.assertThat(ServiceStubs.server.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo("/notifications"))))
                .as("the header asks for no unread count of a guest").isEmpty();
        given().auth().oauth2(guest).when().get("/notifications").then().statusCode(403)
                .body(containsString("Invited guests have no notifications here"));
        given().auth().oauth2(guest).when().get("/preferences").then().statusCode(403);

        given().auth().oauth2(NoticeLinksTest.editor()).when().get("/guidance").then().statusCode(200)
                .body(containsString("href=\"/notifications\" id=\"notifications-link\""));
    }

    @Test
    void anEditorInvitesAGuestToASessionAndMissingPartsAreNamed() {
        quadService(post(urlPathEqualTo("/quads/" + QUAD + "/guests")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id":"44444444-4444-4444-4444-444444444444","quadId":"%s","name":"Morag Lindsay",
                         "email":"morag@cld.example.org","organisation":"CLD manager","expiresOn":"2026-12-31",
                         "sessionIds":["%s"],"status":"live","invitedBy":"glasgow-city","version":0}"""
                        .formatted(QUAD, SESSION))));
        given().auth().oauth2(NoticeLinksTest.editor()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded")
                .formParam("name", "Morag Lindsay").formParam("email", "morag@cld.example.org")
                .formParam("organisation", "CLD manager").formParam("expires-day", "31")
                .formParam("expires-month", "12").formParam("expires-year", "2026")
                .formParam("sessionIds", SESSION).formParam("itemIds", TOPIC)
                .formParam("note", "Read the agenda first.")
                .when().post("/quads/" + QUAD + "/guests")
                .then().log().ifValidationFails().statusCode(303)
                .header("Location", endsWith("/quads/" + QUAD + "/guests?done=invited"));
        verifyQuadService(postRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/guests")).withRequestBody(
                equalToJson("""
                        {"name":"Morag Lindsay","email":"morag@cld.example.org","organisation":"CLD manager",
                         "expiresOn":"2026-12-31","sessionIds":["%s"],"itemIds":["%s"],
                         "note":"Read the agenda first."}""".formatted(SESSION, TOPIC))));
    }

    @Test
    @jakarta.enterprise.context.control.ActivateRequestContext
    void theInvitationFormOffersEachSessionsAgendaItemsToShareAndKeepsTheTicksWhenRefused() {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.parse("2026-12-14T10:00:00Z");
        java.util.UUID topic = java.util.UUID.fromString(TOPIC);
        java.util.UUID rubricItem = java.util.UUID.fromString(RUBRIC_ITEM);
        QuadApi.Session session = new QuadApi.Session(java.util.UUID.fromString(SESSION), PartnerFixtures.QUAD,
                java.util.UUID.randomUUID(), at, "Perth", null, List.of(), List.of(), List.of(), List.of(
                        new QuadApi.SessionAgendaItem(rubricItem, "rubric-item", "1.1.1", "1", "QI 1.1",
                                "How well are we raising attainment?", null, null, null, null, null, null, List.of(),
                                0),
                        new QuadApi.SessionAgendaItem(topic, "topic", null, null, null, null, null,
                                "Family learning in the evenings", null, null, null, null, List.of(), 0)),
                null, List.of(), List.of(), at, "editor-fife", at, "editor-fife", 0);
        GuestApi.Invitation invited = new GuestApi.Invitation(java.util.UUID.randomUUID(), PartnerFixtures.QUAD,
                "Morag Lindsay", "morag@cld.example.org", "CLD manager", java.time.LocalDate.of(2026, 12, 31),
                List.of(session.id()), List.of(topic), null, "live", at, "editor-fife", null, null, 0);

        String html = QuadGuestPages.Templates.invitations(PartnerFixtures.revealed(), List.of(invited),
                List.of(session), Map.of(session.id(), session), null, null, QuadWorkPages.Form.EMPTY).render();
        org.assertj.core.api.Assertions.assertThat(html)
                .contains("Agenda items to share", "Session on ", ", Perth</legend>",
                        "id=\"guest-item-" + RUBRIC_ITEM + "\" name=\"itemIds\" type=\"checkbox\" value=\""
                                + RUBRIC_ITEM + "\">",
                        "1.1.1 How well are we raising attainment?</label>",
                        "id=\"guest-item-" + TOPIC + "\" name=\"itemIds\" type=\"checkbox\" value=\"" + TOPIC + "\">",
                        "Family learning in the evenings</label>",
                        "<td class=\"govuk-table__cell\">1</td>");

        String refused = QuadGuestPages.Templates.invitations(PartnerFixtures.revealed(), List.of(),
                List.of(session), Map.of(session.id(), session), null,
                QuadPages.summary(Map.of("itemIds", "The agenda items to share: not on the sessions"), "guest-"),
                new QuadWorkPages.Form(Map.of("sessionIds", SESSION, "itemIds", TOPIC),
                        Map.of("itemIds", "The agenda items to share: not on the sessions"))).render();
        org.assertj.core.api.Assertions.assertThat(refused)
                .contains("href=\"#guest-itemIds\"", "id=\"guest-itemIds-error\"",
                        "value=\"" + TOPIC + "\" checked>")
                .doesNotContain("value=\"" + RUBRIC_ITEM + "\" checked>");
    }

    static String guest() {
        return OidcWiremockTestResource.generateJwtToken("morag@cld.example.org", Set.of("quad-guest"), "123456",
                "Bearer", Set.of("https://server.example.com"), Map.of("email", "morag@cld.example.org",
                        "email_verified", "true"));
    }

    private static void quadService(MappingBuilder stub) {
        ServiceStubs.server.stubFor(stub);
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.stubFor(stub);
        }
    }

    private static void verifyQuadService(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder request) {
        int seen = ServiceStubs.server.findAll(request).size();
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            seen += QuadServiceStub.server.findAll(request).size();
        }
        org.assertj.core.api.Assertions.assertThat(seen).as("requests to quad-service").isPositive();
    }
}
