package scot.quads.quad.guest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import scot.quads.contract.Events;
import scot.quads.contract.payload.GuestInvitationV1;
import scot.quads.quad.GuestInput;
import scot.quads.quad.GuestInvitation;
import scot.quads.quad.GuestInvitationAudit;
import scot.quads.quad.Quad;
import scot.quads.quad.QuadSession;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.SessionItem;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.quad.work.QuadWorkAccess;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;

/**
 * Invited partners ({@code quad-guest}). Whoever plans a quad's sessions (its members' editors, the ADES officer
 * assigned to it, ADES) invites a person to named sessions of it until an expiry date, optionally sharing a note;
 * ADES or the inviter revokes. Each invitation and revocation is audited and announced on {@code quads.quads}, so
 * that notification-service mails the invitation. A guest, known by their token's verified email, reads only the
 * sessions their live invitations name (not after the last day, not once revoked): when and where, the purpose, the
 * agenda items and the note the inviter shared; and adds their input to those sessions' record, about the session or
 * one of those items. No other item of the agenda, and nothing of any self-evaluation.
 */
@ApplicationScoped
public class GuestService {

    /** An address as people type them: something@domain.tld, no spaces. */
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
    /** How far ahead an invitation may run. */
    static final int LONGEST_DAYS = 366;

    private final QuadWorkAccess access;
    private final CycleRepository cycles;
    private final RubricVersionRepository rubricVersions;
    private final Outbox outbox;

    public GuestService(QuadWorkAccess access, CycleRepository cycles, RubricVersionRepository rubricVersions,
            Outbox outbox) {
        this.access = access;
        this.cycles = cycles;
        this.rubricVersions = rubricVersions;
        this.outbox = outbox;
    }

    /** What an inviter asks for. */
    public record NewInvitation(String name, String email, String organisation, LocalDate expiresOn,
            List<UUID> sessionIds, List<UUID> itemIds, String note) {
    }

    /**
     * A session as a guest reads it, with the invitations that open it to them, the agenda items those share with
     * them (in agenda order; the others are not theirs to read) and their own input to it.
     */
    public record GuestSession(QuadSession session, Quad quad, RubricVersion rubric, List<SessionItem> items,
            List<GuestInvitation> invitations, List<GuestInput> input) {
    }

    @Transactional
    public GuestInvitation invite(UUID quadId, NewInvitation draft) {
        Quad quad = access.sessionWritable(quadId);
        LocalDate today = access.today();
        List<Problem.FieldError> errors = new ArrayList<>();
        String name = trimmed(draft.name());
        String email = draft.email() == null ? null : draft.email().trim().toLowerCase(Locale.ROOT);
        String organisation = trimmed(draft.organisation());
        String note = trimmed(draft.note());
        if (name == null) {
            errors.add(new Problem.FieldError("name", "must name the person invited"));
        }
        if (email == null || email.length() > 254 || !EMAIL.matcher(email).matches()) {
            errors.add(new Problem.FieldError("email", "must be an email address such as name@example.org"));
        }
        if (organisation == null) {
            errors.add(new Problem.FieldError("organisation", "must say where the person comes from or their role,"
                    + " such as CLD manager"));
        }
        if (draft.expiresOn() == null) {
            errors.add(new Problem.FieldError("expiresOn", "must be the last day the invitation may be used"));
        } else if (draft.expiresOn().isBefore(today)) {
            errors.add(new Problem.FieldError("expiresOn", "is in the past (" + draft.expiresOn() + "); it must be"
                    + " today or later"));
        } else if (draft.expiresOn().isAfter(today.plusDays(LONGEST_DAYS))) {
            errors.add(new Problem.FieldError("expiresOn", "must be within a year of today"));
        }
        Set<UUID> sessionIds = new LinkedHashSet<>();
        if (draft.sessionIds() == null || draft.sessionIds().isEmpty()) {
            errors.add(new Problem.FieldError("sessionIds", "must name at least one session of the quad"));
        } else {
            Set<UUID> ofQuad = new LinkedHashSet<>(QuadSession.ofQuad(quad.id).stream().map(s -> s.id).toList());
            for (int i = 0; i < draft.sessionIds().size(); i++) {
                UUID id = draft.sessionIds().get(i);
                if (id == null || !ofQuad.contains(id)) {
                    errors.add(new Problem.FieldError("sessionIds[" + i + "]", id + " is not a session of this"
                            + " quad"));
                } else if (!sessionIds.add(id)) {
                    errors.add(new Problem.FieldError("sessionIds[" + i + "]", "lists " + id + " more than once"));
                }
            }
        }
        Set<UUID> itemIds = sharedItems(sessionIds, draft.itemIds(), errors);
        QuadWorkAccess.checkText("name", name, errors);
        QuadWorkAccess.checkText("organisation", organisation, errors);
        QuadWorkAccess.checkText("note", note, errors);
        QuadWorkAccess.refuse("The invitation cannot be made", errors);

        GuestInvitation invitation = new GuestInvitation();
        invitation.id = UUID.randomUUID();
        invitation.quadId = quad.id;
        invitation.cycleId = quad.cycleId;
        invitation.name = name;
        invitation.email = email;
        invitation.organisation = organisation;
        invitation.expiresOn = draft.expiresOn();
        invitation.note = note;
        invitation.sessionIds = sessionIds;
        invitation.itemIds = itemIds;
        invitation.invitedAt = access.now();
        invitation.invitedBy = access.username();
        invitation.persistAndFlush();
        audit(invitation, GuestInvitationAudit.INVITED, invitation.invitedAt);
        outbox.publish(Events.GUEST_INVITED, invitation.id.toString(),
                payload(invitation, quad, invitation.invitedAt, invitation.invitedBy));
        return invitation;
    }

