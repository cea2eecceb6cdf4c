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

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.MappingBuilder;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

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
    static final String SESSION_JSON = """
            {"id":"%s","quadId":"%s","quadName":"People family 2 - quad A","startsAt":"2026-12-14T10:00:00Z",
             "location":"Perth","purpose":{"kind":"focus-question","council":"S12000047",
             "text":"How well do we close the gap for care-experienced learners?"},
             "agenda":[{"kind":"rubric-item","questionCode":"1.1.1","prompt":"How well are we raising attainment?"},
                       {"kind":"topic","title":"Family learning in the evenings"}],
             "shared":[{"invitedBy":"fife","note":"Please read the family learning item first."}],
             "expiresOn":"2026-12-31",
             "input":[{"id":"66666666-6666-6666-6666-666666666666","sessionId":"%s","authorName":"Morag Lindsay",
                       "organisation":"CLD manager","text":"Our youth workers run two of the evenings.",
                       "postedAt":"2026-12-07T09:00:00Z"}]}""".formatted(SESSION, QUAD, SESSION);

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
                .body(containsString("<li>1.1.1 How well are we raising attainment?</li>"))
                .body(containsString("<li>Family learning in the evenings</li>"))
                .body(containsString("Please read the family learning item first."))
                .body(containsString("Our youth workers run two of the evenings."))
                .body(containsString("How well do we close the gap for care-experienced learners?"));

        quadService(post(urlPathEqualTo("/guest/sessions/" + SESSION + "/input")).willReturn(aResponse()
                .withStatus(201).withHeader("Content-Type", "application/json").withBody("""
                        {"id":"55555555-5555-5555-5555-555555555555","sessionId":"%s","authorName":"Morag Lindsay",
                         "organisation":"CLD manager","text":"The college runs a parents' course.",
                         "postedAt":"2026-12-07T10:00:00Z"}""".formatted(SESSION))));
        given().auth().oauth2(guest).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("text", "The college runs a parents' course.")
                .when().post("/guest/sessions/" + SESSION + "/input")
                .then().log().ifValidationFails().statusCode(303)
                .header("Location", endsWith("/guest/sessions/" + SESSION + "?done=input"));
        verifyQuadService(postRequestedFor(urlPathEqualTo("/guest/sessions/" + SESSION + "/input"))
                .withRequestBody(equalToJson("{\"text\":\"The college runs a parents' course.\"}")));

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
        for (String page : java.util.List.of("/guest", "/guest/sessions/" + SESSION, "/guidance")) {
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
                .formParam("sessionIds", SESSION).formParam("note", "Read the agenda first.")
                .when().post("/quads/" + QUAD + "/guests")
                .then().log().ifValidationFails().statusCode(303)
                .header("Location", endsWith("/quads/" + QUAD + "/guests?done=invited"));
        verifyQuadService(postRequestedFor(urlPathEqualTo("/quads/" + QUAD + "/guests")).withRequestBody(
                equalToJson("""
                        {"name":"Morag Lindsay","email":"morag@cld.example.org","organisation":"CLD manager",
                         "expiresOn":"2026-12-31","sessionIds":["%s"],"note":"Read the agenda first."}"""
                        .formatted(SESSION))));
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
