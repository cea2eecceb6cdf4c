package scot.quads.contract.payload;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A partner invited as a {@code quad-guest} to named sessions of a quad until {@code expiresOn} (the last day they
 * may read them), or that invitation revoked. {@code email} is both where the invitation is mailed and what ties the
 * guest's sign-in to it (the token's verified {@code email}); {@code organisation} is their organisation or role
 * ("CLD manager"); {@code sessions} the sessions they may read, each with its start, so that a mail can name them.
 * {@code note}: what the inviter shared with them (null when nothing). {@code at} and {@code by}: when and by whom it
 * was made or revoked; {@code byCouncil}: the council code of whoever made or revoked it, null when ADES or an ADES
 * officer did (and in events written before it was carried).
 */
public record GuestInvitationV1(UUID invitationId, UUID quadId, UUID cycleId, String quadName, String name,
        String email, String organisation, LocalDate expiresOn, List<Session> sessions, String note,
        OffsetDateTime at, String by, String byCouncil) {

    /** One session the guest is invited to. */
    public record Session(UUID sessionId, OffsetDateTime startsAt, String location) {
    }

    public GuestInvitationV1 {
        Objects.requireNonNull(invitationId, "invitationId");
        Objects.requireNonNull(quadId, "quadId");
        Objects.requireNonNull(email, "email");
        sessions = sessions == null ? List.of() : List.copyOf(sessions);
    }
}
