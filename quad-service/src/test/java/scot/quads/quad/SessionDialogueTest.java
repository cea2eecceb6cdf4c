package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * The professional dialogue of issue 25: a session's purpose, hosts, invited roles, attendance and agenda items with
 * their outcomes and the actions raised from them; challenges open until the council answers, listed on the agenda
 * of the sessions to come.
 */
@QuarkusTest
@QuadsTestStack
class SessionDialogueTest {

    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    @Test
    void aSessionIsPlannedWithItsPurposeHostsInvitedRolesAndAnAgendaOfRubricItemsKeyQuestionsAndTopics() {
        Partners quad = Partners.form();
        Map<String, Object> body = session(NOW.plusWeeks(2));
        body.put("purpose", Map.of("kind", "key-question", "council", quad.b().toLowerCase(),
                "text", "How well do we involve families in planning?"));
        body.put("hosts", List.of("editor-host", " ades-officer-1 "));
        body.put("invitedRoles", List.of("authority-editor", "es-link", "ades-officer"));
        body.put("items", List.of(
                Map.of("kind", "rubric-item", "questionCode", "1.1.2"),
                Map.of("kind", "key-question", "council", quad.c(), "title", "Do our trackers agree?"),
                Map.of("kind", "topic", "title", "What we learned from the pilot")));

        String id = schedule(Tokens.editor(quad.a()), quad, body).then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("purpose.kind", equalTo("key-question"))
                .body("purpose.council", equalTo(quad.b()))
                .body("purpose.text", equalTo("How well do we involve families in planning?"))
                .body("hosts", contains("editor-host", "ades-officer-1"))
                .body("invitedRoles", contains("authority-editor", "es-link", "ades-officer"))
                .body("attendance", empty())
                .body("agenda.kind", contains("rubric-item", "key-question", "topic"))
                .body("agenda[0].prompt", equalTo("How well are we closing the poverty-related gap?"))
                .body("agenda[1].council", equalTo(quad.c()))
                .body("agenda[1].title", equalTo("Do our trackers agree?"))
                .body("agenda[2].title", equalTo("What we learned from the pilot"))
                .body("agenda[2].questionCode", nullValue())
                .body("agenda.version", contains(0, 0, 0))
                .extract().path("id");
        given().auth().oauth2(Tokens.viewer(quad.d())).when().get("/quads/" + quad.quadId() + "/sessions/" + id)
                .then().statusCode(200).body("agenda.kind", contains("rubric-item", "key-question", "topic"))
                .body("hosts", hasSize(2));

        // Without hosts, whoever schedules it hosts it; a plain list of codes is still an agenda of rubric items.
        schedule(Tokens.ades(), quad, withAgenda(session(NOW.plusWeeks(3)), List.of("2.1.1"))).then().statusCode(201)
                .body("hosts", contains("ades"))
                .body("agenda.kind", contains("rubric-item"))
                .body("agenda.questionCode", contains("2.1.1"))
                .body("purpose", nullValue());
    }

