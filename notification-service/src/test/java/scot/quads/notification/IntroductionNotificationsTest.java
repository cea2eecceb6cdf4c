package scot.quads.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.EventType;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilContactsV1;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.IntroductionV1;
import scot.quads.contract.payload.IntroductionV1.Person;
import scot.quads.notification.mail.GreenMailResource;
import scot.quads.notification.mail.GreenMailResource.InjectSmtp;
import scot.quads.notification.mail.SmtpServer;
import scot.quads.notification.mail.SmtpServer.Received;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** Learning-partner introductions from quad-service, fed through Kafka, as inboxes and mailboxes show them. */
@QuarkusTest
@QuadsTestStack
@QuarkusTestResource(GreenMailResource.class)
class IntroductionNotificationsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectSmtp
    SmtpServer smtp;

    @Test
    void aQuestionReachesThePartnersPrimaryContactInTheirInboxAndMailAndTheReplyReachesTheAsker() {
        String asking = council("Asking");
        String strong = council("Strong");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String primary = "pat-" + suffix + "@demo.quads.invalid";
        String other = "amy-" + suffix + "@demo.quads.invalid";
        contacts(strong, new CouncilContactsV1.Contact(UUID.randomUUID(), "Amy Example", other, "Officer", List.of()),
                new CouncilContactsV1.Contact(UUID.randomUUID(), "Pat Example", primary, "Primary contact",
                        List.of()));
        Person asker = new Person("ann-" + suffix, "ann-" + suffix + "@demo.quads.invalid", asking);
        Person pat = new Person("pat-" + suffix, primary, strong);
        UUID quad = UUID.randomUUID();
        UUID cycle = UUID.randomUUID();
        UUID introduction = UUID.randomUUID();

        TestKafka.send(Topics.QUAD_WORK, quad.toString(), event(Events.INTRODUCTION_REQUESTED, introduction, quad,
                cycle, asking, strong, asker, asker, "How did you bring the secondary heads in?"));
        String title = "Asking " + asking + " asks Strong " + strong + " about D1.1.1";
        String patsToken = person("pat-" + suffix, strong, primary, true);
        await().atMost(PATIENCE).until(() -> titles(patsToken).size() == 1);
        assertThat(titles(patsToken)).containsExactly(title);
        assertThat(bodies(patsToken).get(0)).contains("How did you bring the secondary heads in?")
                .contains("Strong " + strong + " graded it level 5").contains("graded it level 2")
                .contains("named contact");
        // Amy is another contact, and a colleague of Pat's without Pat's address sees nothing; nor does a token
        // carrying Pat's address unverified.
        assertThat(titles(person("amy-" + suffix, strong, other, true))).isEmpty();
        assertThat(titles(Tokens.editor(strong))).isEmpty();
        assertThat(titles(person("impostor-" + suffix, strong, primary, false))).isEmpty();
        await().atMost(PATIENCE).until(() -> smtp.to(primary).size() == 1);
        Received mail = smtp.to(primary).get(0);
        assertThat(mail.subject()).isEqualTo(title);
        assertThat(mail.text()).contains("How did you bring the secondary heads in?")
                .contains("/cycles/" + cycle + "/quads/" + quad + "/introductions/" + introduction)
                .contains("as Strong " + strong + "'s named contact");
        assertThat(smtp.to(other)).isEmpty();

        TestKafka.send(Topics.QUAD_WORK, quad.toString(), event(Events.INTRODUCTION_REPLIED, introduction, quad,
                cycle, asking, strong, asker, pat, null));
        String annsToken = person(asker.username(), asking, asker.email(), true);
        await().atMost(PATIENCE).until(() -> titles(annsToken).size() == 1);
        assertThat(titles(annsToken)).containsExactly("Strong " + strong + " replied to your question about D1.1.1");
        await().atMost(PATIENCE).until(() -> smtp.to(asker.email()).size() == 1);
        // Pat is not told of Pat's own reply.
        assertThat(titles(patsToken)).hasSize(1);

        TestKafka.send(Topics.QUAD_WORK, quad.toString(), event(Events.INTRODUCTION_REPLIED, introduction, quad,
                cycle, asking, strong, asker, asker, null));
        await().atMost(PATIENCE).until(() -> titles(patsToken).size() == 2);
        assertThat(titles(patsToken)).contains("Asking " + asking + " wrote back about D1.1.1");
        assertThat(titles(annsToken)).hasSize(1);
    }

    @Test
    void aPartnerWithoutContactsIsToldAsACouncil() {
        String asking = council("Curious");
        String strong = council("Uncontacted");
        UUID quad = UUID.randomUUID();
        Person asker = new Person("cat-" + UUID.randomUUID().toString().substring(0, 8), null, asking);

        TestKafka.send(Topics.QUAD_WORK, quad.toString(), event(Events.INTRODUCTION_REQUESTED, UUID.randomUUID(),
                quad, UUID.randomUUID(), asking, strong, asker, asker, "Any tips?"));
        await().atMost(PATIENCE).until(() -> titles(Tokens.viewer(strong)).size() == 1);
        assertThat(titles(Tokens.viewer(strong))).containsExactly("Curious " + asking + " asks Uncontacted " + strong
                + " about D1.1.1");
        assertThat(titles(Tokens.viewer(asking))).isEmpty();
    }

    private static CloudEvent event(EventType<IntroductionV1> type, UUID introduction, UUID quad, UUID cycle,
            String asking, String strong, Person asker, Person author, String text) {
        return EventCodec.event(type, "/quad-service", quad.toString(), new IntroductionV1(introduction,
                UUID.randomUUID(), quad, cycle, "D1.1.1", "How well do leaders share one picture?", asking, 2, strong,
                5, asker, author, text, OffsetDateTime.now()));
    }

    /** A council user whose token carries an email address, verified or not, as Keycloak's do. */
    private static String person(String username, String council, String email, boolean verified) {
        return Jwt.preferredUserName(username)
                .issuer("https://server.example.com")
                .audience("https://server.example.com")
                .subject("sub-" + username)
                .claim("realm_access", Map.of("roles", List.of("authority-editor")))
                .claim("authority", council)
                .claim("email", email)
                .claim("email_verified", verified)
                .jws().keyId("1").sign("privateKey.jwk");
    }

    private static String council(String prefix) {
        String code = "S12" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                code, new CouncilV1(code, prefix + " " + code, null, null, null, 1, 1, true)));
        await().atMost(PATIENCE).until(() -> Stored.councilKnown(code));
        return code;
    }

    private static void contacts(String code, CouncilContactsV1.Contact... contacts) {
        TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_CONTACTS_CHANGED, "/authority-service",
                code, new CouncilContactsV1(code, List.of(contacts))));
        await().atMost(PATIENCE).until(() -> Stored.contactCount(code) == contacts.length);
    }

    private static List<String> titles(String token) {
        return given().auth().oauth2(token).when().get("/notifications?limit=200")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class);
    }

    private static List<String> bodies(String token) {
        return given().auth().oauth2(token).when().get("/notifications?limit=200")
                .then().statusCode(200).extract().jsonPath().getList("items.body", String.class);
    }
}
