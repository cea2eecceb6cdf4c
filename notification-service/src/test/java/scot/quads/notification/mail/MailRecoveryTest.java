package scot.quads.notification.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilContactsV1;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleDeadlineV1;
import scot.quads.notification.Delivery;
import scot.quads.notification.Stored;
import scot.quads.notification.mail.GreenMailResource.InjectSmtp;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/**
 * What survives a sender dying mid-batch, and the daily digest job as the scheduler runs it. In this design a
 * sender's claim on a mail is a row lock in its open transaction, so "restart" means: its connection is gone (its
 * claims with it), and a fresh sender, which keeps nothing in memory, works from the delivery table alone.
 */
@QuarkusTest
@QuadsTestStack
@QuarkusTestResource(GreenMailResource.class)
class MailRecoveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectSmtp
    SmtpServer smtp;

    @Inject
    MailSender sender;

    @Inject
    DigestSender digests;

    @Inject
    Scheduler scheduler;

    @Test
    void aSenderThatDiesMidBatchLeavesEveryMailToBeSentExactlyOnce() throws Exception {
        scheduler.pause(MailSender.JOB);
        try {
            // Whatever the scheduled run had in hand is done before this test's mails exist.
            await().atMost(PATIENCE).until(() -> sender.sendDue() == 0);
            String council = council();
            List<String> people = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                people.add("person" + i + "." + council.toLowerCase() + "@demo.quads.invalid");
            }
            announceContacts(council, people, "deadline-passed");
            TestKafka.send(Topics.CYCLES, council, EventCodec.event(Events.CYCLE_DEADLINE_PASSED, "/rubric-service",
                    council, new CycleDeadlineV1(UUID.randomUUID(), "2025-26", LocalDate.of(2026, 3, 31), 0,
                            List.of(council))));
            await().atMost(PATIENCE).until(() -> people.stream().allMatch(p -> deliveriesTo(p).size() == 1));
            List<String> claimed = people.subList(3, 6);

            try (Connection dying = connect()) {
                // A sender claims the second half of the batch, as its run would, and dies before sending it.
                dying.setAutoCommit(false);
                assertThat(claim(dying, claimed)).isEqualTo(3);

                // Meanwhile another sender sends what is not claimed, and leaves the claimed mails alone.
                sender.sendDue();
                for (String person : people.subList(0, 3)) {
                    await().atMost(PATIENCE).until(() -> smtp.to(person).size() == 1);
                }
                sender.sendDue();
                assertThat(claimed).allSatisfy(p -> {
                    assertThat(smtp.to(p)).isEmpty();
                    assertThat(deliveriesTo(p)).singleElement().satisfies(d -> {
                        assertThat(d.status).isEqualTo("pending");
                        assertThat(d.attempts).isZero();
                    });
                });

                dying.abort(Runnable::run);
            }

            // Restarted: the scheduled sender runs again over the same table.
            scheduler.resume(MailSender.JOB);
            await().atMost(PATIENCE).until(() -> people.stream().allMatch(p -> smtp.to(p).size() == 1));
            await().atMost(PATIENCE).until(() -> people.stream()
                    .allMatch(p -> deliveriesTo(p).get(0).status.equals("sent")));
            sender.sendDue();
            for (String person : people) {
                assertThat(smtp.to(person)).hasSize(1);
                assertThat(deliveriesTo(person)).singleElement().satisfies(d -> assertThat(d.attempts).isEqualTo(1));
            }
        } finally {
            scheduler.resume(MailSender.JOB);
        }
    }

    @Test
    void theDailyDigestJobSendsOneDigestPerDayHoweverManyInstancesRunIt() {
        String council = council();
        String person = "digest." + council.toLowerCase() + "@demo.quads.invalid";
        announceContacts(council, List.of(person), "deadline-approaching");
        given().auth().oauth2(Tokens.token(person, List.of("authority-editor"), council)).contentType(ContentType.JSON)
                .body(Map.of("email", Map.of("deadline-approaching", "digest")))
                .when().put("/preferences").then().statusCode(200);
        Stored.execute("DELETE FROM job_lease WHERE name = 'daily-digest'");
        UUID cycle = UUID.randomUUID();
        TestKafka.send(Topics.CYCLES, cycle.toString(), EventCodec.event(Events.CYCLE_DEADLINE_APPROACHING,
                "/rubric-service", cycle.toString(), new CycleDeadlineV1(cycle, "2025-26", LocalDate.of(2026, 3, 31),
                        7, List.of(council))));
        await().atMost(PATIENCE).until(() -> deliveriesTo(person).size() == 1);

        digests.daily();

        await().atMost(PATIENCE).until(() -> smtp.to(person).size() == 1);
        assertThat(smtp.to(person).get(0).subject()).isEqualTo("Your Quads digest: 1 notification");
        assertThat(smtp.to(person).get(0).text()).contains("Your self-evaluation for 2025-26 is due in 7 days");

        // Later the same day, another notice, and the job runs again (another instance, or this one).
        TestKafka.send(Topics.CYCLES, cycle.toString(), EventCodec.event(Events.CYCLE_DEADLINE_APPROACHING,
                "/rubric-service", cycle.toString(), new CycleDeadlineV1(cycle, "2025-26", LocalDate.of(2026, 3, 31),
                        1, List.of(council))));
        await().atMost(PATIENCE).until(() -> deliveriesTo(person).size() == 2);
        digests.daily();
        digests.daily();
        assertThat(smtp.to(person)).hasSize(1);
        assertThat(deliveriesTo(person).get(1).status).isEqualTo("pending");

        // The next day the lease has run out and the next run sends what gathered since.
        Stored.execute("UPDATE job_lease SET held_until = now() - interval '1 second' WHERE name = 'daily-digest'");
        digests.daily();

        await().atMost(PATIENCE).until(() -> smtp.to(person).size() == 2);
        assertThat(smtp.to(person).get(1).text()).contains("Your self-evaluation for 2025-26 is due tomorrow")
                .doesNotContain("is due in 7 days");
        assertThat(deliveriesTo(person)).allSatisfy(d -> assertThat(d.status).isEqualTo("sent"));
    }

    // ---------------------------------------------------------------- helpers

    private static String council() {
        String code = "S12" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                code, new CouncilV1(code, "Council " + code, null, null, null, 1, 1, true)));
        return code;
    }

    private static void announceContacts(String council, List<String> emails, String wants) {
        List<CouncilContactsV1.Contact> contacts = emails.stream().map(email -> new CouncilContactsV1.Contact(
                UUID.randomUUID(), null, email, "officer", List.of(wants))).toList();
        TestKafka.send(Topics.COUNCILS, council, EventCodec.event(Events.COUNCIL_CONTACTS_CHANGED,
                "/authority-service", council, new CouncilContactsV1(council, contacts)));
        await().atMost(PATIENCE).until(() -> Stored.contactCount(council) == contacts.size());
    }

    /** Locks these people's pending mails the way a sender's claim does; returns how many it holds. */
    private static int claim(Connection connection, List<String> recipients) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("""
                SELECT id FROM delivery WHERE recipient = ANY (?) AND status = 'pending'
                FOR UPDATE SKIP LOCKED""")) {
            statement.setArray(1, connection.createArrayOf("text", recipients.toArray()));
            int held = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    held++;
                }
            }
            return held;
        }
    }

    /** A connection of its own, as another instance of the service would have. */
    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        properties.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        properties.setProperty("password", config.getValue("quarkus.datasource.password", String.class));
        return new org.postgresql.Driver().connect(config.getValue("quarkus.datasource.jdbc.url", String.class),
                properties);
    }

    private static List<Delivery> deliveriesTo(String recipient) {
        return Stored.deliveriesTo(recipient);
    }
}
