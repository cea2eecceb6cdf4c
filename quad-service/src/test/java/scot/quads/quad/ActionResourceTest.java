package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.ActionV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class ActionResourceTest {

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void anEditorAgreesAnActionAndTheQuadFollowsItThroughToDone() {
        Partners quad = Partners.form();
        LocalDate due = TODAY.plusMonths(2);
        String actionId = create(Tokens.editor(quad.a()), quad, quad.b(), "Share the attainment tracker",
                List.of("1.1.1", "2.1.1"), due.toString())
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString("/quads/" + quad.quadId() + "/actions/"))
                .body("ownerCouncil", equalTo(quad.b()))
                .body("status", equalTo("open"))
                .body("questionCodes", contains("1.1.1", "2.1.1"))
                .body("dueDate", equalTo(due.toString()))
                .body("overdue", equalTo(false))
                .body("createdBy", equalTo("editor-" + quad.a().toLowerCase()))
                .extract().path("id");

        patch(Tokens.editor(quad.b()), quad, actionId, "\"0\"", Map.of("status", "in-progress"))
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("in-progress"));
        patch(Tokens.ades(), quad, actionId, "\"1\"", Map.of("status", "done", "description", "Tracker shared"))
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("done"))
                .body("description", equalTo("Tracker shared"))
                .body("updatedBy", equalTo("ades"));

        given().auth().oauth2(Tokens.viewer(quad.d())).when().get("/quads/" + quad.quadId() + "/actions")
                .then().statusCode(200)
                .body("id", contains(actionId))
                .body("[0].status", equalTo("done"))
                .body("[0].version", equalTo(2));
        given().auth().oauth2(Tokens.viewer(quad.c())).when()
                .get("/quads/" + quad.quadId() + "/actions/" + actionId)
                .then().statusCode(200).header("ETag", "\"2\"").body("description", equalTo("Tracker shared"));

        List<CloudEvent> published = TestKafka.events(Topics.QUAD_WORK, quad.quadId(), 3).stream()
                .filter(e -> e.type().equals(Events.ACTION_CREATED.name())
                        || e.type().equals(Events.ACTION_CHANGED.name())).toList();
        assertThat(published).extracting(CloudEvent::type).containsExactly(Events.ACTION_CREATED.name(),
                Events.ACTION_CHANGED.name(), Events.ACTION_CHANGED.name());
        List<ActionV1> events = List.of(EventCodec.data(published.get(0), Events.ACTION_CREATED),
                EventCodec.data(published.get(1), Events.ACTION_CHANGED),
                EventCodec.data(published.get(2), Events.ACTION_CHANGED));
        assertThat(events).extracting(ActionV1::status).containsExactly("open", "in-progress", "done");
        assertThat(events).extracting(ActionV1::previousStatus).containsExactly(null, "open", "in-progress");
        assertThat(events.get(0).ownerCouncilCode()).isEqualTo(quad.b());
        assertThat(events.get(0).cycleId()).isEqualTo(quad.cycleId());
        assertThat(events.get(0).questionCodes()).containsExactly("1.1.1", "2.1.1");
        assertThat(events.get(0).dueDate()).isEqualTo(due);
        assertThat(events.get(0).changedBy()).isEqualTo("editor-" + quad.a().toLowerCase());
        assertThat(events.get(2).description()).isEqualTo("Tracker shared");
        assertThat(events.get(2).changedBy()).isEqualTo("ades");
    }

    @Test
    void droppingNeedsAReasonAndAStatusMovesOnlyAlongTheAllowedPaths() {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.c());
        String actionId = create(editor, quad, quad.c(), "Visit a partner's family learning team", List.of(),
                TODAY.plusWeeks(6).toString()).then().statusCode(201).extract().path("id");

        patch(editor, quad, actionId, "\"0\"", Map.of("status", "dropped")).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("reason"));
        patch(editor, quad, actionId, "\"0\"", Map.of("status", "dropped", "reason", " ")).then().statusCode(422)
                .body("errors.field", contains("reason"));
        patch(editor, quad, actionId, "\"0\"", Map.of("status", "dropped", "reason", "The team was disbanded"))
                .then().statusCode(200).body("status", equalTo("dropped"))
                .body("statusReason", equalTo("The team was disbanded"));
        patch(editor, quad, actionId, "\"1\"", Map.of("status", "done")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors.field", contains("status"))
                .body("detail", containsString("dropped cannot become done"));
        patch(editor, quad, actionId, "\"1\"", Map.of("status", "open", "reason", "A new team formed"))
                .then().statusCode(200).body("status", equalTo("open"))
                .body("statusReason", equalTo("A new team formed"));
        patch(editor, quad, actionId, "\"2\"", Map.of("status", "done")).then().statusCode(200)
                .body("statusReason", nullValue());
        patch(editor, quad, actionId, "\"3\"", Map.of("status", "in-progress")).then().statusCode(409);
        patch(editor, quad, actionId, "\"3\"", Map.of("status", "done", "reason", "again")).then().statusCode(422)
                .body("errors.field", contains("reason"));
        patch(editor, quad, actionId, "\"3\"", Map.of("status", "done")).then().statusCode(200)
                .header("ETag", "\"3\"");
    }

    @Test
    void aChangeNeedsTheVersionLastReadAndAStaleOneChangesNothing() {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.a());
        String actionId = create(editor, quad, quad.a(), "Pilot the tracker", List.of("1.1.2"),
                TODAY.plusWeeks(3).toString()).then().statusCode(201).extract().path("id");
        patch(editor, quad, actionId, "\"0\"", Map.of("description", "Pilot the tracker in two schools"))
                .then().statusCode(200);

        patch(editor, quad, actionId, null, Map.of("status", "done")).then().statusCode(428)
                .contentType("application/problem+json");
        patch(editor, quad, actionId, "\"0\"", Map.of("status", "done")).then().statusCode(412)
                .contentType("application/problem+json").body("current", equalTo(1));
        patch(editor, quad, actionId, "soon", Map.of("status", "done")).then().statusCode(400)
                .body("errors.field", contains("If-Match"));
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/actions/" + actionId)
                .then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("open"));
    }

    @Test
    void editorsChangingAnActionAtTheSameMomentGetOne200AndOtherwise412WithTheCurrentVersion() throws Exception {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.a());
        String actionId = create(editor, quad, quad.a(), "Pilot the tracker", List.of("1.1.2"),
                TODAY.plusWeeks(3).toString()).then().statusCode(201).extract().path("id");

        int editors = 6;
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(editors);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(editors);
        List<java.util.concurrent.Future<Response>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < editors; i++) {
            String description = "Pilot the tracker, version " + i;
            answers.add(pool.submit(() -> {
                start.await();
                return patch(editor, quad, actionId, "\"0\"", Map.of("description", description));
            }));
        }
        List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Response> answer : answers) {
            Response response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            statuses.add(response.statusCode());
            if (response.statusCode() == 412) {
                assertThat(response.<Integer>path("current")).isEqualTo(1);
            }
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses.stream().filter(status -> status == 200).count()).isEqualTo(1);
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/actions/" + actionId)
                .then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void badActionsAreRefusedNamingTheFieldAndNothingIsWritten() {
        Partners quad = Partners.form();
        Partners other = Partners.form();
        String editor = Tokens.editor(quad.a());
        String due = TODAY.plusWeeks(2).toString();

        create(editor, quad, quad.b(), "x", List.of(), null).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("dueDate"));
        create(editor, quad, quad.b(), " ", List.of(), due).then().statusCode(400)
                .body("errors.field", hasItem("description"));
        create(editor, quad, quad.b(), "x".repeat(2001), List.of(), due).then().statusCode(400)
                .body("errors.field", hasItem("description"));
        create(editor, quad, quad.b(), "x", List.of(), "2027-02-30").then().statusCode(400)
                .contentType("application/problem+json");
        create(editor, quad, other.a(), "x", List.of("1.1.1", "9.9"), due).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("ownerCouncil", "questionCodes[1]"))
                .body("errors.field", not(hasItem("questionCodes[0]")));
        create(editor, quad, quad.b(), "x", List.of("1.1.1", "1.1.1"), due).then().statusCode(422)
                .body("errors.field", contains("questionCodes[1]"));
        create(editor, quad, quad.b(), "nul\u0000", List.of(), due).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("description"));
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/actions")
                .then().statusCode(200).body("", empty());

        String actionId = create(editor, quad, quad.b(), "Fine", List.of(), due).then().statusCode(201)
                .extract().path("id");
        patch(editor, quad, actionId, "\"0\"", Map.of("status", "finished")).then().statusCode(400)
                .body("errors.field", contains("status"));
        patch(editor, quad, actionId, "\"0\"", Map.of("ownerCouncil", other.b())).then().statusCode(422)
                .body("errors.field", contains("ownerCouncil"));
        patch(editor, quad, actionId, "\"0\"", Map.of("questionCodes", List.of("nope"))).then().statusCode(422)
                .body("errors.field", contains("questionCodes[0]"));
        patch(editor, quad, actionId, "\"0\"", Map.of("description", "")).then().statusCode(400)
                .body("errors.field", contains("description"));
        patch(editor, quad, UUID.randomUUID().toString(), "\"0\"", Map.of("status", "done")).then().statusCode(404);
        String elsewhere = create(Tokens.editor(other.a()), other, other.a(), "Theirs", List.of(), due)
                .then().statusCode(201).extract().path("id");
        patch(editor, quad, elsewhere, "\"0\"", Map.of("status", "done")).then().statusCode(404);
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/actions/" + elsewhere)
                .then().statusCode(404);
        given().auth().oauth2(editor).when().get("/quads/" + quad.quadId() + "/actions/" + actionId)
                .then().statusCode(200).header("ETag", "\"0\"").body("status", equalTo("open"))
                .body("ownerCouncil", equalTo(quad.b()));
    }

    @Test
    void onlyTheQuadsUsersReachItsActionsAndViewersOnlyRead() {
        Partners quad = Partners.form();
        Partners other = Partners.form();
        String due = TODAY.plusWeeks(2).toString();
        String actionId = create(Tokens.editor(quad.a()), quad, quad.a(), "Ours", List.of(), due)
                .then().statusCode(201).extract().path("id");

        for (String outsider : List.of(Tokens.editor(other.a()), Tokens.viewer(other.b()))) {
            given().auth().oauth2(outsider).when().get("/quads/" + quad.quadId() + "/actions")
                    .then().statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(outsider).when().get("/quads/" + quad.quadId() + "/actions/" + actionId)
                    .then().statusCode(403);
            create(outsider, quad, quad.a(), "Sneaky", List.of(), due).then().statusCode(403);
            patch(outsider, quad, actionId, "\"0\"", Map.of("status", "done")).then().statusCode(403);
        }
        create(Tokens.viewer(quad.b()), quad, quad.b(), "Viewer", List.of(), due).then().statusCode(403);
        patch(Tokens.viewer(quad.b()), quad, actionId, "\"0\"", Map.of("status", "done")).then().statusCode(403);
        given().auth().oauth2(Tokens.nobody()).when().get("/quads/" + quad.quadId() + "/actions")
                .then().statusCode(403);
        given().when().get("/quads/" + quad.quadId() + "/actions").then().statusCode(401);
        given().when().get("/actions/overdue").then().statusCode(401);
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quad.quadId() + "/actions/" + actionId)
                .then().statusCode(200).header("ETag", "\"0\"").body("status", equalTo("open"));
    }

    @Test
    void theOverdueListShowsAdesEveryQuadAndACouncilOnlyItsOwnQuads() {
        Partners quad = Partners.form();
        Partners other = Partners.form();
        String yesterday = TODAY.minusDays(1).toString();
        String late = create(Tokens.editor(quad.a()), quad, quad.b(), "Late", List.of(), yesterday)
                .then().statusCode(201).body("overdue", equalTo(true)).extract().path("id");
        String finished = create(Tokens.editor(quad.a()), quad, quad.c(), "Late but done", List.of(), yesterday)
                .then().statusCode(201).extract().path("id");
        patch(Tokens.editor(quad.a()), quad, finished, "\"0\"", Map.of("status", "done")).then().statusCode(200)
                .body("overdue", equalTo(false));
        create(Tokens.editor(quad.a()), quad, quad.d(), "Not yet due", List.of(), TODAY.plusDays(1).toString())
                .then().statusCode(201);
        String theirs = create(Tokens.editor(other.a()), other, other.a(), "Theirs, late", List.of(),
                TODAY.minusDays(3).toString()).then().statusCode(201).extract().path("id");

        overdue(Tokens.ades(), "?cycleId=" + quad.cycleId()).then().statusCode(200)
                .body("id", contains(late))
                .body("[0].quadId", equalTo(quad.quadId()))
                .body("[0].overdue", equalTo(true));
        overdue(Tokens.ades(), "").then().statusCode(200).body("id", hasItems(late, theirs))
                .body("id", not(hasItem(finished)));
        overdue(Tokens.viewer(quad.d()), "").then().statusCode(200).body("id", contains(late));
        overdue(Tokens.editor(quad.b()), "?cycleId=" + quad.cycleId()).then().statusCode(200)
                .body("id", contains(late));
        overdue(Tokens.editor(quad.b()), "?cycleId=" + other.cycleId()).then().statusCode(200).body("", empty());
        overdue(Tokens.editor(other.c()), "").then().statusCode(200).body("id", contains(theirs));
        overdue(Tokens.ades(), "?cycleId=next-year").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("cycleId"));
        overdue(Tokens.nobody(), "").then().statusCode(403);
    }

    @Test
    void anActionSentAgainWithItsIdempotencyKeyIsCreatedAndAnnouncedOnce() {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.a());
        String key = UUID.randomUUID().toString();
        String due = TODAY.plusMonths(1).toString();
        Map<String, Object> action = Map.of("ownerCouncil", quad.b(), "description", "Sent twice?",
                "questionCodes", List.of("1.1.1"), "dueDate", due);

        // A retry after an answer that never arrived: the same action with the same key.
        String first = create(editor, key, quad, action).then().statusCode(201).header("ETag", "\"0\"")
                .extract().path("id");
        create(editor, key, quad, action).then().statusCode(201).body("id", equalTo(first))
                .header("Location", containsString("/actions/" + first));
        // Changed since, a retry still finds it, as it is now.
        patch(Tokens.editor(quad.b()), quad, first, "\"0\"", Map.of("status", "in-progress")).then().statusCode(200);
        create(editor, key, quad, action).then().statusCode(201).body("id", equalTo(first))
                .body("status", equalTo("in-progress")).header("ETag", "\"1\"");
        // The key is the user's own: another council's editor using it agrees an action of its own.
        String other = create(Tokens.editor(quad.c()), key, quad, action).then().statusCode(201)
                .extract().path("id");
        assertThat(other).isNotEqualTo(first);
        // The same key for a different action is refused naming the header; a key of the wrong form too.
        Map<String, Object> different = new HashMap<>(action);
        different.put("dueDate", TODAY.plusMonths(2).toString());
        create(editor, key, quad, different).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("Idempotency-Key"));
        create(editor, "two words", quad, different).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("Idempotency-Key"));

        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quad.quadId() + "/actions").then()
                .statusCode(200).body("id", contains(first, other));
        List<CloudEvent> created = TestKafka.events(Topics.QUAD_WORK, quad.quadId(), 3).stream()
                .filter(e -> e.type().equals(Events.ACTION_CREATED.name())).toList();
        assertThat(created).extracting(e -> EventCodec.data(e, Events.ACTION_CREATED).actionId().toString())
                .containsExactly(first, other);
    }

    @Test
    void anIdempotencyKeyCoversThePlansFieldsToo() {
        Partners quad = Partners.form();
        String editor = Tokens.editor(quad.a());
        String key = UUID.randomUUID().toString();
        Map<String, Object> action = new HashMap<>(Map.of("ownerCouncil", quad.b(), "description",
                "Run the attendance pilot", "questionCodes", List.of("1.1.1"), "dueDate",
                TODAY.plusMonths(3).toString(), "officerName", "R. Example", "officerRole", "Attendance lead",
                "successMeasure", "Attendance in the pilot schools", "baseline", "86% (2025-26)", "target",
                "89% by June 2027"));

        String first = create(editor, key, quad, action).then().statusCode(201)
                .body("officerName", equalTo("R. Example")).extract().path("id");
        // The same action again (its plan's fields as sent, spacing aside): the one already agreed.
        Map<String, Object> same = new HashMap<>(action);
        same.put("officerName", "  R. Example ");
        create(editor, key, quad, same).then().statusCode(201).body("id", equalTo(first));
        // Each plan field differing alone makes it a different action: the key is refused, nothing is agreed.
        for (Map.Entry<String, String> field : Map.of("officerName", "S. Other", "officerRole", "Head of service",
                "successMeasure", "Exclusions in the pilot schools", "baseline", "85% (2025-26)",
                "target", "90% by June 2027").entrySet()) {
            Map<String, Object> different = new HashMap<>(action);
            different.put(field.getKey(), field.getValue());
            create(editor, key, quad, different).then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", contains("Idempotency-Key"));
        }
        Map<String, Object> withoutPlan = new HashMap<>(action);
        List.of("officerName", "officerRole", "successMeasure", "baseline", "target").forEach(withoutPlan::remove);
        create(editor, key, quad, withoutPlan).then().statusCode(422)
                .body("errors.field", contains("Idempotency-Key"));
        Map<String, Object> withStep = new HashMap<>(action);
        withStep.put("nextStepId", UUID.randomUUID().toString());
        create(editor, key, quad, withStep).then().statusCode(422).body("errors.field", contains("Idempotency-Key"));

        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quad.quadId() + "/actions").then()
                .statusCode(200).body("id", contains(first)).body("[0].officerName", equalTo("R. Example"));
    }

    static Response create(String token, String idempotencyKey, Partners quad, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body(body).when().post("/quads/" + quad.quadId() + "/actions");
    }

    static Response create(String token, Partners quad, String owner, String description, List<String> questions,
            String due) {
        Map<String, Object> body = new HashMap<>();
        body.put("ownerCouncil", owner);
        body.put("description", description);
        body.put("questionCodes", questions);
        if (due != null) {
            body.put("dueDate", due);
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/quads/" + quad.quadId() + "/actions");
    }

    static Response patch(String token, Partners quad, String actionId, String ifMatch, Map<String, ?> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().patch("/quads/" + quad.quadId() + "/actions/" + actionId);
    }

    static Response overdue(String token, String query) {
        return given().auth().oauth2(token).when().get("/actions/overdue" + query);
    }
}
