package scot.quads.notification.service;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import scot.quads.contract.payload.GuestInvitationV1;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

/**
 * What an invited partner is told: their invitation, with the sessions it opens, what the inviter shared and a link
 * to their sessions in the portal (where they sign in with the address it was sent to); and that it was withdrawn.
 * Addressed to them in person, by their address (which is also how their sign-in is tied to the invitation), and
 * mailed to it: nobody else knows them.
 */
public final class GuestNotices {

    public static final String INVITED = "guest.invited";
    public static final String REVOKED = "guest.revoked";
    /** Where a guest finds their sessions in the portal. */
    public static final String LINK = "/guest";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK).withZone(ZoneId.of("Europe/London"));

    private GuestNotices() {
    }

    /**
     * @param inviter who invited them, as the mail names it: the inviting council's name, or ADES when ADES or an
     *                ADES officer did (null when not known)
     */
    public static List<Notice> invited(GuestInvitationV1 invitation, String inviter) {
        String quad = quad(invitation);
        String sessions = invitation.sessions().stream()
                .map(s -> "- " + session(s))
                .collect(Collectors.joining("\n"));
        String note = invitation.note() == null ? ""
                : "\n\nThey shared this with you:\n" + invitation.note();
        String body = "You are invited to take part in " + (invitation.sessions().size() == 1 ? "a session"
                : invitation.sessions().size() + " sessions") + " of " + quad + " as " + invitation.organisation()
                + ":\n" + sessions + "\n\nYou may read " + (invitation.sessions().size() == 1 ? "its" : "their")
                + " agenda and add your input until " + Wording.date(invitation.expiresOn()) + ". Sign in with"
                + " this email address (" + invitation.email() + ")." + note;
        List<Notice.Detail> details = List.of(new Notice.Detail("Quad", invitation.quadName()),
                new Notice.Detail("Invited by", inviter),
                new Notice.Detail(invitation.sessions().size() == 1 ? "Session" : "Sessions",
                        invitation.sessions().stream().map(GuestNotices::session).collect(Collectors.joining("; "))));
        return List.of(new Notice(Audience.user(invitation.email()), INVITED,
                "You are invited to a session of " + quad, body, LINK, null, invitation.cycleId(),
                invitation.email(), details));
    }

    public static List<Notice> revoked(GuestInvitationV1 invitation) {
        String quad = quad(invitation);
        return List.of(new Notice(Audience.user(invitation.email()), REVOKED,
                "Your invitation to " + quad + " was withdrawn",
                "Your invitation to the sessions of " + quad + " was withdrawn; you can no longer read them. If you"
                        + " think this is a mistake, ask whoever invited you.",
                LINK, null, invitation.cycleId(), invitation.email(),
                List.of(new Notice.Detail("Quad", invitation.quadName()))));
    }

    private static String session(GuestInvitationV1.Session session) {
        return WHEN.format(session.startsAt()) + (session.location() == null ? "" : ", " + session.location());
    }

    private static String quad(GuestInvitationV1 invitation) {
        return invitation.quadName() == null || invitation.quadName().isBlank() ? "a quad"
                : "the quad " + invitation.quadName();
    }
}
