package scot.quads.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.notification.service.ProjectionService;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class NotificationResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = Topics.deadLetter("notification-service");

    @Test
    void aPartnerIsToldWhenACouncilInItsQuadSubmits() {
        Quad quad = formedQuad();

        quad.submits(0);

        String partner = Tokens.editor(quad.members.get(1));
        awaitUnread(partner, 1);
        JsonPath inbox = inbox(partner, "");
        assertThat(inbox.getInt("unreadCount")).isEqualTo(1);
        assertThat(inbox.getList("items")).hasSize(1);
        assertThat(inbox.getString("items[0].title")).isEqualTo(quad.name(0) + " submitted its self-evaluation");
        assertThat(inbox.getString("items[0].body")).isEqualTo(
                quad.name(0) + ", a partner in your quad, submitted its self-evaluation for " + quad.cycleName + ".");
        assertThat(inbox.getString("items[0].type")).isEqualTo("self-evaluation.submitted");
        assertThat(inbox.getString("items[0].link")).isEqualTo("/cycles/" + quad.cycleId + "/quads");
        assertThat(inbox.getBoolean("items[0].read")).isFalse();
        assertThat(OffsetDateTime.parse(inbox.getString("items[0].createdAt"))).isNotNull();
        assertThat(UUID.fromString(inbox.getString("items[0].id"))).isNotNull();

        awaitUnread(Tokens.viewer(quad.members.get(3)), 1);
    }

    @Test
    void theSubmittingCouncilGetsAConfirmationNotThePartnersMessage() {
        Quad quad = formedQuad();

        quad.submits(0);

        String submitter = Tokens.editor("officer-" + quad.members.get(0), quad.members.get(0));
        awaitUnread(submitter, 1);
        JsonPath inbox = inbox(submitter, "");
        assertThat(inbox.getList("items.title", String.class))
                .containsExactly("Your self-evaluation for " + quad.cycleName + " was submitted");
        assertThat(inbox.getString("items[0].type")).isEqualTo("self-evaluation.submission-confirmed");
        assertThat(inbox.getString("items[0].body")).startsWith("Submitted by officer-one.")
                .contains(quad.name(1), quad.name(2), quad.name(3));
        assertThat(inbox.getString("items[0].link")).isEqualTo("/cycles/" + quad.cycleId + "/self-evaluation");
    }

    @Test
    void aCouncilOutsideTheQuadIsToldNothing() {
        Quad quad = formedQuad();
        Quad otherQuad = formedQuad(quad.cycleId, quad.cycleName);

        quad.submits(0);

        awaitUnread(Tokens.editor(quad.members.get(1)), 1);
        for (String outsider : otherQuad.members) {
            given().auth().oauth2(Tokens.editor(outsider))
                    .when().get("/notifications")
                    .then().statusCode(200)
                    .body("unreadCount", equalTo(0))
                    .body("items", empty());
        }
    }

    @Test
    void adesIsToldOfEverySubmission() {
        Quad quad = formedQuad();

        quad.submits(2);

        String title = quad.name(2) + " submitted its self-evaluation";
        await().atMost(PATIENCE).until(() -> titles(Tokens.ades()).contains(title));
        JsonPath inbox = inbox(Tokens.ades(), "?limit=200");
        Map<String, Object> item = inbox.getMap("items.find { it.title == '" + title + "' }");
        assertThat(item.get("body"))
                .isEqualTo(quad.name(2) + " submitted its self-evaluation for " + quad.cycleName + ".");
        assertThat(item.get("read")).isEqualTo(false);
        assertThat(inbox.getInt("unreadCount")).isPositive();
        assertThat(inbox.getList("items.title", String.class))
                .noneMatch(t -> t.startsWith("Your self-evaluation"));
    }

    @Test
    void readingANotificationMarksItReadForThatUserOnly() {
        Quad quad = formedQuad();
        String council = quad.members.get(1);
        String alice = Tokens.editor("alice-" + council, council);
        String bob = Tokens.editor("bob-" + council, council);
        quad.submits(0);
        awaitUnread(alice, 1);
        String id = inbox(alice, "").getString("items[0].id");

        given().auth().oauth2(alice).when().post("/notifications/" + id + "/read").then().statusCode(204);
        given().auth().oauth2(alice).when().post("/notifications/" + id + "/read").then().statusCode(204);

        given().auth().oauth2(alice).when().get("/notifications")
                .then().statusCode(200)
                .body("unreadCount", equalTo(0))
                .body("items[0].id", equalTo(id))
                .body("items[0].read", equalTo(true));
        given().auth().oauth2(bob).when().get("/notifications")
                .then().statusCode(200)
                .body("unreadCount", equalTo(1))
                .body("items[0].id", equalTo(id))
                .body("items[0].read", equalTo(false));
        given().auth().oauth2(alice).when().get("/notifications?unreadOnly=true")
                .then().statusCode(200)
                .body("unreadCount", equalTo(0))
                .body("items", empty());
    }

    @Test
    void readAllMarksEveryOneOfMyNotificationsRead() {
        Quad quad = formedQuad();
        String council = quad.members.get(3);
        String carol = Tokens.editor("carol-" + council, council);
        String dan = Tokens.viewer(council);
        quad.submits(0);
        quad.submits(1);
        quad.submits(2);
        awaitUnread(carol, 3);

        given().auth().oauth2(carol).when().get("/notifications?limit=2")
                .then().statusCode(200)
                .body("unreadCount", equalTo(3))
                .body("items", hasSize(2));

        given().auth().oauth2(carol).when().post("/notifications/read-all").then().statusCode(204);

        given().auth().oauth2(carol).when().get("/notifications")
                .then().statusCode(200)
                .body("unreadCount", equalTo(0))
                .body("items", hasSize(3))
                .body("items.read", everyItem(equalTo(true)));
        given().auth().oauth2(dan).when().get("/notifications?unreadOnly=true")
                .then().statusCode(200)
                .body("unreadCount", equalTo(3))
                .body("items", hasSize(3));
    }

    @Test
    void theInboxIsNewestFirst() {
        Quad quad = formedQuad();
        quad.submits(0);
        awaitUnread(Tokens.editor(quad.members.get(3)), 1);
        quad.submits(1);
        awaitUnread(Tokens.editor(quad.members.get(3)), 2);

        given().auth().oauth2(Tokens.editor(quad.members.get(3))).when().get("/notifications")
                .then().statusCode(200)
                .body("items.title", equalTo(List.of(
                        quad.name(1) + " submitted its self-evaluation",
                        quad.name(0) + " submitted its self-evaluation")));
    }

    @Test
    void anotherAudiencesNotificationCannotBeMarkedAndIsNotRevealed() {
        Quad quad = formedQuad();
        Quad otherQuad = formedQuad(quad.cycleId, quad.cycleName);
        quad.submits(0);
        String partner = Tokens.editor(quad.members.get(1));
        awaitUnread(partner, 1);
        String id = inbox(partner, "").getString("items[0].id");

        for (String stranger : List.of(Tokens.editor(otherQuad.members.get(0)), Tokens.ades(), Tokens.nobody())) {
            given().auth().oauth2(stranger).when().post("/notifications/" + id + "/read")
                    .then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("status", equalTo(404));
        }

        given().auth().oauth2(partner).when().get("/notifications").then().body("unreadCount", equalTo(1));
    }

    @Test
    void anUnknownNotificationIs404() {
        given().auth().oauth2(Tokens.ades()).when().post("/notifications/" + UUID.randomUUID() + "/read")
                .then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).when().post("/notifications/not-a-notification/read")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("not-a-notification"));
    }

    @Test
    void theInboxNeedsASignedInUser() {
        given().when().get("/notifications")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().post("/notifications/" + UUID.randomUUID() + "/read")
                .then().statusCode(401).contentType("application/problem+json");
        given().when().post("/notifications/read-all")
                .then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(Tokens.forged()).when().get("/notifications")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aUserWithNeitherACouncilNorAdesHasAnEmptyInbox() {
        given().auth().oauth2(Tokens.nobody()).when().get("/notifications")
                .then().statusCode(200)
                .body("unreadCount", equalTo(0))
                .body("items", empty());
        given().auth().oauth2(Tokens.nobody()).when().post("/notifications/read-all")
                .then().statusCode(204);
    }

    @Test
    void theLimitMustBeFrom1To200() {
        for (String limit : List.of("0", "201", "-5", "050", "lots", "1.5")) {
            given().auth().oauth2(Tokens.ades()).when().get("/notifications?limit=" + limit)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("limit"));
        }
        given().auth().oauth2(Tokens.ades()).when().get("/notifications?limit=200").then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().get("/notifications?limit=1")
                .then().statusCode(200)
                .body("items.size()", lessThanOrEqualTo(1));
    }

    @Test
    void unreadOnlyMustBeTrueOrFalse() {
        given().auth().oauth2(Tokens.ades()).when().get("/notifications?unreadOnly=perhaps&limit=0")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("unreadOnly", "limit"));
        given().auth().oauth2(Tokens.ades()).when().get("/notifications?unreadOnly=TRUE").then().statusCode(200);
    }

    @Test
    void aSubmissionDeliveredAgainIsToldOncePerAudience() {
        Quad quad = formedQuad();
        UUID evaluation = UUID.randomUUID();
        CloudEvent submitted = quad.submission(0, evaluation, quad.cycleId);
        String submitter = Tokens.editor(quad.members.get(0));

        TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), submitted);
        TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), submitted);
        awaitUnread(submitter, 1);
        // Even with the processed-event record gone (say, pruned), the redelivery adds nothing.
        Stored.execute("DELETE FROM processed_event WHERE event_id = ?", submitted.id());
        TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), submitted);
        // A later event for the same evaluation, behind the repeats on the same partition, marks the end.
        UUID laterCycle = UUID.randomUUID();
        TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), quad.submission(0, evaluation, laterCycle));
        await().atMost(PATIENCE)
                .until(() -> titles(submitter).stream().anyMatch(t -> t.contains(laterCycle.toString())));

        assertThat(titles(submitter)).containsExactlyInAnyOrder(
                "Your self-evaluation for " + quad.cycleName + " was submitted",
                "Your self-evaluation for cycle " + laterCycle + " was submitted");
        for (int partner = 1; partner < 4; partner++) {
            assertThat(titles(Tokens.editor(quad.members.get(partner))))
                    .containsExactly(quad.name(0) + " submitted its self-evaluation");
        }
        assertThat(inbox(Tokens.ades(), "?limit=200").getList("items.body", String.class))
                .filteredOn(body -> body.equals(
                        quad.name(0) + " submitted its self-evaluation for " + quad.cycleName + "."))
                .hasSize(1);
    }

    @Test
    void aSubmissionBeforeItsQuadAndNamesAreKnownTellsAdesAndTheCouncilByCode() {
        String council = newCode();
        UUID cycle = UUID.randomUUID();
        UUID evaluation = UUID.randomUUID();

        TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), EventCodec.event(
                Events.SELF_EVALUATION_SUBMITTED, "/rubric-service", evaluation.toString(),
                submittedPayload(evaluation, cycle, council)));

        String submitter = Tokens.editor(council);
        awaitUnread(submitter, 1);
        assertThat(titles(submitter)).containsExactly("Your self-evaluation for cycle " + cycle + " was submitted");
        assertThat(inbox(submitter, "").getString("items[0].body")).endsWith("ADES has been told.");
        await().atMost(PATIENCE)
                .until(() -> titles(Tokens.ades()).contains(council + " submitted its self-evaluation"));
    }

    @Test
    void aQuadFormedAgainReplacesItsMembers() {
        Quad quad = formedQuad();
        String newcomer = newCode();
        announceCouncil(newcomer, "Newcomer " + newcomer);
        String leaver = quad.members.get(3);
        List<String> reformed = List.of(quad.members.get(0), quad.members.get(1), quad.members.get(2), newcomer);
        TestKafka.send(Topics.QUADS, quad.quadId.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quad.quadId.toString(), new QuadV1(quad.quadId, quad.cycleId, "Reformed", reformed)));
        await().atMost(PATIENCE).until(() -> members(quad.quadId).equals(reformed.stream().sorted().toList()));

        quad.submits(0);

        awaitUnread(Tokens.editor(newcomer), 2);
        assertThat(titles(Tokens.editor(newcomer))).containsExactlyInAnyOrder(
                quad.name(0) + " submitted its self-evaluation", "Your quad for " + quad.cycleName + ": Reformed");
        assertThat(titles(Tokens.editor(leaver)))
                .containsExactly("Council " + leaver + " left Reformed for " + quad.cycleName);
    }

    @Test
    void aMalformedSubmissionIsDeadLetteredAndLaterOnesStillArrive() {
        Quad quad = formedQuad();
        String key = "poison-" + UUID.randomUUID();
        CloudEvent incomplete = new CloudEvent("1.0", UUID.randomUUID().toString(), "/rubric-service",
                Events.SELF_EVALUATION_SUBMITTED.name(), OffsetDateTime.now(), key, "application/json",
                EventCodec.mapper().createObjectNode().put("evaluationId", UUID.randomUUID().toString()));

        TestKafka.send(Topics.SELF_EVALUATIONS, key, "{\"this is\": \"not an event\"");
        TestKafka.send(Topics.SELF_EVALUATIONS, key, incomplete);
        TestKafka.send(Topics.SELF_EVALUATIONS, key, quad.submission(0, UUID.randomUUID(), quad.cycleId));

        awaitUnread(Tokens.editor(quad.members.get(1)), 1);
        List<ConsumerRecord<String, String>> dead = TestKafka.records(DEAD_LETTERS, PATIENCE,
                seen -> seen.stream().filter(r -> key.equals(r.key())).count() >= 2)
                .stream().filter(r -> key.equals(r.key())).toList();
        assertThat(dead).hasSize(2);
        assertThat(dead.get(0).value()).isEqualTo("{\"this is\": \"not an event\"");
        assertThat(TestKafka.headers(dead.get(0)).get("dead-letter-reason")).contains("not a CloudEvents");
        assertThat(dead.get(1).value()).contains(incomplete.id());
        assertThat(TestKafka.headers(dead.get(1)).get("dead-letter-reason")).contains("unreadable data");
    }

    @Test
    void theServiceIsHealthyAndDescribesItself() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/notifications/{id}/read"))
                .body("info.title", equalTo("Quads notification service"));
        given().auth().oauth2(Tokens.token("scraper", java.util.List.of("quads-metrics"), null))
                .when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests"));
    }

    // ---------------------------------------------------------------- scenario helpers

    /** Four fresh councils, named and in one quad for a fresh cycle, all known to the service before a test acts. */
    private static Quad formedQuad() {
        UUID cycle = UUID.randomUUID();
        String cycleName = "2025-26 (" + cycle.toString().substring(0, 8) + ")";
        TestKafka.send(Topics.CYCLES, cycle.toString(), EventCodec.event(Events.CYCLE_OPENED, "/rubric-service",
                cycle.toString(), new CycleV1(cycle, cycleName, UUID.randomUUID(), LocalDate.of(2025, 8, 1),
                        LocalDate.of(2026, 3, 31), "all-submitted-or-deadline", "open")));
        await().atMost(PATIENCE).until(() -> cycleKnown(cycle));
        return formedQuad(cycle, cycleName);
    }

    private static Quad formedQuad(UUID cycle, String cycleName) {
        List<String> members = List.of(newCode(), newCode(), newCode(), newCode());
        for (String member : members) {
            announceCouncil(member, "Council " + member);
        }
        UUID quadId = UUID.randomUUID();
        // Straight into the projection: these tests are about submissions, not the quad-formed notices
        // (EventNotificationsTest covers those through Kafka).
        Arc.container().instance(ProjectionService.class).get().quad(new QuadV1(quadId, cycle, "Quad", members));
        await().atMost(PATIENCE).until(() -> members(quadId).size() == 4
                && Stored.councilNames(members).size() == 4);
        return new Quad(quadId, cycle, cycleName, members);
    }

    private static void announceCouncil(String code, String name) {
        TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                code, new CouncilV1(code, name, null, null, null, 1, 1, true)));
    }

    private record Quad(UUID quadId, UUID cycleId, String cycleName, List<String> members) {

        String name(int member) {
            return "Council " + members.get(member);
        }

        void submits(int member) {
            UUID evaluation = UUID.randomUUID();
            TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), submission(member, evaluation, cycleId));
        }

        CloudEvent submission(int member, UUID evaluation, UUID cycle) {
            return EventCodec.event(Events.SELF_EVALUATION_SUBMITTED, "/rubric-service", evaluation.toString(),
                    submittedPayload(evaluation, cycle, members.get(member)));
        }
    }

    private static SelfEvaluationSubmittedV1 submittedPayload(UUID evaluation, UUID cycle, String council) {
        return new SelfEvaluationSubmittedV1(evaluation, cycle, council, UUID.randomUUID(),
                OffsetDateTime.now(), "officer-one", List.of(new SelfEvaluationSubmittedV1.Answer(
                        "1.1", 4, false, null, "Attainment data", "Strong", "Consistency", "Share practice")));
    }

    /** A fresh council code shaped like a GSS code, so tests sharing the database never meet. */
    private static String newCode() {
        return "S12" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static boolean cycleKnown(UUID cycle) {
        return Stored.cycleKnown(cycle);
    }

    private static List<String> members(UUID quad) {
        return Stored.quadMembers(quad);
    }

    // ---------------------------------------------------------------- inbox helpers

    private static JsonPath inbox(String token, String query) {
        return given().auth().oauth2(token).when().get("/notifications" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> titles(String token) {
        return inbox(token, "?limit=200").getList("items.title", String.class);
    }

    private static void awaitUnread(String token, int count) {
        await().atMost(PATIENCE).until(() -> inbox(token, "").getInt("unreadCount") >= count);
        assertThat(inbox(token, "").getInt("unreadCount")).isEqualTo(count);
    }
}
