package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.rubric.service.CycleCalendar;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** A cycle goes in review after its deadline and closes after its close date without anyone moving it. */
@QuarkusTest
@QuadsTestStack
class CycleCalendarTest {

    @Inject
    MovableClock clock;
    @Inject
    CycleCalendar calendar;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aCycleGoesInReviewAfterItsDeadlineAndClosesAfterItsCloseDate() {
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        String cycleId = open(deadline, deadline.plusDays(20));

        clock.moveTo(deadline);
        calendar.advance();
        state(cycleId, "open");
        clock.moveTo(deadline.plusDays(1));
        calendar.advance();
        state(cycleId, "in-review");
        calendar.advance();
        clock.moveTo(deadline.plusDays(20));
        calendar.advance();
        state(cycleId, "in-review");
        clock.moveTo(deadline.plusDays(21));
        calendar.advance();
        state(cycleId, "closed");

        List<CloudEvent> events = TestKafka.events(Topics.CYCLES, cycleId, 3);
        assertThat(events).extracting(CloudEvent::type).containsExactly(Events.CYCLE_OPENED.name(),
                Events.CYCLE_CHANGED.name(), Events.CYCLE_CLOSED.name());
        assertThat(EventCodec.data(events.get(1), Events.CYCLE_CHANGED).state()).isEqualTo("in-review");
        assertThat(EventCodec.data(events.get(2), Events.CYCLE_CLOSED).state()).isEqualTo("closed");
        List<AuditEntry> moves = audit(cycleId);
        assertThat(moves).extracting(entry -> entry.actor).containsExactly(CycleCalendar.SYSTEM, CycleCalendar.SYSTEM);
        assertThat(moves.get(0).detail).contains("\"from\":\"open\"", "\"to\":\"in-review\"", deadline.toString());
        assertThat(moves.get(1).detail).contains("\"to\":\"closed\"");
    }

    @Test
    void aCycleMissedWhileTheServiceWasDownMovesStraightToWhereItsDatesSay() {
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        String cycleId = open(deadline, deadline.plusDays(10));

        clock.moveTo(deadline.plusDays(40));
        calendar.advance();

        state(cycleId, "closed");
        assertThat(TestKafka.events(Topics.CYCLES, cycleId, 2)).extracting(CloudEvent::type)
                .containsExactly(Events.CYCLE_OPENED.name(), Events.CYCLE_CLOSED.name());
    }

    @Test
    void aCycleAdesReopenedStaysOpenAndOneWithoutCloseDateStaysInReview() {
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        String cycleId = open(deadline, null);
        clock.moveTo(deadline.plusDays(1));
        calendar.advance();
        state(cycleId, "in-review");

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"state\":\"open\",\"reason\":\"Two councils asked for a week more\"}")
                .when().post("/cycles/" + cycleId + "/state").then().statusCode(200);
        clock.moveTo(deadline.plusDays(300));
        calendar.advance();

        state(cycleId, "open");
        assertThat(audit(cycleId)).extracting(entry -> entry.actor).containsExactly(CycleCalendar.SYSTEM, "ades");
    }

    @Test
    void severalReplicasRunningTheJobAtOnceMoveACycleOnce() throws Exception {
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        String cycleId = open(deadline, deadline.plusDays(20));
        clock.moveTo(deadline.plusDays(1));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = List.of(pool.submit(calendar::advance), pool.submit(calendar::advance),
                    pool.submit(calendar::advance), pool.submit(calendar::advance));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        state(cycleId, "in-review");
        assertThat(audit(cycleId)).hasSize(1);
        assertThat(TestKafka.events(Topics.CYCLES, cycleId, 2)).extracting(CloudEvent::type)
                .containsExactly(Events.CYCLE_OPENED.name(), Events.CYCLE_CHANGED.name());
    }

    @Test
    void theCloseDateComesAfterTheDeadline() {
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(body(deadline, deadline))
                .when().post("/cycles")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("closesOn")));
        String cycleId = open(deadline, deadline.plusDays(20));
        String etag = given().auth().oauth2(Tokens.ades()).get("/cycles/" + cycleId).header("ETag");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"closesOn\":\"" + deadline.minusDays(1) + "\"}")
                .when().patch("/cycles/" + cycleId)
                .then().statusCode(422).body("errors.field", equalTo(List.of("closesOn")));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"closesOn\":\"" + deadline.plusDays(40) + "\"}")
                .when().patch("/cycles/" + cycleId)
                .then().statusCode(200).body("closesOn", equalTo(deadline.plusDays(40).toString()));
    }

    @Test
    void changingACycleWithoutIfMatchIs428AndChangesNothing() {
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        String cycleId = open(deadline, deadline.plusDays(20));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"closesOn\":\"" + deadline.plusDays(40) + "\"}")
                .when().patch("/cycles/" + cycleId)
                .then().statusCode(428).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("If-Match"));
        given().auth().oauth2(Tokens.ades()).get("/cycles/" + cycleId)
                .then().statusCode(200).body("closesOn", equalTo(deadline.plusDays(20).toString()));
    }

    private static String open(LocalDate deadline, LocalDate closesOn) {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(body(deadline, closesOn))
                .when().post("/cycles")
                .then().statusCode(201)
                .body("closesOn", equalTo(closesOn == null ? null : closesOn.toString()))
                .extract().path("id");
    }

    private static String body(LocalDate deadline, LocalDate closesOn) {
        var body = Rubrics.JSON.createObjectNode()
                .put("name", "Cycle " + UUID.randomUUID())
                .put("rubricVersionId", Rubrics.publishedDemo())
                .put("opensOn", deadline.minusMonths(6).toString())
                .put("submissionDeadline", deadline.toString());
        if (closesOn != null) {
            body.put("closesOn", closesOn.toString());
        }
        return body.toString();
    }

    private static void state(String cycleId, String expected) {
        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW)).when().get("/cycles/" + cycleId)
                .then().statusCode(200).body("state", equalTo(expected));
    }

    private static List<AuditEntry> audit(String cycleId) {
        return Stored.audit(UUID.fromString(cycleId), "cycle.state-changed");
    }
}
