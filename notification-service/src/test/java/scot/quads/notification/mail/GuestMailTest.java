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
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.GuestInvitationV1;
import scot.quads.notification.Stored;
import scot.quads.notification.mail.GreenMailResource.InjectSmtp;
import scot.quads.notification.mail.SmtpServer.Received;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;

/**
 * An invited partner is mailed their invitation, with a link to their sessions in the portal, and its withdrawal.
 * They belong to no council: their mail names the quad, who invited them and the sessions, never a council line.
 */
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
        String council = "S12" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        TestKafka.send(Topics.COUNCILS, council, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                council, new CouncilV1(council, "Council " + council, null, null, null, 1, 1, true)));
        await().atMost(PATIENCE).until(() -> Stored.councilKnown(council));
        UUID invitationId = UUID.randomUUID();
        GuestInvitationV1 invitation = new GuestInvitationV1(invitationId, UUID.randomUUID(), UUID.randomUUID(),
                "Forth and Tay", "Morag Lindsay", email, "CLD manager", LocalDate.of(2026, 11, 30),
                List.of(new GuestInvitationV1.Session(UUID.randomUUID(), OffsetDateTime.parse("2026-11-12T10:00:00Z"),
                        "Perth")), "Please read the family learning item first.",
                OffsetDateTime.parse("2026-10-02T14:00:00Z"), "editor-fife", council);
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
        assertThat(lines(mail.text())).startsWith("Hello,")
                .contains("You are invited to take part in a session of the quad Forth and Tay as CLD manager:")
                .contains("- Thursday 12 November 2026 at 10:00, Perth")
                .contains("until 30 November 2026. Sign in with this email address (" + email + ").")
                .contains("Please read the family learning item first.")
                .contains("Please read the family learning item first.\n\nQuad: Forth and Tay\nInvited by: Council "
                        + council + "\nSession: Thursday 12 November 2026 at 10:00, Perth\n\nOpen it in the Quads"
                        + " portal: http://localhost:8080/guest")
                .contains("because you were invited to a session of a quad.")
                .doesNotContain("Council:", "Cycle:", " -\n", "/preferences");
        assertThat(mail.html()).contains("<a href=\"http://localhost:8080/guest\">")
                .contains("<tr><th align=\"left\">Invited by</th><td>Council " + council + "</td></tr>")
                .doesNotContain(">Council<", "<td>-</td>", "/preferences");
        assertThat(mails.get(1).subject()).isEqualTo("Your invitation to the quad Forth and Tay was withdrawn");
        assertThat(lines(mails.get(1).text())).contains("ask whoever invited you.\n\nQuad: Forth and Tay\n\nOpen it")
                .doesNotContain("Council:");
    }

    @Test
    void aGuestInvitedByADESIsToldSoAndAnInvitationWithoutAQuadNameLeavesThatLineOut() {
        String email = "ann." + UUID.randomUUID().toString().substring(0, 8) + "@health.example.org";
        UUID invitationId = UUID.randomUUID();
        GuestInvitationV1 invitation = new GuestInvitationV1(invitationId, UUID.randomUUID(), UUID.randomUUID(),
                null, "Ann Reid", email, "School nurse", LocalDate.of(2026, 11, 30),
                List.of(new GuestInvitationV1.Session(UUID.randomUUID(), OffsetDateTime.parse("2026-11-12T10:00:00Z"),
                        null), new GuestInvitationV1.Session(UUID.randomUUID(),
                        OffsetDateTime.parse("2026-11-19T14:30:00Z"), "Online")), null,
                OffsetDateTime.parse("2026-10-02T14:00:00Z"), "ades", null);
        TestKafka.send(Topics.QUADS, invitationId.toString(), EventCodec.event(Events.GUEST_INVITED, "/quad-service",
                invitationId.toString(), invitation));
        await().atMost(PATIENCE).until(() -> smtp.to(email).size() == 1);

        Received mail = smtp.to(email).get(0);
        assertThat(mail.subject()).isEqualTo("You are invited to a session of a quad");
        assertThat(lines(mail.text())).contains("(" + email + ").\n\nInvited by: ADES\nSessions: Thursday 12 November"
                + " 2026 at 10:00; Thursday 19 November 2026 at 14:30, Online\n\nOpen it")
                .doesNotContain("Quad:", "Council:", "Cycle:");
    }

    /** The text as written, whatever line endings the mail travelled with. */
    private static String lines(String text) {
        return text.replace("\r\n", "\n");
    }
}
