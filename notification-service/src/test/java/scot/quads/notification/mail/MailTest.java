package scot.quads.notification.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilContactsV1;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleDeadlineV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.SelfEvaluationReturnedV1;
import scot.quads.notification.Delivery;
import scot.quads.notification.repository.JobLeases;
import scot.quads.notification.Stored;
import scot.quads.notification.mail.GreenMailResource.InjectSmtp;
import scot.quads.notification.mail.SmtpServer.Received;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
@QuarkusTestResource(GreenMailResource.class)
class MailTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectSmtp
    SmtpServer smtp;

    @jakarta.inject.Inject
    DigestSender digests;

    @jakarta.inject.Inject
    JobLeases leases;

    @jakarta.inject.Inject
    MailSender sender;

    @Test
    void anOpenedCycleMailsTheContactsWhoWantItOnceEvenWhenDeliveredTwice() {
        Council council = council();
        String ann = council.contact("Ann Example", "cycle.opened", "deadline-approaching");
        String bob = council.contact("Bob Example", "deadline-passed");
        council.announceContacts();
        UUID cycle = UUID.randomUUID();
        String cycleName = "2025-26 (" + cycle.toString().substring(0, 8) + ")";
        CloudEvent opened = EventCodec.event(Events.CYCLE_OPENED, "/rubric-service", cycle.toString(),
                new CycleV1(cycle, cycleName, UUID.randomUUID(), LocalDate.of(2025, 8, 1), LocalDate.of(2026, 3, 31),
                        "all-submitted-or-deadline", "open"));

        TestKafka.send(Topics.CYCLES, cycle.toString(), opened);
        TestKafka.send(Topics.CYCLES, cycle.toString(), opened);
        await().atMost(PATIENCE).until(() -> smtp.to(ann).size() == 1);
        Stored.execute("DELETE FROM processed_event WHERE event_id = ?", opened.id());
        TestKafka.send(Topics.CYCLES, cycle.toString(), opened);
        // A later mail to Ann on the same partition marks the end of the repeats.
        TestKafka.send(Topics.CYCLES, cycle.toString(), deadline(Events.CYCLE_DEADLINE_APPROACHING, cycle, cycleName,
                7, council.code));
        await().atMost(PATIENCE).until(() -> smtp.to(ann).size() == 2);

        List<Received> mails = smtp.to(ann);
        Received mail = mails.stream().filter(m -> m.subject().contains("is open")).findFirst().orElseThrow();
        assertThat(mails).filteredOn(m -> m.subject().contains("is open")).hasSize(1);
        assertThat(mail.subject()).isEqualTo("The " + cycleName + " self-evaluation cycle is open");
        assertThat(mail.text()).startsWith("Dear Ann Example,")
                .contains(cycleName + " is open: " + council.name + "'s self-evaluation is due by 31 March 2026.")
                .contains("Council: " + council.name, "Cycle: " + cycleName)
                .contains("http://localhost:8080/cycles/" + cycle + "/self-evaluation")
                .contains("http://localhost:8080/preferences");
        assertThat(mail.html()).contains("<a href=\"http://localhost:8080/cycles/" + cycle + "/self-evaluation\">")
                .contains("<td>" + council.name + "</td>", "<a href=\"http://localhost:8080/preferences\">");
        assertThat(mails).extracting(Received::subject)
                .contains("Your self-evaluation for " + cycleName + " is due in 7 days");
        assertThat(smtp.to(bob)).isEmpty();
        // The mail can arrive a moment before its row's transaction commits.
        await().atMost(PATIENCE).until(() -> deliveriesTo(ann).stream().allMatch(d -> d.status.equals("sent")));
        assertThat(deliveriesTo(ann)).hasSize(2);
    }

    @Test
    void aReturnedEvaluationMailsItsCouncilWithAdesReason() {
        Council council = council();
        String contact = council.contact("Cat Example", "self-evaluation.returned");
        council.announceContacts();
        UUID evaluation = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();

        TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), EventCodec.event(
                Events.SELF_EVALUATION_RETURNED, "/rubric-service", evaluation.toString(),
                new SelfEvaluationReturnedV1(evaluation, cycle, council.code, OffsetDateTime.now(), "ades",
                        "Evidence for 2.1 is missing.")));

        await().atMost(PATIENCE).until(() -> smtp.to(contact).size() == 1);
        Received mail = smtp.to(contact).get(0);
        assertThat(mail.subject()).isEqualTo("Your self-evaluation for cycle " + cycle + " was returned for revision");
        assertThat(mail.text()).contains("ADES returned " + council.name + "'s self-evaluation for cycle " + cycle
                + " for revision. The reason given: \"Evidence for 2.1 is missing.\"");
        assertThat(mail.html()).contains("&quot;Evidence for 2.1 is missing.&quot;");
    }

    @Test
    void mailWaitsWhileTheSmtpServerIsDownAndIsDeliveredWhenItReturns() {
        Council council = council();
        String contact = council.contact("Dee Example", "deadline-passed");
        council.announceContacts();
        UUID cycle = UUID.randomUUID();
        smtp.stop();
        try {
            TestKafka.send(Topics.CYCLES, cycle.toString(), deadline(Events.CYCLE_DEADLINE_PASSED, cycle, "2025-26",
                    0, council.code));
            await().atMost(PATIENCE).until(() -> deliveriesTo(contact).stream()
                    .anyMatch(d -> d.attempts >= 1 && d.lastError != null && d.status.equals("pending")));
        } finally {
            smtp.start();
        }

        await().atMost(PATIENCE).until(() -> smtp.to(contact).size() == 1);
        assertThat(smtp.to(contact).get(0).subject()).isEqualTo("The deadline for 2025-26 has passed");
        await().atMost(PATIENCE).until(() -> deliveriesTo(contact).get(0).status.equals("sent"));
        assertThat(deliveriesTo(contact)).singleElement().satisfies(d -> assertThat(d.attempts).isGreaterThanOrEqualTo(2));
    }

    @Test
    void anInvalidAddressIsRecordedAsFailedAndListedForAdesOnly() {
        Council council = council();
        String broken = "nobody-at-" + council.code.toLowerCase();
        council.contacts.add(new CouncilContactsV1.Contact(UUID.randomUUID(), "Broken", broken, "officer",
                List.of("deadline-passed")));
        String fine = council.contact("Eve Example", "deadline-passed");
        council.announceContacts();
        UUID cycle = UUID.randomUUID();

        TestKafka.send(Topics.CYCLES, cycle.toString(), deadline(Events.CYCLE_DEADLINE_PASSED, cycle, "2025-26", 0,
                council.code));

        await().atMost(PATIENCE).until(() -> smtp.to(fine).size() == 1);
        await().atMost(PATIENCE).until(() -> deliveriesTo(broken).stream().anyMatch(d -> d.status.equals("failed")));
        given().auth().oauth2(Tokens.ades()).when().get("/deliveries?status=failed&limit=1000")
                .then().statusCode(200)
                .body("recipient", hasItem(broken))
                .body("find { it.recipient == '" + broken + "' }.status", equalTo("failed"))
                .body("find { it.recipient == '" + broken + "' }.lastError", equalTo("Not a valid email address: "
                        + broken))
                .body("find { it.recipient == '" + broken + "' }.subject",
                        equalTo("The deadline for 2025-26 has passed"));
        given().auth().oauth2(Tokens.ades()).when().get("/deliveries?status=sent&limit=1000")
                .then().statusCode(200).body("recipient", hasItem(fine));
        given().auth().oauth2(Tokens.editor(council.code)).when().get("/deliveries?status=failed")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/deliveries").then().statusCode(401);
        given().auth().oauth2(Tokens.ades()).when().get("/deliveries?status=lost&limit=0")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("status", "limit"));
    }

    @Test
    void emailOffSendsNothingAndDigestGathersTheNoticeIntoOneDailyMail() {
        Council council = council();
        String carol = council.contact("Carol Example", "cycle.opened", "deadline-approaching", "deadline-passed");
        String dave = council.contact("Dave Example", "deadline-approaching", "deadline-passed");
        council.announceContacts();
        String carolsToken = Tokens.token(carol, List.of("authority-editor"), council.code);
        given().auth().oauth2(carolsToken).contentType(ContentType.JSON)
                .body(Map.of("email", Map.of("deadline-approaching", "off", "deadline-passed", "digest")))
                .when().put("/preferences")
                .then().statusCode(200)
                .body("user", equalTo(carol))
                .body("email.'deadline-approaching'", equalTo("off"))
                .body("email.'deadline-passed'", equalTo("digest"))
                .body("email.'cycle.opened'", equalTo("on"));
        UUID cycle = UUID.randomUUID();

        TestKafka.send(Topics.CYCLES, cycle.toString(), deadline(Events.CYCLE_DEADLINE_APPROACHING, cycle,
                "2025-26", 3, council.code));
        TestKafka.send(Topics.CYCLES, cycle.toString(), deadline(Events.CYCLE_DEADLINE_PASSED, cycle,
                "2025-26", 0, council.code));

        await().atMost(PATIENCE).until(() -> smtp.to(dave).size() == 2);
        assertThat(deliveriesTo(carol)).singleElement().satisfies(d -> {
            assertThat(d.channel).isEqualTo("digest");
            assertThat(d.status).isEqualTo("pending");
        });
        assertThat(smtp.to(carol)).isEmpty();

        // As the daily job would; a digest that could not be sent stays pending for the next run.
        await().atMost(PATIENCE).until(() -> digests.sendDigests() > 0);

        await().atMost(PATIENCE).until(() -> smtp.to(carol).size() == 1);
        Received digest = smtp.to(carol).get(0);
        assertThat(digest.subject()).isEqualTo("Your Quads digest: 1 notification");
        assertThat(digest.text()).contains("The deadline for 2025-26 has passed")
                .contains("http://localhost:8080/cycles/" + cycle + "/self-evaluation")
                .doesNotContain("is due in 3 days");
        assertThat(deliveriesTo(carol)).singleElement().extracting(d -> d.status).isEqualTo("sent");
        digests.sendDigests();
        assertThat(smtp.to(carol)).hasSize(1);
    }

    @Test
    void sendersRunningAtOnceNeverSendTheSameMailTwice() throws Exception {
        Council council = council();
        List<String> people = new java.util.ArrayList<>();
        for (int i = 0; i < 12; i++) {
            people.add(council.contact("Person " + i, "deadline-passed"));
        }
        council.announceContacts();
        UUID cycle = UUID.randomUUID();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            TestKafka.send(Topics.CYCLES, cycle.toString(), deadline(Events.CYCLE_DEADLINE_PASSED, cycle, "2025-26",
                    0, council.code));
            await().atMost(PATIENCE).until(() -> !deliveriesTo(people.get(0)).isEmpty());
            // Three more senders beside the scheduled one, as if four instances ran.
            List<java.util.concurrent.Future<Integer>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(() -> sender.sendDue()));
            }
            for (java.util.concurrent.Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        await().atMost(PATIENCE).until(() -> people.stream().allMatch(p -> smtp.to(p).size() == 1));
        for (String person : people) {
            assertThat(smtp.to(person)).hasSize(1);
            await().atMost(PATIENCE).until(() -> deliveriesTo(person).stream().allMatch(d -> d.status.equals("sent")));
            assertThat(deliveriesTo(person)).hasSize(1);
        }
    }

    @Test
    void aJobLeaseIsHeldByOneRunAtATimeUntilItExpires() {
        String job = "job-" + UUID.randomUUID();

        assertThat(leases.acquire(job, Duration.ofHours(20))).isTrue();
        assertThat(leases.acquire(job, Duration.ofHours(20))).isFalse();
        String expiring = "job-" + UUID.randomUUID();
        assertThat(leases.acquire(expiring, Duration.ofMillis(1))).isTrue();
        await().atMost(PATIENCE).until(() -> leases.acquire(expiring, Duration.ofHours(1)));
    }

    // ---------------------------------------------------------------- helpers

    private static Council council() {
        String code = "S12" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        Council council = new Council(code, "Council " + code, new java.util.ArrayList<>());
        TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                code, new CouncilV1(code, council.name, null, null, null, 1, 1, true)));
        return council;
    }

    private record Council(String code, String name, List<CouncilContactsV1.Contact> contacts) {

        /** Adds a contact with a fresh address and returns the address. */
        String contact(String person, String... wants) {
            String email = person.toLowerCase().replace(' ', '.') + "." + code.toLowerCase() + "@demo.quads.invalid";
            contacts.add(new CouncilContactsV1.Contact(UUID.randomUUID(), person, email, "officer", List.of(wants)));
            return email;
        }

        void announceContacts() {
            TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_CONTACTS_CHANGED,
                    "/authority-service", code, new CouncilContactsV1(code, contacts)));
            await().atMost(PATIENCE).until(() -> Stored.contactCount(code) == contacts.size());
        }
    }

    private static CloudEvent deadline(scot.quads.contract.EventType<CycleDeadlineV1> type, UUID cycle, String name,
            int daysLeft, String... notSubmitted) {
        return EventCodec.event(type, "/rubric-service", cycle.toString(), new CycleDeadlineV1(cycle, name,
                LocalDate.of(2026, 3, 31), daysLeft, List.of(notSubmitted)));
    }

    private static List<Delivery> deliveriesTo(String recipient) {
        return Stored.deliveriesTo(recipient);
    }
}
