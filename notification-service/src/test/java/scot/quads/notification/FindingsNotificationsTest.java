package scot.quads.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilContactsV1;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.FindingsReportV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.notification.mail.GreenMailResource;
import scot.quads.notification.mail.GreenMailResource.InjectSmtp;
import scot.quads.notification.mail.SmtpServer;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** A published findings report, fed through Kafka, in the inboxes of its council and its quad partners. */
@QuarkusTest
@QuadsTestStack
@QuarkusTestResource(GreenMailResource.class)
class FindingsNotificationsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectSmtp
    SmtpServer smtp;

    @Test
    void aPublishedReportIsToldToItsCouncilAndItsQuadPartnersOnceEvenWhenDeliveredTwice() {
        String own = council("Publishing");
        String partner = council("Partnering");
        String other = council("Partnering");
        String outsider = council("Outside");
        String contact = "pat." + own.toLowerCase() + "@demo.quads.invalid";
        TestKafka.send(Topics.COUNCILS, own, EventCodec.event(Events.COUNCIL_CONTACTS_CHANGED, "/authority-service",
                own, new CouncilContactsV1(own, List.of(new CouncilContactsV1.Contact(UUID.randomUUID(),
                        "Pat Example", contact, "officer", List.of("findings.published"))))));
        await().atMost(PATIENCE).until(() -> Stored.contactCount(own) == 1);
        UUID cycle = UUID.randomUUID();
        UUID quad = UUID.randomUUID();
        TestKafka.send(Topics.QUADS, quad.toString(), EventCodec.event(Events.QUAD_FORMED, "/quad-service",
                quad.toString(), new QuadV1(quad, cycle, "West", List.of(own, partner, other))));
        await().atMost(PATIENCE).until(() -> Stored.quadMembers(quad).size() == 3);
        UUID report = UUID.randomUUID();
        CloudEvent published = EventCodec.event(Events.FINDINGS_REPORT_PUBLISHED, "/quad-service",
                report.toString(), new FindingsReportV1(report, cycle, quad, own, "Publishing " + own, "2026-27", 1,
                        "published", null, null, "ades", OffsetDateTime.now()));

        TestKafka.send(Topics.FINDINGS_REPORTS, report.toString(), published);
        TestKafka.send(Topics.FINDINGS_REPORTS, report.toString(), published);

        String partnerTitle = "Publishing " + own + "'s findings report for 2026-27 is published";
        await().atMost(PATIENCE).until(() -> findings(Tokens.editor(other)).size() == 1);
        assertThat(findings(Tokens.viewer(own))).containsExactly("Your findings report for 2026-27 is published");
        assertThat(findings(Tokens.editor(partner))).containsExactly(partnerTitle);
        assertThat(findings(Tokens.editor(other))).containsExactly(partnerTitle);
        assertThat(findings(Tokens.editor(outsider))).isEmpty();
        await().atMost(PATIENCE).until(() -> !smtp.to(contact).isEmpty());
        assertThat(smtp.to(contact)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Your findings report for 2026-27 is published");
            assertThat(mail.text()).contains("/reports/" + report);
        });
    }

    private static String council(String prefix) {
        String code = "S12" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                code, new CouncilV1(code, prefix + " " + code, null, null, null, 1, 1, true)));
        await().atMost(PATIENCE).until(() -> Stored.councilKnown(code));
        return code;
    }

    /** The titles of the findings notices in the user's inbox. */
    private static List<String> findings(String token) {
        return given().auth().oauth2(token).when().get("/notifications?limit=200")
                .then().statusCode(200).extract().jsonPath().getList("items.title", String.class).stream()
                .filter(title -> title.contains("findings report")).toList();
    }
}
