package scot.quads.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleDeadlineV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.QuadChangedV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.contract.payload.SelfEvaluationRecalledV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.notification.service.NotificationBroadcaster;
import scot.quads.notification.service.NotificationFeed;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** The rules beyond submission, fed through Kafka, as each council's inbox and live stream show them. */
@QuarkusTest
@QuadsTestStack
class EventNotificationsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    NotificationBroadcaster broadcaster;

    @Inject
    NotificationFeed feed;

    @TestHTTPResource("/notifications/stream")
    URI stream;

    @Test
    void aFormedQuadTellsItsMembersAndAChangeTellsWhoJoinedStayedAndLeft() {
        Scenario s = scenario();
        List<String> members = s.codes.subList(0, 4);
        UUID quad = UUID.randomUUID();

        TestKafka.send(Topics.QUADS, quad.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quad.toString(), new QuadV1(quad, s.cycle, "North", members)));

        await().atMost(PATIENCE).until(() -> titles(s.codes.get(0)).size() == 1);
        assertThat(titles(s.codes.get(0))).containsExactly("Your quad for " + s.cycleName + ": North");
        assertThat(inbox(s.codes.get(0)).get(0).get("body")).asString()
                .startsWith(s.name(0) + " is in North for " + s.cycleName + " with ");

        String newcomer = s.codes.get(4);
        String leaver = s.codes.get(3);
        List<String> now = List.of(s.codes.get(0), s.codes.get(1), s.codes.get(2), newcomer);
        TestKafka.send(Topics.QUADS, quad.toString(), EventCodec.event(Events.QUAD_CHANGED, "/quad-service",
                quad.toString(), new QuadChangedV1(quad, s.cycle, "North", now, List.of(newcomer), List.of(leaver))));

        await().atMost(PATIENCE).until(() -> titles(leaver).size() == 2);
        assertThat(titles(leaver).get(0)).isEqualTo(s.name(3) + " left North for " + s.cycleName);
        assertThat(titles(newcomer)).containsExactly("Your quad for " + s.cycleName + ": North");
        await().atMost(PATIENCE).until(() -> titles(s.codes.get(1)).size() == 2);
        assertThat(inbox(s.codes.get(1)).get(0).get("body")).asString()
                .startsWith("Joined: " + s.name(4) + ". Left: " + s.name(3) + ".");

        TestKafka.send(Topics.QUADS, quad.toString(), EventCodec.event(Events.QUAD_CHANGED, "/quad-service",
                quad.toString(), new QuadChangedV1(quad, s.cycle, "North", List.of(), List.of(), now)));
        await().atMost(PATIENCE).until(() -> titles(newcomer).size() == 2);
        assertThat(titles(newcomer).get(0)).isEqualTo("Your quad for " + s.cycleName + " was dissolved");
    }

    @Test
    void whenEveryMemberHasSubmittedTheWholeQuadIsToldAnswersAreRevealed() {
        Scenario s = scenario();
        List<String> members = s.codes.subList(0, 3);
        s.formQuad(members);

        s.submit(0);
        s.submit(1);
        s.recall(1);
        s.submit(2);
        await().atMost(PATIENCE).until(() -> titles(s.codes.get(0)).contains(s.name(1) + " recalled its self-evaluation"));
        assertThat(titles(s.codes.get(2))).noneMatch(t -> t.startsWith("Answers revealed"));
        assertThat(titles(s.codes.get(1))).doesNotContain(s.name(1) + " recalled its self-evaluation");
        s.submit(1);

        for (String member : members) {
            await().atMost(PATIENCE).until(() -> titles(member).contains(
                    "Answers revealed: every council in your quad has submitted"));
            assertThat(titles(member)).filteredOn(t -> t.startsWith("Answers revealed")).hasSize(1);
        }
        assertThat(titles(s.codes.get(4))).isEmpty();
    }

    @Test
    void aQuadFormedAfterSomeMembersSubmittedTellsEachMemberWhichPartnersAlreadyHave() {
        Scenario s = scenario();
        s.submit(0);
        s.submit(1);
        await().atMost(PATIENCE).until(() -> titles(s.codes.get(0)).size() == 1 && titles(s.codes.get(1)).size() == 1);
        UUID quad = UUID.randomUUID();

        TestKafka.send(Topics.QUADS, quad.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quad.toString(), new QuadV1(quad, s.cycle, "South", s.codes.subList(0, 3))));

        await().atMost(PATIENCE).until(() -> titles(s.codes.get(2)).size() == 1
                && titles(s.codes.get(0)).size() == 2 && titles(s.codes.get(1)).size() == 2);
        assertThat(inbox(s.codes.get(2)).get(0).get("body")).asString()
                .endsWith(" Already submitted their self-evaluations: "
                        + String.join(", ", List.of(s.name(0), s.name(1)).stream().sorted().toList()) + ".");
        assertThat(inbox(s.codes.get(0)).get(0).get("body")).asString()
                .endsWith(" Already submitted their self-evaluation: " + s.name(1) + ".");
        assertThat(titles(s.codes.get(0))).noneMatch(t -> t.startsWith("Answers revealed"));

        s.submit(2);
        await().atMost(PATIENCE).until(() -> titles(s.codes.get(0)).contains(
                "Answers revealed: every council in your quad has submitted"));
    }

    @Test
    void aQuadFormedAfterEveryMemberSubmittedRevealsTheAnswersAtOnce() {
        Scenario s = scenario();
        s.submit(0);
        s.submit(1);
        await().atMost(PATIENCE).until(() -> titles(s.codes.get(0)).size() == 1 && titles(s.codes.get(1)).size() == 1);
        UUID quad = UUID.randomUUID();

        TestKafka.send(Topics.QUADS, quad.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quad.toString(), new QuadV1(quad, s.cycle, "Pair", s.codes.subList(0, 2))));

        for (int member = 0; member < 2; member++) {
            String code = s.codes.get(member);
            await().atMost(PATIENCE).until(() -> titles(code).size() == 3);
            assertThat(titles(code)).contains("Your quad for " + s.cycleName + ": Pair",
                    "Answers revealed: every council in your quad has submitted");
        }
    }

    @Test
    void aPassedDeadlineTellsEachLateCouncilAndGivesAdesTheList() {
        Scenario s = scenario();

        TestKafka.send(Topics.CYCLES, s.cycle.toString(), EventCodec.event(Events.CYCLE_DEADLINE_PASSED,
                "/rubric-service", s.cycle.toString(), new CycleDeadlineV1(s.cycle, s.cycleName,
                        LocalDate.of(2026, 3, 31), 0, List.of(s.codes.get(0), s.codes.get(1)))));

        await().atMost(PATIENCE).until(() -> titles(s.codes.get(1)).size() == 1);
        assertThat(titles(s.codes.get(0))).containsExactly("The deadline for " + s.cycleName + " has passed");
        assertThat(titles(s.codes.get(2))).isEmpty();
        String adesTitle = "2 councils have not submitted " + s.cycleName;
        await().atMost(PATIENCE).until(() -> titlesOf(Tokens.ades()).contains(adesTitle));
        List<Map<String, Object>> items = inboxOf(Tokens.ades());
        assertThat(items).filteredOn(i -> adesTitle.equals(i.get("title"))).singleElement()
                .extracting(i -> i.get("body")).isEqualTo("Not submitted by the deadline of 31 March 2026: "
                        + String.join(", ", List.of(s.name(0), s.name(1)).stream().sorted().toList()) + ".");
    }

    @Test
    void theLiveStreamReceivesANewNotificationForMyCouncilOnly() {
        Scenario s = scenario();
        List<String> lines = new CopyOnWriteArrayList<>();
        Runnable close = openStream(Tokens.editor(s.codes.get(0)), lines);
        try {
            TestKafka.send(Topics.CYCLES, s.cycle.toString(), EventCodec.event(Events.CYCLE_DEADLINE_APPROACHING,
                    "/rubric-service", s.cycle.toString(), new CycleDeadlineV1(s.cycle, s.cycleName,
                            LocalDate.of(2026, 3, 31), 5, List.of(s.codes.get(1), s.codes.get(0)))));

            String title = "Your self-evaluation for " + s.cycleName + " is due in 5 days";
            await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains(title)));
            String data = lines.stream().filter(l -> l.startsWith("data:")).findFirst().orElseThrow();
            assertThat(data).contains("\"type\":\"deadline-approaching\"")
                    .contains(s.name(0) + "'s self-evaluation").doesNotContain(s.name(1));
            assertThat(lines.stream().filter(l -> l.startsWith("data:"))).hasSize(1);
        } finally {
            close.run();
        }
    }

    @Test
    void aNotificationAnotherInstanceCommitsReachesMyLiveStreamAndARolledBackOneNever() throws Exception {
        String council = newCode();
        String fiona = "fiona-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> lines = new CopyOnWriteArrayList<>();
        Runnable close = openStream(Tokens.token(fiona, List.of("authority-editor"), council), lines);
        try {
            // Another instance records notifications through its own connection and transactions.
            try (Connection other = connect()) {
                other.setAutoCommit(false);
                record(other, "council:" + council, "Rolled back for " + council);
                other.rollback();
                record(other, "user:" + fiona, "Committed for " + fiona);
                assertThat(lines).noneMatch(l -> l.contains("Committed for " + fiona));
                other.commit();
            }

            await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(l -> l.contains("Committed for " + fiona)));
            assertThat(lines.stream().filter(l -> l.startsWith("data:"))).singleElement().asString()
                    .contains("\"type\":\"comment\"").doesNotContain("Rolled back");
        } finally {
            close.run();
        }
    }

    @Test
    void theLiveStreamNeedsASignedInUser() {
        given().accept("text/event-stream").when().get("/notifications/stream").then().statusCode(401);
    }

    @Test
    void preferencesStartFromTheContactDefaultsAndAreValidated() {
        String user = "pat." + UUID.randomUUID() + "@demo.quads.invalid";
        String token = Tokens.token(user, List.of("authority-viewer"), Tokens.FIFE);

        given().auth().oauth2(token).when().get("/preferences")
                .then().statusCode(200)
                .body("user", equalTo(user))
                .body("inApp", equalTo("always"))
                .body("email.'cycle.opened'", equalTo("off"))
                .body("email.'findings.published'", equalTo("off"))
                // A learning partner's question to you, or the reply to yours, is mailed unless you say not.
                .body("email.'introduction'", equalTo("on"))
                .body("email.size()", equalTo(15));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("email", Map.of("nonsense", "on", "quad.changed", "loud", "cycle.opened", "on")))
                .when().put("/preferences")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("email.nonsense", "email.quad.changed"));
        given().auth().oauth2(token).when().get("/preferences")
                .then().body("email.'cycle.opened'", equalTo("off"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .when().put("/preferences").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"email\":{},\"extra\":1}")
                .when().put("/preferences").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("email", Map.of()))
                .when().put("/preferences").then().statusCode(401);

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("email", Map.of("quad.changed", "off", "cycle.opened", "digest", "deadline-passed", "on")))
                .when().put("/preferences")
                .then().statusCode(200)
                .body("email.'quad.changed'", equalTo("off"))
                .body("email.'cycle.opened'", equalTo("digest"));

        List<Map<String, Object>> optOuts = given().auth().oauth2(Tokens.ades()).when().get("/preferences/opt-outs")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.user == '" + user + "' }");
        assertThat(optOuts).extracting(o -> o.get("type") + "=" + o.get("email"))
                .containsExactly("cycle.opened=digest", "quad.changed=off");
        given().auth().oauth2(token).when().get("/preferences/opt-outs")
                .then().statusCode(403).contentType("application/problem+json");
    }

    // ---------------------------------------------------------------- helpers

    /** Opens the live stream with this token, collecting its lines; returns once the service streams to it. */
    private Runnable openStream(String token, List<String> lines) {
        Flow.Subscription[] subscription = new Flow.Subscription[1];
        int before = broadcaster.listeners();
        HttpClient.newHttpClient().sendAsync(HttpRequest.newBuilder(stream)
                        .header("Authorization", "Bearer " + token)
                        .header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.fromLineSubscriber(new Flow.Subscriber<String>() {
                    public void onSubscribe(Flow.Subscription given) {
                        subscription[0] = given;
                        given.request(Long.MAX_VALUE);
                    }

                    public void onNext(String line) {
                        lines.add(line);
                    }

                    public void onError(Throwable error) {
                    }

                    public void onComplete() {
                    }
                }));
        await().atMost(PATIENCE).until(() -> broadcaster.listeners() > before && feed.listening());
        return () -> {
            if (subscription[0] != null) {
                subscription[0].cancel();
            }
        };
    }

    /** Records a notification and announces it, as NotificationService does inside its transaction. */
    private static void record(Connection connection, String audience, String title) throws SQLException {
        UUID id = UUID.randomUUID();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO notification (id, audience, type, title, body, source_event_id, created_at)
                VALUES (?, ?, 'comment', ?, 'Written by another instance.', ?, now())""");
                PreparedStatement announce = connection.prepareStatement("SELECT pg_notify('quads_notification', ?)")) {
            insert.setObject(1, id);
            insert.setString(2, audience);
            insert.setString(3, title);
            insert.setString(4, "event-" + id);
            insert.executeUpdate();
            announce.setString(1, id.toString());
            announce.execute();
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        properties.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        properties.setProperty("password", config.getValue("quarkus.datasource.password", String.class));
        return new org.postgresql.Driver().connect(config.getValue("quarkus.datasource.jdbc.url", String.class),
                properties);
    }

    /** Five fresh named councils and a fresh cycle (opened before the councils exist, so it tells none of them). */
    private static Scenario scenario() {
        UUID cycle = UUID.randomUUID();
        String cycleName = "2025-26 (" + cycle.toString().substring(0, 8) + ")";
        TestKafka.send(Topics.CYCLES, cycle.toString(), EventCodec.event(Events.CYCLE_OPENED, "/rubric-service",
                cycle.toString(), new CycleV1(cycle, cycleName, UUID.randomUUID(), LocalDate.of(2025, 8, 1),
                        LocalDate.of(2026, 3, 31), "all-submitted-or-deadline", "open")));
        await().atMost(PATIENCE).until(() -> Stored.cycleKnown(cycle));
        List<String> codes = List.of(newCode(), newCode(), newCode(), newCode(), newCode());
        for (String code : codes) {
            TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                    code, new CouncilV1(code, "Council " + code, null, null, null, 1, 1, true)));
        }
        await().atMost(PATIENCE).until(() -> Stored.councilNames(codes).size() == codes.size());
        return new Scenario(cycle, cycleName, codes);
    }

    private record Scenario(UUID cycle, String cycleName, List<String> codes) {

        String name(int council) {
            return "Council " + codes.get(council);
        }

        void formQuad(List<String> members) {
            UUID quad = UUID.randomUUID();
            TestKafka.send(Topics.QUADS, quad.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                    quad.toString(), new QuadV1(quad, cycle, "Quad", members)));
            for (String member : members) {
                await().atMost(PATIENCE).until(() -> titles(member).size() == 1);
            }
        }

        void submit(int council) {
            String key = cycle + "/" + codes.get(council);
            UUID evaluation = UUID.nameUUIDFromBytes(key.getBytes());
            TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), EventCodec.event(
                    Events.SELF_EVALUATION_SUBMITTED, "/rubric-service", evaluation.toString(),
                    new SelfEvaluationSubmittedV1(evaluation, cycle, codes.get(council), UUID.randomUUID(),
                            OffsetDateTime.now(), "officer", List.of())));
        }

        void recall(int council) {
            UUID evaluation = UUID.nameUUIDFromBytes((cycle + "/" + codes.get(council)).getBytes());
            TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), EventCodec.event(
                    Events.SELF_EVALUATION_RECALLED, "/rubric-service", evaluation.toString(),
                    new SelfEvaluationRecalledV1(evaluation, cycle, codes.get(council), OffsetDateTime.now(),
                            "officer")));
        }
    }

    private static String newCode() {
        return "S12" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static List<String> titles(String council) {
        return titlesOf(Tokens.editor(council));
    }

    private static List<Map<String, Object>> inbox(String council) {
        return inboxOf(Tokens.editor(council));
    }

    private static List<String> titlesOf(String token) {
        return inboxOf(token).stream().map(i -> (String) i.get("title")).toList();
    }

    private static List<Map<String, Object>> inboxOf(String token) {
        return given().auth().oauth2(token).when().get("/notifications?limit=200")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }
}