    /**
     * The agenda items to share, each an item of one of the named sessions (already checked) and listed once; none
     * when the inviter chose none.
     */
    private static Set<UUID> sharedItems(Set<UUID> sessionIds, List<UUID> wanted, List<Problem.FieldError> errors) {
        Set<UUID> itemIds = new LinkedHashSet<>();
        if (wanted == null || wanted.isEmpty()) {
            return itemIds;
        }
        Set<UUID> onAgendas = new LinkedHashSet<>(SessionItem.ofSessions(sessionIds).stream().map(i -> i.id)
                .toList());
        for (int i = 0; i < wanted.size(); i++) {
            UUID id = wanted.get(i);
            if (id == null || !onAgendas.contains(id)) {
                errors.add(new Problem.FieldError("itemIds[" + i + "]", id + " is not an agenda item of the sessions"
                        + " the invitation names"));
            } else if (!itemIds.add(id)) {
                errors.add(new Problem.FieldError("itemIds[" + i + "]", "lists " + id + " more than once"));
            }
        }
        return itemIds;
    }

    /**
     * Puts {@code itemIds} in place of the agenda items a live invitation shares (ADES, or the person who made it):
     * each must be an item of the sessions it names. 404 when the quad has no invitation by that id, 409 once it is
     * revoked or past its last day.
     */
    @Transactional
    public GuestInvitation share(UUID quadId, UUID invitationId, List<UUID> itemIds) {
        Quad quad = access.sessionWritable(quadId);
        GuestInvitation invitation = ownInvitation(quad, invitationId, "change what this invitation shares");
        if (!invitation.liveOn(access.today())) {
            throw ProblemException.conflict("Invitation " + invitationId + " has ended ("
                    + (invitation.revokedAt != null ? "revoked on " + invitation.revokedAt
                            : "its last day was " + invitation.expiresOn) + "): invite the guest again instead");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<UUID> shared = sharedItems(invitation.sessionIds, itemIds, errors);
        QuadWorkAccess.refuse("What the invitation shares cannot be changed", errors);
        invitation.itemIds.clear();
        invitation.itemIds.addAll(shared);
        GuestInvitation.flush();
        audit(invitation, GuestInvitationAudit.SHARED, access.now());
        return invitation;
    }

    private GuestInvitation ownInvitation(Quad quad, UUID invitationId, String what) {
        GuestInvitation invitation = GuestInvitation.<GuestInvitation>findByIdOptional(invitationId,
                        LockModeType.PESSIMISTIC_WRITE)
                .filter(i -> i.quadId.equals(quad.id))
                .orElseThrow(() -> ProblemException.notFound("Invitation", invitationId));
        if (!access.caller().isAdes() && !access.username().equalsIgnoreCase(invitation.invitedBy)) {
            throw ProblemException.forbidden("Only ADES or the person who made it (" + invitation.invitedBy
                    + ") can " + what);
        }
        return invitation;
    }

    /** Ends an invitation: ADES, or the person who made it; 404 when the quad has none by that id, 409 if revoked. */
    @Transactional
    public GuestInvitation revoke(UUID quadId, UUID invitationId) {
        Quad quad = access.sessionWritable(quadId);
        GuestInvitation invitation = ownInvitation(quad, invitationId, "revoke this invitation");
        if (invitation.revokedAt != null) {
            throw ProblemException.conflict("Invitation " + invitationId + " was already revoked on "
                    + invitation.revokedAt + " by " + invitation.revokedBy);
        }
        invitation.revokedAt = access.now();
        invitation.revokedBy = access.username();
        GuestInvitation.flush();
        audit(invitation, GuestInvitationAudit.REVOKED, invitation.revokedAt);
        outbox.publish(Events.GUEST_REVOKED, invitation.id.toString(),
                payload(invitation, quad, invitation.revokedAt, invitation.revokedBy));
        return invitation;
    }

    /** The quad's invitations, newest first, for whoever may invite to its sessions. */
    public List<GuestInvitation> ofQuad(UUID quadId) {
        Quad quad = access.sessionWritable(quadId);
        return GuestInvitation.ofQuad(quad.id);
    }

    public List<GuestInvitationAudit> audit(UUID quadId) {
        Quad quad = access.sessionWritable(quadId);
        return GuestInvitationAudit.of(quad.id);
    }

    /** What the guests wrote to the quad's sessions (or to one), oldest first, for the quad's readers. */
    public List<GuestInput> inputOf(UUID quadId, UUID sessionId) {
        Quad quad = access.readable(quadId);
        List<UUID> sessions = QuadSession.ofQuad(quad.id).stream().map(s -> s.id)
                .filter(id -> sessionId == null || id.equals(sessionId)).toList();
        return GuestInput.ofSessions(sessions);
    }

    public LocalDate today() {
        return access.today();
    }

    /** The sessions the calling guest's live invitations open, earliest first. */
    public List<GuestSession> mySessions() {
        List<GuestInvitation> live = liveInvitations();
        Map<UUID, List<GuestInvitation>> bySession = new LinkedHashMap<>();
        for (GuestInvitation invitation : live) {
            for (UUID sessionId : invitation.sessionIds) {
                bySession.computeIfAbsent(sessionId, id -> new ArrayList<>()).add(invitation);
            }
        }
        List<GuestSession> sessions = new ArrayList<>();
        for (Map.Entry<UUID, List<GuestInvitation>> entry : bySession.entrySet()) {
            GuestSession view = view(entry.getKey(), entry.getValue());
            if (view != null) {
                sessions.add(view);
            }
        }
        sessions.sort((a, b) -> a.session().startsAt.compareTo(b.session().startsAt));
        return sessions;
    }

    /** One session a live invitation opens to the calling guest; 403 for any other. */
    public GuestSession mySession(UUID sessionId) {
        List<GuestInvitation> opening = liveInvitations().stream().filter(i -> i.sessionIds.contains(sessionId))
                .toList();
        GuestSession view = opening.isEmpty() ? null : view(sessionId, opening);
        if (view == null) {
            throw notInvited();
        }
        return view;
    }

    /**
     * The guest's input to a session a live invitation opens to them: about the session, or about one of the agenda
     * items shared with them ({@code itemId}; any other item is refused, naming the field).
     */
    @Transactional
    public GuestInput addInput(UUID sessionId, UUID itemId, String text) {
        GuestSession session = mySession(sessionId);
        String written = text == null ? null : text.strip();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (written == null || written.isEmpty()) {
            errors.add(new Problem.FieldError("text", "must say something"));
        }
        if (itemId != null && session.items().stream().noneMatch(item -> item.id.equals(itemId))) {
            errors.add(new Problem.FieldError("itemId", itemId + " is not an agenda item of this session shared with"
                    + " you"));
        }
        QuadWorkAccess.checkText("text", written, errors);
        QuadWorkAccess.refuse("The input cannot be added", errors);
        GuestInvitation invitation = session.invitations().get(0);
        GuestInput input = new GuestInput();
        input.id = UUID.randomUUID();
        input.sessionId = sessionId;
        input.invitationId = itemId == null ? invitation.id : session.invitations().stream()
                .filter(i -> i.itemIds.contains(itemId)).findFirst().orElse(invitation).id;
        input.itemId = itemId;
        input.authorName = invitation.name;
        input.organisation = invitation.organisation;
        input.text = written;
        input.postedAt = access.now();
        input.persist();
        return input;
    }

    private List<GuestInvitation> liveInvitations() {
        if (!access.caller().isGuest()) {
            throw ProblemException.forbidden("Only invited guests read sessions here");
        }
        String email = access.caller().verifiedEmail().orElseThrow(() -> ProblemException.forbidden("Your account"
                + " has no verified email address, so no invitation can be matched to it"));
        return GuestInvitation.liveFor(email, access.today());
    }

    private GuestSession view(UUID sessionId, List<GuestInvitation> invitations) {
        QuadSession session = QuadSession.findById(sessionId);
        if (session == null) {
            return null;
        }
        Quad quad = Quad.findById(session.quadId);
        if (quad == null || quad.dissolved()) {
            return null;
        }
        RubricVersion rubric = cycles.find(quad.cycleId).map(cycle -> rubricVersions.find(cycle.rubricVersionId))
                .orElse(null);
        List<UUID> own = invitations.stream().map(i -> i.id).toList();
        List<GuestInput> input = GuestInput.ofSessions(List.of(sessionId)).stream()
                .filter(i -> own.contains(i.invitationId)).toList();
        Set<UUID> shared = new LinkedHashSet<>();
        invitations.forEach(i -> shared.addAll(i.itemIds));
        List<SessionItem> items = SessionItem.ofSession(sessionId).stream().filter(item -> shared.contains(item.id))
                .toList();
        return new GuestSession(session, quad, rubric, items, invitations, input);
    }

    private static ProblemException notInvited() {
        return ProblemException.forbidden("You are not invited to this session, or your invitation has ended");
    }

    private void audit(GuestInvitation invitation, String action, OffsetDateTime at) {
        GuestInvitationAudit entry = new GuestInvitationAudit();
        entry.invitationId = invitation.id;
        entry.quadId = invitation.quadId;
        entry.action = action;
        entry.email = invitation.email;
        entry.changedAt = at;
        entry.changedBy = access.username();
        if (!GuestInvitationAudit.REVOKED.equals(action)) {
            entry.itemIds = new LinkedHashSet<>(invitation.itemIds);
        }
        entry.persist();
    }

    private GuestInvitationV1 payload(GuestInvitation invitation, Quad quad, OffsetDateTime at, String by) {
        List<GuestInvitationV1.Session> sessions = invitation.sessionIds.stream()
                .map(id -> QuadSession.<QuadSession>findById(id))
                .filter(s -> s != null)
                .sorted((a, b) -> a.startsAt.compareTo(b.startsAt))
                .map(s -> new GuestInvitationV1.Session(s.id, s.startsAt, s.location)).toList();
        return new GuestInvitationV1(invitation.id, quad.id, quad.cycleId, quad.name, invitation.name,
                invitation.email, invitation.organisation, invitation.expiresOn, sessions, invitation.note, at, by,
                access.caller().isAdes() || access.caller().isAdesOfficer() ? null
                        : access.caller().council().orElse(null));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
