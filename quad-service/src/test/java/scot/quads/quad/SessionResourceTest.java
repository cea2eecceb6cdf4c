package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static scot.quads.quad.Feed.graded;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class SessionResourceTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    /** A date-time as the API documents it (RFC 3339, seconds always written; toString leaves out zero seconds). */
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Test
    void aSessionWithoutAnAgendaTakesTheQuestionsWhereTheRevealedAnswersDivergeMost() {
        Partners quad = Partners.form();
        int[][] levels = { { 2, 1, 4 }, { 3, 6, 4 }, { 2, 3, 4 }, { 3, 4, 4 } };
        for (int i = 0; i < 4; i++) {
            Feed.submit(quad.cycleId(), quad.members().get(i), quad.versionId(), List.of(
                    graded("1.1.1", levels[i][0], "s"), graded("1.1.2", levels[i][1], "s"),
                    graded("2.1.1", levels[i][2], "s")));
        }
        String startsAt = NOW.plusWeeks(2).format(RFC_3339);

        schedule(Tokens.editor(quad.a()), quad, startsAt, "Perth", null).then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/quads/" + quad.quadId() + "/sessions/"))
                .body("agenda.questionCode", contains("1.1.2", "1.1.1"))
                .body("agenda[0].prompt", equalTo("How well are we closing the poverty-related gap?"))
                .body("agenda[0].indicatorCode", equalTo("QI 1.1"))
                .body("location", equalTo("Perth"))
                .body("followUpActions", empty());
        schedule(Tokens.ades(), quad, NOW.plusWeeks(3).format(RFC_3339), null, List.of("2.1.1", "1.1.1"))
                .then().statusCode(201)
                .body("agenda.questionCode", contains("2.1.1", "1.1.1"))
                .body("followUpActions", nullValue());
    }

    @Test
    void beforeAnswersAreRevealedToTheMemberTheDefaultAgendaIsEmpty() {
        Partners quad = Partners.form();
        quad.submit(quad.a(), 2, "early");
        quad.submit(quad.b(), 6, "early");

        schedule(Tokens.editor(quad.a()), quad, NOW.plusDays(10).format(RFC_3339), null, null).then().statusCode(201)
                .body("agenda", empty());
    }

    @Test
    void theNextSessionListsTheActionsStillToDoForFollowUp() {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.a());
        String held = schedule(editor, quad, NOW.minusDays(3).format(RFC_3339), null, List.of("1.1.1"))
                .then().statusCode(201).extract().path("id");
        String later = schedule(editor, quad, NOW.plusMonths(2).format(RFC_3339), null, List.of())
                .then().statusCode(201).extract().path("id");
        String next = schedule(editor, quad, NOW.plusDays(5).format(RFC_3339), null, List.of())
                .then().statusCode(201).extract().path("id");
        String open = ActionResourceTest.create(editor, quad, quad.b(), "Open one", List.of("1.1.1"),
                LocalDate.now().plusWeeks(1).toString()).then().statusCode(201).extract().path("id");
        String started = ActionResourceTest.create(editor, quad, quad.c(), "Started one", List.of(),
                LocalDate.now().minusDays(1).toString()).then().statusCode(201).extract().path("id");
        ActionResourceTest.patch(editor, quad, started, "\"0\"", Map.of("status", "in-progress"))
                .then().statusCode(200);
        String done = ActionResourceTest.create(editor, quad, quad.d(), "Done one", List.of(),
                LocalDate.now().plusWeeks(1).toString()).then().statusCode(201).extract().path("id");
        ActionResourceTest.patch(editor, quad, done, "\"0\"", Map.of("status", "done")).then().statusCode(200);

        given().auth().oauth2(Tokens.viewer(quad.d())).when().get("/quads/" + quad.quadId() + "/sessions")
                .then().statusCode(200)
                .body("id", contains(held, next, later))
                .body("[0].followUpActions", nullValue())
                .body("[1].followUpActions.id", containsInAnyOrder(open, started))
                .body("[1].followUpActions.find { it.id == '" + started + "' }.overdue", equalTo(true))
                .body("[2].followUpActions", nullValue())
                .body("[0].agenda[0].prompt", equalTo("How well are we raising attainment?"));
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quad.quadId() + "/sessions/" + next)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("followUpActions.description", containsInAnyOrder("Open one", "Started one"));
    }

    @Test
    void notesAreWrittenOnceTheSessionHasStartedAndEveryChangeNeedsTheVersionLastRead() {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.b());
        String held = schedule(editor, quad, NOW.minusHours(2).format(RFC_3339), "Online", List.of("1.1.1"))
                .then().statusCode(201).extract().path("id");
        String coming = schedule(editor, quad, NOW.plusDays(2).format(RFC_3339), "Online", List.of())
                .then().statusCode(201).extract().path("id");
        String notes = "Agreed:\n  1. share trackers\n  2. revisit 1.1.1 — «next time»\n";

        patch(editor, quad, held, "\"0\"", Map.of("notes", notes)).then().statusCode(200)
                .header("ETag", "\"1\"").body("notes", equalTo(notes));
        patch(editor, quad, held, null, Map.of("location", "Stirling")).then().statusCode(428);
        patch(editor, quad, held, "\"0\"", Map.of("location", "Stirling")).then().statusCode(412)
                .body("current", equalTo(1));
        patch(Tokens.ades(), quad, held, "\"1\"", Map.of("agenda", List.of("2.1.1", "1.1.2"), "location", "Stirling"))
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("agenda.questionCode", contains("2.1.1", "1.1.2"))
                .body("location", equalTo("Stirling"))
                .body("notes", equalTo(notes));
        patch(editor, quad, coming, "\"0\"", Map.of("notes", "Too early")).then().statusCode(409)
                .contentType("application/problem+json").body("errors.field", contains("notes"));
        patch(editor, quad, coming, "\"0\"", Map.of("startsAt", NOW.plusDays(4).format(RFC_3339))).then().statusCode(200)
                .header("ETag", "\"1\"");
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/sessions/" + coming)
                .then().statusCode(200).body("notes", nullValue()).header("ETag", "\"1\"");
    }

    @Test
    void badSessionsAreRefusedNamingTheFieldAndNothingIsWritten() {
        Partners quad = Partners.form();
        Partners other = Partners.form();
        String editor = Tokens.editor(quad.a());
        String when = NOW.plusDays(7).format(RFC_3339);

        schedule(editor, quad, null, null, List.of()).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("startsAt"));
        schedule(editor, quad, "next tuesday", null, List.of()).then().statusCode(400)
                .contentType("application/problem+json");
        schedule(editor, quad, "+99999-01-01T10:00:00Z", null, List.of()).then().statusCode(422)
                .body("errors.field", contains("startsAt"));
        schedule(editor, quad, when, "x".repeat(201), List.of()).then().statusCode(400)
                .body("errors.field", hasItem("location"));
        schedule(editor, quad, when, null, List.of("1.1.1", "7.7.7", "1.1.1")).then().statusCode(422)
                .body("errors.field", contains("agenda[1]", "agenda[2]"));
        schedule(editor, quad, when, null, List.of(" ")).then().statusCode(400)
                .body("errors.field", hasItem("agenda[0]"));
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/sessions")
                .then().statusCode(200).body("", empty());

        String elsewhere = schedule(Tokens.editor(other.a()), other, when, null, List.of()).then().statusCode(201)
                .extract().path("id");
        patch(editor, quad, elsewhere, "\"0\"", Map.of("location", "x")).then().statusCode(404);
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/sessions/" + elsewhere)
                .then().statusCode(404);
        patch(editor, quad, UUID.randomUUID().toString(), "\"0\"", Map.of("location", "x")).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyTheQuadsUsersReachItsSessionsAndViewersOnlyRead() {
        Partners quad = Partners.form();
        Partners other = Partners.form();
        String when = NOW.plusDays(7).format(RFC_3339);
        String session = schedule(Tokens.editor(quad.a()), quad, when, null, List.of()).then().statusCode(201)
                .extract().path("id");

        for (String outsider : List.of(Tokens.editor(other.a()), Tokens.viewer(other.b()))) {
            given().auth().oauth2(outsider).when().get("/quads/" + quad.quadId() + "/sessions")
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(outsider).when().get("/quads/" + quad.quadId() + "/sessions/" + session)
                    .then().statusCode(403);
            schedule(outsider, quad, when, null, List.of()).then().statusCode(403);
            patch(outsider, quad, session, "\"0\"", Map.of("location", "x")).then().statusCode(403);
        }
        schedule(Tokens.viewer(quad.b()), quad, when, null, List.of()).then().statusCode(403);
        patch(Tokens.viewer(quad.b()), quad, session, "\"0\"", Map.of("location", "x")).then().statusCode(403);
        given().auth().oauth2(Tokens.nobody()).when().get("/quads/" + quad.quadId() + "/sessions")
                .then().statusCode(403);
        given().when().get("/quads/" + quad.quadId() + "/sessions").then().statusCode(401);
        given().auth().oauth2(Tokens.viewer(quad.c())).when().get("/quads/" + quad.quadId() + "/sessions")
                .then().statusCode(200).body("id", contains(session)).body("[0].location", nullValue());
    }

    static Response schedule(String token, Partners quad, String startsAt, String location, List<String> agenda) {
        Map<String, Object> body = new HashMap<>();
        if (startsAt != null) {
            body.put("startsAt", startsAt);
        }
        if (location != null) {
            body.put("location", location);
        }
        if (agenda != null) {
            body.put("agenda", agenda);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/quads/" + quad.quadId() + "/sessions");
    }

    static Response patch(String token, Partners quad, String sessionId, String ifMatch, Map<String, ?> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/quads/" + quad.quadId() + "/sessions/" + sessionId);
    }
}
