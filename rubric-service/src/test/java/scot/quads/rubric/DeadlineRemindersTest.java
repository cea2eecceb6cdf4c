package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

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
import scot.quads.contract.payload.CycleDeadlineV1;
import scot.quads.rubric.service.DeadlineReminders;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class DeadlineRemindersTest {

    @Inject
    MovableClock clock;
    @Inject
    DeadlineReminders reminders;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void councilsNotYetSubmittedAreRemindedOnEachReminderDayAndWhenTheDeadlinePassed() {
        Rubrics.councilsAreKnown(Tokens.GLASGOW, Tokens.EDINBURGH, Tokens.DUNDEE);
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        String cycleId = Rubrics.openCycle(deadline, null);
        Rubrics.submitted(cycleId, Tokens.EDINBURGH);

        clock.moveTo(deadline.minusDays(20));
        reminders.sendDue();
        clock.moveTo(deadline.minusDays(7));
        reminders.sendDue();
        reminders.sendDue();
        clock.moveTo(deadline.minusDays(6));
        reminders.sendDue();
        clock.moveTo(deadline.minusDays(1));
        reminders.sendDue();
        clock.moveTo(deadline);
        reminders.sendDue();
        clock.moveTo(deadline.plusDays(1));
        reminders.sendDue();
        clock.moveTo(deadline.plusDays(2));
        reminders.sendDue();

        List<CloudEvent> events = TestKafka.events(Topics.CYCLES, cycleId, 4);
        assertThat(events).extracting(CloudEvent::type).containsExactly(Events.CYCLE_OPENED.name(),
                Events.CYCLE_DEADLINE_APPROACHING.name(), Events.CYCLE_DEADLINE_APPROACHING.name(),
                Events.CYCLE_DEADLINE_PASSED.name());
        CycleDeadlineV1 week = EventCodec.data(events.get(1), Events.CYCLE_DEADLINE_APPROACHING);
        assertThat(week.daysLeft()).isEqualTo(7);
        assertThat(week.submissionDeadline()).isEqualTo(deadline);
        assertThat(week.councilsNotSubmitted()).contains(Tokens.GLASGOW, Tokens.DUNDEE)
                .doesNotContain(Tokens.EDINBURGH);
        assertThat(EventCodec.data(events.get(2), Events.CYCLE_DEADLINE_APPROACHING).daysLeft()).isEqualTo(1);
        CycleDeadlineV1 passed = EventCodec.data(events.get(3), Events.CYCLE_DEADLINE_PASSED);
        assertThat(passed.daysLeft()).isZero();
        assertThat(passed.councilsNotSubmitted()).contains(Tokens.GLASGOW).doesNotContain(Tokens.EDINBURGH);
        assertThat(sentFor(cycleId)).isEqualTo(3);
    }

    @Test
    void severalReplicasRunningTheJobAtOnceSendEachReminderOnce() throws Exception {
        Rubrics.councilsAreKnown(Tokens.GLASGOW);
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        String cycleId = Rubrics.openCycle(deadline, null);
        clock.moveTo(deadline.minusDays(14));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = List.of(pool.submit(reminders::sendDue), pool.submit(reminders::sendDue),
                    pool.submit(reminders::sendDue), pool.submit(reminders::sendDue));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sentFor(cycleId)).isEqualTo(1);
        List<CloudEvent> events = TestKafka.events(Topics.CYCLES, cycleId, 2);
        assertThat(events).extracting(CloudEvent::type)
                .containsExactly(Events.CYCLE_OPENED.name(), Events.CYCLE_DEADLINE_APPROACHING.name());
    }

    @Test
    void aClosedCycleIsNotReminded() {
        LocalDate deadline = LocalDate.now(clock).plusDays(30);
        String cycleId = Rubrics.openCycle(deadline, null);
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"state\":\"closed\",\"reason\":\"Cancelled\"}")
                .when().post("/cycles/" + cycleId + "/state")
                .then().statusCode(200);

        clock.moveTo(deadline.minusDays(7));
        reminders.sendDue();

        assertThat(sentFor(cycleId)).isZero();
    }

    private static long sentFor(String cycleId) {
        return Stored.count("SELECT count(*) FROM cycle_reminder WHERE cycle_id = ?", UUID.fromString(cycleId));
    }
}
