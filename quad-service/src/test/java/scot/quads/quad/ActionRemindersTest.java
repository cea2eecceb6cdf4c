package scot.quads.quad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.ActionV1;
import scot.quads.quad.work.ActionReminders;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/**
 * The daily job is run by hand on chosen days, as the scheduler would on each of them. Every run looks at every
 * action in the database, so each test uses due dates far from the others' (and runs in order) to keep to its own.
 */
@QuarkusTest
@QuadsTestStack
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ActionRemindersTest {

    @Inject
    ActionReminders reminders;

    @Test
    @Order(1)
    void anActionIsAnnouncedOnceWhenItComesDueAndOnceWhenItIsOverdueUnlessDoneOrDropped() {
        Partners quad = Partners.form();
        LocalDate due = LocalDate.now().plusDays(200);
        String pending = create(quad, quad.b(), due);
        String done = create(quad, quad.c(), due);
        String dropped = create(quad, quad.d(), due);
        ActionResourceTest.patch(Tokens.editor(quad.a()), quad, done, "\"0\"", Map.of("status", "done"))
                .then().statusCode(200);
        ActionResourceTest.patch(Tokens.editor(quad.a()), quad, dropped, "\"0\"",
                Map.of("status", "dropped", "reason", "Not needed")).then().statusCode(200);

        reminders.sendDue(due.minusDays(8));
        assertThat(notices(pending)).isEmpty();
        reminders.sendDue(due.minusDays(7));
        reminders.sendDue(due.minusDays(7));
        reminders.sendDue(due.minusDays(3));
        reminders.sendDue(due);
        assertThat(notices(pending)).containsExactly("due-soon");
        reminders.sendDue(due.plusDays(1));
        reminders.sendDue(due.plusDays(2));
        assertThat(notices(pending)).containsExactlyInAnyOrder("due-soon", "overdue");
        assertThat(notices(done)).isEmpty();
        assertThat(notices(dropped)).isEmpty();

        List<CloudEvent> events = reminderEvents(quad, 2);
        assertThat(events).extracting(CloudEvent::type)
                .containsExactly(Events.ACTION_DUE_SOON.name(), Events.ACTION_OVERDUE.name());
        ActionV1 soon = EventCodec.data(events.get(0), Events.ACTION_DUE_SOON);
        assertThat(soon.actionId()).hasToString(pending);
        assertThat(soon.ownerCouncilCode()).isEqualTo(quad.b());
        assertThat(soon.dueDate()).isEqualTo(due);
        assertThat(soon.status()).isEqualTo("open");
        assertThat(EventCodec.data(events.get(1), Events.ACTION_OVERDUE).actionId()).hasToString(pending);
    }

    @Test
    @Order(2)
    void anActionFirstSeenAfterItsDueDateIsAnnouncedOverdueOnly() {
        Partners quad = Partners.form();
        LocalDate due = LocalDate.now().plusDays(300);
        String action = create(quad, quad.a(), due);

        reminders.sendDue(due.plusDays(5));

        assertThat(notices(action)).containsExactly("overdue");
        assertThat(reminderEvents(quad, 1)).extracting(CloudEvent::type)
                .containsExactly(Events.ACTION_OVERDUE.name());
    }

    @Test
    @Order(3)
    void severalInstancesRunningTheJobAtOnceAnnounceEachActionOnce() throws Exception {
        Partners quad = Partners.form();
        LocalDate due = LocalDate.now().plusDays(400);
        String action = create(quad, quad.a(), due);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> runs = List.of(pool.submit(() -> reminders.sendDue(due.minusDays(2))),
                    pool.submit(() -> reminders.sendDue(due.minusDays(2))),
                    pool.submit(() -> reminders.sendDue(due.minusDays(2))),
                    pool.submit(() -> reminders.sendDue(due.minusDays(2))));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(notices(action)).containsExactly("due-soon");
        assertThat(reminderEvents(quad, 1)).extracting(CloudEvent::type)
                .containsExactly(Events.ACTION_DUE_SOON.name());
    }

    @Test
    @Order(4)
    void anActionsOwnerIsRemindedOnceFourWeeksBeforeItsFollowUpPoint() throws Exception {
        Partners quad = Partners.form();
        LocalDate point = LocalDate.now().plusDays(600);
        FollowUpTest.set(Tokens.ades(), "/cycles/" + quad.cycleId() + "/follow-up", point.toString())
                .then().statusCode(200);
        String action = create(quad, quad.b(), LocalDate.now().plusDays(30));
        String done = create(quad, quad.c(), LocalDate.now().plusDays(30));
        ActionResourceTest.patch(Tokens.editor(quad.a()), quad, done, "\"0\"", Map.of("status", "done"))
                .then().statusCode(200);

        reminders.sendDue(point.minusDays(29));
        assertThat(notices(action)).doesNotContain("follow-up");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = List.of(pool.submit(() -> reminders.sendDue(point.minusDays(28))),
                    pool.submit(() -> reminders.sendDue(point.minusDays(28))));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        reminders.sendDue(point);

        assertThat(notices(action)).contains("follow-up");
        assertThat(notices(action).stream().filter("follow-up"::equals)).hasSize(1);
        assertThat(notices(done)).containsExactly("follow-up");
        List<CloudEvent> events = await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.events(
                Topics.QUAD_WORK, quad.quadId(), 1).stream()
                .filter(e -> e.type().equals(Events.ACTION_FOLLOW_UP_DUE.name())).toList(), found -> found.size() >= 2);
        assertThat(events).hasSize(2);
        assertThat(events).extracting(e -> EventCodec.data(e, Events.ACTION_FOLLOW_UP_DUE).followUpOn())
                .containsOnly(point);
    }

    private static String create(Partners quad, String owner, LocalDate due) {
        return ActionResourceTest.create(Tokens.editor(quad.a()), quad, owner, "Action of " + owner, List.of(),
                due.toString()).then().statusCode(201).extract().path("id");
    }

    /** The quad's due-soon and overdue events on the broker, once there are at least {@code atLeast}. */
    private static List<CloudEvent> reminderEvents(Partners quad, int atLeast) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> TestKafka.events(Topics.QUAD_WORK, quad.quadId(), 1)
                .stream()
                .filter(e -> e.type().equals(Events.ACTION_DUE_SOON.name())
                        || e.type().equals(Events.ACTION_OVERDUE.name()))
                .toList(), events -> events.size() >= atLeast);
    }

    private static List<String> notices(String actionId) {
        return QuarkusTransaction.requiringNew().call(() -> Stored.database()
                .list("SELECT kind FROM quad_action_notice WHERE action_id = ? ORDER BY kind",
                        row -> row.getString("kind"), UUID.fromString(actionId)));
    }
}
