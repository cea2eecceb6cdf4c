package scot.quads.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.GuestInvitationV1;
import scot.quads.notification.mail.GreenMailResource.InjectSmtp;
import scot.quads.notification.mail.SmtpServer.Received;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;

/** An invited partner is mailed their invitation, with a link to their sessions in the portal, and its withdrawal. */
@QuarkusTest
@QuadsTestStack
@QuarkusTestResource(GreenMailResource.class)
class GuestMailTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @InjectSmtp
    SmtpServer smtp;

    @Test
    void anInvitedGuestIsMailedTheSessionsTheNoteAndALinkToTheirSessionsOnceEvenWhenDeliveredTwice() {
        String email = "morag." + UUID.randomUUID().toString().substring(0, 8) + "@cld.example.org";
        UUID invitationId = UUID.randomUUID();
        GuestInvitationV1 invitation = new GuestInvitationV1(invitationId, UUID.randomUUID(), UUID.randomUUID(),
                "Forth and Tay", "Morag Lindsay", email, "CLD manager", LocalDate.of(2026, 11, 30),
                List.of(new GuestInvitationV1.Session(UUID.randomUUID(), OffsetDateTime.parse("2026-11-12T10:00:00Z"),
                        "Perth")), "Please read the family learning item first.",
                OffsetDateTime.parse("2026-10-02T14:00:00Z"), "editor-fife");
        CloudEvent invited = EventCodec.event(Events.GUEST_INVITED, "/quad-service", invitationId.toString(),
                invitation);

        TestKafka.send(Topics.QUADS, invitationId.toString(), invited);
        TestKafka.send(Topics.QUADS, invitationId.toString(), invited);
        TestKafka.send(Topics.QUADS, invitationId.toString(), EventCodec.event(Events.GUEST_REVOKED, "/quad-service",
                invitationId.toString(), invitation));
        await().atMost(PATIENCE).until(() -> smtp.to(email).size() == 2);

        List<Received> mails = smtp.to(email);
        Received mail = mails.get(0);
        assertThat(mail.subject()).isEqualTo("You are invited to a session of the quad Forth and Tay");
        assertThat(mail.text()).startsWith("Hello,")
                .contains("You are invited to take part in a session of the quad Forth and Tay as CLD manager:")
                .contains("- Thursday 12 November 2026 at 10:00, Perth")
                .contains("until 30 November 2026. Sign in with this email address (" + email + ").")
                .contains("Please read the family learning item first.")
                .contains("Open it in the Quads portal: http://localhost:8080/guest")
                .contains("because you were invited to a session of a quad");
        assertThat(mail.html()).contains("<a href=\"http://localhost:8080/guest\">");
        assertThat(mails.get(1).subject()).isEqualTo("Your invitation to the quad Forth and Tay was withdrawn");
    }
}
