package scot.quads.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.EventType;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.ActionV1;
import scot.quads.contract.payload.AssignmentV1;
import scot.quads.contract.payload.CommentPostedV1;
import scot.quads.contract.payload.CommentPostedV1.Participant;
import scot.quads.contract.payload.CouncilContactsV1;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.notification.mail.GreenMailResource;
import scot.quads.notification.mail.GreenMailResource.InjectSmtp;
import scot.quads.notification.mail.SmtpServer;
import scot.quads.notification.mail.SmtpServer.Received;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** Comments and actions from quad-service, fed through Kafka, as inboxes and mailboxes show them. */
@QuarkusTest
@QuadsTestStack
@QuarkusTestResource(GreenMailResource.class)
class QuadWorkNotificationsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectSmtp
    SmtpServer smtp;

    @Test
    void aCommentTellsTheAnsweringCouncilAndEachEarlierWriterOnceEvenWhenDeliveredTwice() {
        String about = council("Answering");
        String gail = contact(about, "Gail Example", "comment");
        String authorCouncil = council("Commenting");
        String writerCouncil = council("Writing");
        UUID quad = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Participant author = new Participant("anna-" + suffix, "anna-" + suffix + "@demo.quads.invalid",
                authorCouncil);
        Participant fiona = new Participant("fiona-" + suffix, "Fiona-" + suffix + "@demo.quads.invalid",
                writerCouncil);
        Participant greg = new Participant("greg-" + suffix, "greg-" + suffix + "@demo.quads.invalid", about);
        CloudEvent posted = EventCodec.event(Events.COMMENT_POSTED, "/quad-service", quad.toString(),
                new CommentPostedV1(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), quad, cycle, "2.1",
                        about, author, List.of(fiona, greg, author, fiona), OffsetDateTime.now()));

        TestKafka.send(Topics.QUAD_WORK, quad.toString(), posted);
        TestKafka.send(Topics.QUAD_WORK, quad.toString(), posted);
        await().atMost(PATIENCE).until(() -> titles(Tokens.editor(about)).size() == 1);
        // Even with the processed-event record gone (say, pruned), the redelivery adds nothing.
        Stored.execute("DELETE FROM processed_event WHERE event_id = ?", posted.id());
        TestKafka.send(Topics.QUAD_WORK, quad.toString(), posted);
        // Later events on the same partition mark the end of the repeats.
        TestKafka.send(Topics.QUAD_WORK, quad.toString(), action(Events.ACTION_CREATED, quad, cycle, about, "open"));
        TestKafka.send(Topics.QUAD_WORK, quad.toString(), action(Events.ACTION_CREATED, quad, cycle, writerCouncil,
                "open"));
        String fionasToken = Tokens.token(fiona.username(), List.of("authority-editor"), writerCouncil);
        await().atMost(PATIENCE).until(() -> titles(Tokens.editor(about)).size() == 2
                && titles(fionasToken).size() == 2);

        String by = "anna-" + suffix + " (Commenting " + authorCouncil + ")";
        assertThat(titles(Tokens.editor(about)))
                .containsExactly("New action for Answering " + about + ": Share the tracker",
                        "New comment on Answering " + about + "'s answer to question 2.1");
        assertThat(titles(fionasToken)).containsExactly(
                "New action for Writing " + writerCouncil + ": Share the tracker",
                by + " replied in a thread you wrote in");
        // Greg sees his council's notice, not a second one of his own; a colleague of Fiona's sees no reply.
        assertThat(titles(Tokens.token(greg.username(), List.of("authority-editor"), about)))
                .isEqualTo(titles(Tokens.editor(about)));
        assertThat(titles(Tokens.editor(writerCouncil)))
                .containsExactly("New action for Writing " + writerCouncil + ": Share the tracker");
        assertThat(titles(Tokens.token(author.username(), List.of("authority-editor"), authorCouncil))).isEmpty();

        await().atMost(PATIENCE).until(() -> smtp.to(gail).size() == 1 && smtp.to(fiona.email()).size() == 1);
        Received reply = smtp.to(fiona.email()).get(0);
        assertThat(reply.subject()).isEqualTo(by + " replied in a thread you wrote in");
        assertThat(reply.text()).contains(by + " replied in the thread on Answering " + about
                        + "'s answer to question 2.1 for cycle " + cycle + ".")
                .contains("/cycles/" + cycle + "/quads/" + quad + "/questions/2.1#thread-")
                .contains("because you wrote in this thread");
        assertThat(smtp.to(gail).get(0).subject()).isEqualTo("New comment on Answering " + about
                + "'s answer to question 2.1");
        assertThat(deliveriesTo(fiona.email().toLowerCase())).hasSize(1);
        assertThat(deliveriesTo(greg.email())).isEmpty();
        assertThat(deliveriesTo(author.email())).isEmpty();
    }

    @Test
    void anActionIsToldToItsOwningCouncilWhenAssignedDueSoonAndOverdue() {
        String owner = council("Owning");
        String olive = contact(owner, "Olive Example", "action");
        String partner = council("Partner");
        UUID quad = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        UUID actionId = UUID.randomUUID();
        CloudEvent overdue = action(Events.ACTION_OVERDUE, actionId, quad, cycle, owner, "open");

        TestKafka.send(Topics.QUAD_WORK, quad.toString(), action(Events.ACTION_CREATED, actionId, quad, cycle, owner,
                "open"));
        TestKafka.send(Topics.QUAD_WORK, quad.toString(), action(Events.ACTION_CHANGED, actionId, quad, cycle, owner,
                "in-progress"));
        TestKafka.send(Topics.QUAD_WORK, quad.toString(), action(Events.ACTION_DUE_SOON, actionId, quad, cycle,
                owner, "in-progress"));
        TestKafka.send(Topics.QUAD_WORK, quad.toString(), overdue);
        TestKafka.send(Topics.QUAD_WORK, quad.toString(), overdue);
        TestKafka.send(Topics.QUAD_WORK, quad.toString(), action(Events.ACTION_CREATED, quad, cycle, partner, "open"));

        await().atMost(PATIENCE).until(() -> titles(Tokens.editor(partner)).size() == 1);
        assertThat(titles(Tokens.viewer(owner))).containsExactlyInAnyOrder(
                "New action for Owning " + owner + ": Share the tracker",
                "Action due on 29 May 2026: Share the tracker",
                "Action overdue: Share the tracker");
        await().atMost(PATIENCE).until(() -> smtp.to(olive).size() == 3);
        assertThat(smtp.to(olive)).extracting(Received::subject).containsExactlyInAnyOrder(
                "New action for Owning " + owner + ": Share the tracker",
                "Action due on 29 May 2026: Share the tracker",
                "Action overdue: Share the tracker");
        assertThat(smtp.to(olive).get(0).text()).contains("/cycles/" + cycle + "/quads/" + quad + "/actions/"
                + actionId, "as a contact for Owning " + owner);
    }

    @Test
    void adesNoticesAreMailedToTheConfiguredAdesAddressesAsEachPrefers() {
        String one = "ades.one@demo.quads.invalid";
        String two = "ades.two@demo.quads.invalid";
        given().auth().oauth2(Tokens.token(two, List.of("ades-admin"), null)).contentType(ContentType.JSON)
                .body(Map.of("email", Map.of("self-evaluation.submitted", "off")))
                .when().put("/preferences")
                .then().statusCode(200);
        String council = council("Submitting");
        UUID evaluation = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();

        TestKafka.send(Topics.SELF_EVALUATIONS, evaluation.toString(), EventCodec.event(
                Events.SELF_EVALUATION_SUBMITTED, "/rubric-service", evaluation.toString(),
                new SelfEvaluationSubmittedV1(evaluation, cycle, council, UUID.randomUUID(), OffsetDateTime.now(),
                        "officer", List.of())));

        String subject = "Submitting " + council + " submitted its self-evaluation";
        await().atMost(PATIENCE).until(() -> smtp.to(one).stream().anyMatch(m -> m.subject().equals(subject)));
        Received mail = smtp.to(one).stream().filter(m -> m.subject().equals(subject)).findFirst().orElseThrow();
        assertThat(mail.text()).contains("Submitting " + council + " submitted its self-evaluation for cycle " + cycle)
                .contains("as an ADES officer");
        // Both addresses' rows are written with the notification, in one transaction: ADES two has none.
        UUID notification = deliveriesTo(one).stream().filter(d -> d.subject.equals(subject)).findFirst()
                .orElseThrow().notificationId;
        assertThat(deliveriesTo(two)).noneMatch(d -> d.notificationId.equals(notification));
        given().auth().oauth2(Tokens.token(one, List.of("ades-admin"), null)).when().get("/preferences")
                .then().statusCode(200)
                .body("email.'self-evaluation.submitted'", equalTo("on"))
                .body("email.'deadline-passed'", equalTo("on"));
        given().auth().oauth2(Tokens.token(two, List.of("ades-admin"), null)).when().get("/preferences")
                .then().statusCode(200)
                .body("email.'self-evaluation.submitted'", equalTo("off"));
    }

    @Test
    void theOfficersAndInspectorsAssignedToAQuadAreToldWhatItsCouncilsAreToldButNotOfTheirOwnComments() {
        String about = council("Challenged");
        String partner = council("Partnering");
        UUID quad = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String officer = "officer-" + suffix;
        String inspector = "Inspector-" + suffix;
        String revoked = "revoked-" + suffix;
        String elsewhere = "elsewhere-" + suffix;
        String key = quad.toString();
        TestKafka.send(Topics.QUADS, key, EventCodec.event(Events.QUAD_FORMED, "/quad-service", key,
                new QuadV1(quad, cycle, "Quad " + suffix, List.of(about, partner))));
        TestKafka.send(Topics.QUADS, key, grant(Events.ASSIGNMENT_GRANTED, UUID.randomUUID(), "ades-officer", officer,
                quad, null));
        // A link inspector assigned to a member council reaches the council's quad.
        TestKafka.send(Topics.QUADS, key, grant(Events.ASSIGNMENT_GRANTED, UUID.randomUUID(), "es-link", inspector,
                null, partner));
        UUID gone = UUID.randomUUID();
        TestKafka.send(Topics.QUADS, key, grant(Events.ASSIGNMENT_GRANTED, gone, "ades-officer", revoked, quad, null));
        TestKafka.send(Topics.QUADS, key, grant(Events.ASSIGNMENT_REVOKED, gone, "ades-officer", revoked, quad, null));
        TestKafka.send(Topics.QUADS, key, grant(Events.ASSIGNMENT_GRANTED, UUID.randomUUID(), "ades-officer",
                elsewhere, UUID.randomUUID(), null));
        await().atMost(PATIENCE).until(() -> Stored.assignedTo(quad).equals(List.of("inspector-" + suffix, officer)));

        Participant author = new Participant(officer, null, null);
        TestKafka.send(Topics.QUAD_WORK, key, EventCodec.event(Events.COMMENT_POSTED, "/quad-service", key,
                new CommentPostedV1(UUID.randomUUID(), UUID.randomUUID(), null, quad, cycle, "2.1", about, author,
                        List.of(), OffsetDateTime.now())));
        TestKafka.send(Topics.QUAD_WORK, key, action(Events.ACTION_CREATED, quad, cycle, partner, "open"));
        String inspectorToken = Tokens.linkInspector(inspector);
        await().atMost(PATIENCE).until(() -> titles(inspectorToken).size() == 2);

        assertThat(titles(inspectorToken)).containsExactly(
                "New action for Partnering " + partner + ": Share the tracker",
                "New comment on Challenged " + about + "'s answer to question 2.1");
        // The officer wrote the challenge: told of the action only. Nobody else assigned hears of the quad.
        assertThat(titles(Tokens.adesOfficer(officer)))
                .containsExactly("New action for Partnering " + partner + ": Share the tracker");
        assertThat(titles(Tokens.adesOfficer(revoked))).isEmpty();
        assertThat(titles(Tokens.adesOfficer(elsewhere))).isEmpty();
        // The council is told as before (the quad's forming, then the comment), and not of the partner's action.
        assertThat(titles(Tokens.editor(about))).first()
                .isEqualTo("New comment on Challenged " + about + "'s answer to question 2.1");
        assertThat(titles(Tokens.editor(about))).hasSize(2)
                .doesNotContain("New action for Partnering " + partner + ": Share the tracker");
    }

    // ---------------------------------------------------------------- helpers

    private static CloudEvent grant(EventType<AssignmentV1> type, UUID id, String role, String username, UUID quad,
            String council) {
        return EventCodec.event(type, "/quad-service", id.toString(), new AssignmentV1(id, role, username, quad,
                null, council, OffsetDateTime.now(), "ades"));
    }

    private static final Map<String, List<CouncilContactsV1.Contact>> CONTACTS = new ConcurrentHashMap<>();

    private static String council(String prefix) {
        String code = "S12" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                code, new CouncilV1(code, prefix + " " + code, null, null, null, 1, 1, true)));
        await().atMost(PATIENCE).until(() -> Stored.councilKnown(code));
        return code;
    }

    /** Adds a contact to the council (announcing all its contacts again) and returns the address. */
    private static String contact(String code, String person, String... wants) {
        String email = person.toLowerCase().replace(' ', '.') + "." + code.toLowerCase() + "@demo.quads.invalid";
        List<CouncilContactsV1.Contact> contacts = CONTACTS.computeIfAbsent(code, c -> new ArrayList<>());
        contacts.add(new CouncilContactsV1.Contact(UUID.randomUUID(), person, email, "officer", List.of(wants)));
        TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_CONTACTS_CHANGED, "/authority-service",
                code, new CouncilContactsV1(code, contacts)));
        await().atMost(PATIENCE).until(() -> Stored.contactCount(code) == contacts.size());
        return email;
    }

    private static CloudEvent action(EventType<ActionV1> type, UUID quad, UUID cycle, String owner, String status) {
        return action(type, UUID.randomUUID(), quad, cycle, owner, status);
    }

    private static CloudEvent action(EventType<ActionV1> type, UUID actionId, UUID quad, UUID cycle, String owner,
            String status) {
        return EventCodec.event(type, "/quad-service", quad.toString(), new ActionV1(actionId, quad, cycle, owner,
                "Share the tracker", List.of("2.1"), LocalDate.of(2026, 5, 29), status, null, null, "someone",
                OffsetDateTime.now()));
    }

    private static List<String> titles(String token) {
        return given().auth().oauth2(token).when().get("/notifications?limit=200")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
    }

    private static List<Delivery> deliveriesTo(String recipient) {
        return Stored.deliveriesTo(recipient);
    }
}