    @Test
    void aFocusQuestionLeftUnwrittenIsTheCouncilsAgreedOneAndBadPlansAreRefusedFieldByFieldWritingNothing() {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.a());
        Map<String, Object> noFocus = session(NOW.plusWeeks(1));
        noFocus.put("purpose", Map.of("kind", "focus-question", "council", quad.b()));
        schedule(editor, quad, noFocus).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("purpose.text"));

        Map<String, Object> bad = session(NOW.plusWeeks(1));
        bad.put("purpose", Map.of("kind", "key-question", "council", Feed.newCouncilCode(), "text", "Ours?"));
        bad.put("items", List.of(
                Map.of("kind", "rubric-item", "questionCode", "7.7.7"),
                Map.of("kind", "key-question", "title", "Whose?"),
                Map.of("kind", "topic"),
                Map.of("kind", "rubric-item", "questionCode", "1.1.1", "title", "Extra words")));
        schedule(editor, quad, bad).then().statusCode(422)
                .body("errors.field", contains("items[0].questionCode", "items[1].council", "items[2].title",
                        "items[3]", "purpose.council"));

        Map<String, Object> both = withAgenda(session(NOW.plusWeeks(1)), List.of("1.1.1"));
        both.put("items", List.of(Map.of("kind", "topic", "title", "Both")));
        schedule(editor, quad, both).then().statusCode(422).body("errors.field", contains("items"));

        Map<String, Object> roles = session(NOW.plusWeeks(1));
        roles.put("invitedRoles", List.of("authority-editor", "everyone"));
        schedule(editor, quad, roles).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("invitedRoles[1]"));
        Map<String, Object> kinds = session(NOW.plusWeeks(1));
        kinds.put("items", List.of(Map.of("kind", "gossip", "title", "x")));
        schedule(editor, quad, kinds).then().statusCode(400).body("errors.field", hasItem("items[0].kind"));

        Map<String, Object> early = session(NOW.plusWeeks(1));
        early.put("attendance", List.of(Map.of("name", "Someone", "organisation", "ADES")));
        schedule(editor, quad, early).then().statusCode(409).body("errors.field", contains("attendance"));

        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/sessions")
                .then().statusCode(200).body("", empty());
    }

    @Test
    void eachItemRecordsItsOutcomeAtItsOwnVersionAndTheActionsRaisedFromItLinkToIt() {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.a());
        Map<String, Object> body = session(NOW.minusHours(1));
        body.put("items", List.of(
                Map.of("kind", "rubric-item", "questionCode", "1.1.1"),
                Map.of("kind", "topic", "title", "Sharing trackers")));
        body.put("attendance", List.of(Map.of("name", "A. Officer", "organisation", "ADES"),
                Map.of("name", "B. Head")));
        Response held = schedule(editor, quad, body);
        held.then().statusCode(201).body("attendance.name", contains("A. Officer", "B. Head"))
                .body("attendance[1].organisation", nullValue());
        String sessionId = held.path("id");
        String rubricItem = held.path("agenda[0].id");
        String topic = held.path("agenda[1].id");

        outcome(editor, quad, sessionId, rubricItem, null, "Clear tracking", null).then().statusCode(428);
        outcome(editor, quad, sessionId, rubricItem, "\"0\"", "Clear tracking", "Use learners' views")
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("strengths", equalTo("Clear tracking"))
                .body("improvements", equalTo("Use learners' views"))
                .body("outcomeBy", equalTo("editor-" + quad.a().toLowerCase()));
        outcome(Tokens.ades(), quad, sessionId, rubricItem, "\"0\"", "Overwrite", null).then().statusCode(412)
                .body("current", equalTo(1));

        Map<String, Object> action = new HashMap<>();
        action.put("ownerCouncil", quad.b());
        action.put("description", "Share the tracker with partners");
        action.put("dueDate", LocalDate.now().plusMonths(1).toString());
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(action)
                .when().post("/quads/" + quad.quadId() + "/sessions/" + sessionId + "/items/" + rubricItem + "/actions")
                .then().statusCode(201).body("questionCodes", contains("1.1.1")).body("ownerCouncil", equalTo(quad.b()));
        given().auth().oauth2(Tokens.viewer(quad.c())).contentType(ContentType.JSON).body(action)
                .when().post("/quads/" + quad.quadId() + "/sessions/" + sessionId + "/items/" + topic + "/actions")
                .then().statusCode(403);
        action.put("ownerCouncil", "S99999999");
        given().auth().oauth2(editor).contentType(ContentType.JSON).body(action)
                .when().post("/quads/" + quad.quadId() + "/sessions/" + sessionId + "/items/" + topic + "/actions")
                .then().statusCode(422).body("errors.field", contains("ownerCouncil"));

        given().auth().oauth2(Tokens.viewer(quad.d())).when().get("/quads/" + quad.quadId() + "/sessions/" + sessionId)
                .then().statusCode(200)
                .body("agenda[0].strengths", equalTo("Clear tracking"))
                .body("agenda[0].actions.description", contains("Share the tracker with partners"))
                .body("agenda[1].actions", empty());
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/actions").then().statusCode(200)
                .body("description", contains("Share the tracker with partners"));

        // Taking off an item with an outcome is refused and changes nothing; a new order keeps the outcome.
        patch(editor, quad, sessionId, "\"0\"", Map.of("items", List.of(Map.of("kind", "topic", "title",
                "Sharing trackers")))).then().statusCode(409).body("errors.field", contains("items"));
        patch(editor, quad, sessionId, "\"0\"", Map.of("items", List.of(
                Map.of("kind", "topic", "title", "Sharing trackers"),
                Map.of("kind", "rubric-item", "questionCode", "1.1.1"),
                Map.of("kind", "topic", "title", "Next steps")))).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("agenda.id[0]", equalTo(topic))
                .body("agenda.id[1]", equalTo(rubricItem))
                .body("agenda[1].strengths", equalTo("Clear tracking"))
                .body("agenda[1].actions", hasSize(1))
                .body("agenda[2].title", equalTo("Next steps"));

        Response scheduled = schedule(editor, quad, withAgenda(session(NOW.plusDays(3)), List.of("1.1.2")));
        scheduled.then().statusCode(201);
        String comingSession = scheduled.path("id");
        String coming = scheduled.path("agenda[0].id");
        outcome(editor, quad, comingSession, coming, "\"0\"", "Too soon", null).then().statusCode(409)
                .body("errors.field", contains("strengths"));
        outcome(editor, quad, sessionId, UUID.randomUUID().toString(), "\"0\"", "x", null).then().statusCode(404);
        outcome(editor, quad, comingSession, rubricItem, "\"1\"", "x", null).then().statusCode(404);
    }

    @Test
    void theAssignedAdesOfficerRunsTheQuadsSessionsWhileLinkInspectorsAndViewersReadThem() {
        Partners quad = Partners.form();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AssignmentResourceTest.assign("ades-officer", "officer-" + suffix, quad.quadId(), null)
                .then().statusCode(201);
        AssignmentResourceTest.assign("es-link", "inspector-" + suffix, null, quad.a()).then().statusCode(201);
        String officer = Tokens.adesOfficer("officer-" + suffix);

        String id = schedule(officer, quad, withAgenda(session(NOW.minusHours(1)), List.of("1.1.1")))
                .then().statusCode(201).body("hosts", contains("officer-" + suffix)).extract().path("id");
        String item = given().auth().oauth2(officer).when().get("/quads/" + quad.quadId() + "/sessions/" + id)
                .then().statusCode(200).extract().path("agenda[0].id");
        outcome(officer, quad, id, item, "\"0\"", "Agreed", null).then().statusCode(200);

        String inspector = Tokens.linkInspector("inspector-" + suffix);
        given().auth().oauth2(inspector).when().get("/quads/" + quad.quadId() + "/sessions/" + id)
                .then().statusCode(200).body("agenda[0].strengths", equalTo("Agreed"));
        schedule(inspector, quad, session(NOW.plusDays(1))).then().statusCode(403);
        outcome(inspector, quad, id, item, "\"1\"", "Mine", null).then().statusCode(403);
        outcome(Tokens.viewer(quad.b()), quad, id, item, "\"1\"", "Mine", null).then().statusCode(403);
        String otherOfficer = Tokens.adesOfficer("officer-elsewhere-" + suffix);
        schedule(otherOfficer, quad, session(NOW.plusDays(1))).then().statusCode(403);
    }

    @Test
    void aChallengeStaysOpenUntilTheCouncilAnswersAndTheSessionsToComeListIt() {
        Partners quad = Partners.revealed("dialogue");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AssignmentResourceTest.assign("es-link", "inspector-" + suffix, quad.quadId(), null)
                .then().statusCode(201);
        String inspector = Tokens.linkInspector("inspector-" + suffix);
        String challenge = CommentResourceTest.post(inspector, quad, "1.1.1", quad.b(), "challenge",
                "What lies behind the level here?").then().statusCode(201).extract().path("id");
        CommentResourceTest.post(Tokens.editor(quad.a()), quad, "1.1.2", quad.b(), "question", "Just asking")
                .then().statusCode(201);
        String held = schedule(Tokens.ades(), quad, withAgenda(session(NOW.minusDays(1)), List.of()))
                .then().statusCode(201).extract().path("id");
        String coming = schedule(Tokens.ades(), quad, withAgenda(session(NOW.plusDays(5)), List.of()))
                .then().statusCode(201)
                .body("openChallenges.id", contains(challenge))
                .body("openChallenges[0].aboutCouncil", equalTo(quad.b()))
                .body("openChallenges[0].author", equalTo("inspector-" + suffix))
                .extract().path("id");

        String councilB = Tokens.editor(quad.b());
        openChallenges(councilB, quad).then().statusCode(200)
                .body("id", contains(challenge)).body("[0].open", equalTo(true)).body("[0].answeredAt", nullValue());
        // Another council's reply is no answer; the challenged council's is.
        CommentResourceTest.reply(Tokens.editor(quad.c()), quad, challenge, "We wondered too").then().statusCode(201);
        openChallenges(councilB, quad).then().statusCode(200).body("id", contains(challenge));
        CommentResourceTest.reply(councilB, quad, challenge, "Our tracker and the inspection report")
                .then().statusCode(201);

        openChallenges(councilB, quad).then().statusCode(200).body("", empty());
        CommentResourceTest.list(Tokens.viewer(quad.d()), quad, "").then().statusCode(200)
                .body("find { it.id == '" + challenge + "' }.open", equalTo(false))
                .body("find { it.id == '" + challenge + "' }.answeredAt", org.hamcrest.Matchers.notNullValue())
                .body("find { it.kind == 'question' }.open", nullValue());
        given().auth().oauth2(inspector).when().get("/quads/" + quad.quadId() + "/sessions").then().statusCode(200)
                .body("find { it.id == '" + coming + "' }.openChallenges", empty())
                .body("find { it.id == '" + held + "' }.openChallenges", nullValue());
    }

    static Map<String, Object> session(OffsetDateTime startsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("startsAt", startsAt.format(RFC_3339));
        return body;
    }

    static Map<String, Object> withAgenda(Map<String, Object> body, List<String> codes) {
        body.put("agenda", codes);
        return body;
    }

    static Response schedule(String token, Partners quad, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/quads/" + quad.quadId() + "/sessions");
    }

    static Response patch(String token, Partners quad, String sessionId, String ifMatch, Map<String, ?> body) {
        return SessionResourceTest.patch(token, quad, sessionId, ifMatch, body);
    }

    static Response outcome(String token, Partners quad, String sessionId, String itemId, String ifMatch,
            String strengths, String improvements) {
        Map<String, Object> body = new HashMap<>();
        body.put("strengths", strengths);
        body.put("improvements", improvements);
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/quads/" + quad.quadId() + "/sessions/" + sessionId + "/items/" + itemId
                + "/outcome");
    }

    static Response openChallenges(String token, Partners quad) {
        return given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/comments?open=true");
    }
}
