package scot.quads.notification.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.payload.ActionV1;
import scot.quads.contract.payload.CommentPostedV1;
import scot.quads.contract.payload.CycleDeadlineV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.FindingsReportV1;
import scot.quads.contract.payload.FocusV1;
import scot.quads.contract.payload.GuestInvitationV1;
import scot.quads.contract.payload.IntroductionV1;
import scot.quads.contract.payload.QuadChangedV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.contract.payload.SelfEvaluationRecalledV1;
import scot.quads.contract.payload.SelfEvaluationReturnedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.notification.Audience;
import scot.quads.notification.Cycle;
import scot.quads.notification.Notice;
import scot.quads.notification.Notification;
import scot.quads.notification.mail.MailQueue;
import scot.quads.notification.repository.Assignments;
import scot.quads.notification.repository.ProjectionRepository;
import scot.quads.notification.service.CycleNotices.CycleFacts;
import scot.quads.notification.service.QuadNotices.AllSubmitted;
import scot.quads.notification.service.QuadNotices.QuadChange;

/**
 * Turns facts from other services into notifications: gathers what the rules need from the projections, asks the
 * rule who is told what, and records each notice once. {@link #deliver} is the one place a notice is recorded:
 * it also queues the mails and announces the notification to every instance's live streams once committed.
 */
@ApplicationScoped
public class NotificationService {

    private final ProjectionService projections;
    private final ProjectionRepository known;
    private final MailQueue mail;
    private final NotificationFeed feed;
    private final Assignments assignments;

    public NotificationService(ProjectionService projections, ProjectionRepository known, MailQueue mail,
            NotificationFeed feed, Assignments assignments) {
        this.assignments = assignments;
        this.projections = projections;
        this.known = known;
        this.mail = mail;
        this.feed = feed;
    }

    @Transactional
    public void selfEvaluationSubmitted(CloudEvent event, SelfEvaluationSubmittedV1 payload) {
        String council = Audience.normaliseCode(payload.councilCode());
        Cycle cycle = known.cycle(payload.cycleId()).orElse(null);
        List<String> quad = known.quadOf(payload.cycleId(), council);
        List<String> named = new ArrayList<>(quad);
        named.add(council);
        SubmissionNotices.Submission submission = new SubmissionNotices.Submission(council, payload.cycleId(),
                cycle == null ? null : cycle.name(), payload.submittedBy(), quad, known.councilNames(named));
        List<Notice> notices = new ArrayList<>(SubmissionNotices.of(submission));

        known.markSubmitted(payload.cycleId(), council);
        Set<String> submitted = known.submittedIn(payload.cycleId());
        for (List<String> members : known.quadsWith(payload.cycleId(), council).values()) {
            if (submitted.containsAll(members)) {
                notices.addAll(QuadNotices.allSubmitted(new AllSubmitted(payload.cycleId(),
                        cycle == null ? null : cycle.name(), cycle == null ? null : cycle.revealRule(), members,
                        known.councilNames(members))));
            }
        }
        deliver(event, notices);
    }

    /** A council proposed its focus, or ADES agreed it or sent it back. */
    @Transactional
    public void focusStep(CloudEvent event, FocusV1 payload) {
        String council = Audience.normaliseCode(payload.councilCode());
        deliver(event, FocusNotices.of(new FocusNotices.Step(council, payload.cycleId(),
                cycleName(payload.cycleId()), payload.state(), payload.focusQuestion(), payload.comment(),
                known.councilNames(List.of(council)))));
    }

    @Transactional
    public void selfEvaluationReturned(CloudEvent event, SelfEvaluationReturnedV1 payload) {
        String council = Audience.normaliseCode(payload.councilCode());
        unsubmit(payload.cycleId(), council);
        deliver(event, ReviewNotices.returned(new ReviewNotices.Returned(council, payload.cycleId(),
                cycleName(payload.cycleId()), payload.reason(), known.councilNames(List.of(council)))));
    }

    @Transactional
    public void selfEvaluationRecalled(CloudEvent event, SelfEvaluationRecalledV1 payload) {
        String council = Audience.normaliseCode(payload.councilCode());
        unsubmit(payload.cycleId(), council);
        List<String> quad = known.quadOf(payload.cycleId(), council);
        Set<String> named = new HashSet<>(quad);
        named.add(council);
        deliver(event, ReviewNotices.recalled(new ReviewNotices.Recalled(council, payload.cycleId(),
                cycleName(payload.cycleId()), quad, known.councilNames(named))));
    }

    /** Every council the service knows is told; one announced later learns of the cycle in the portal. */
    @Transactional
    public void cycleOpened(CloudEvent event, CycleV1 payload) {
        Cycle cycle = projections.cycle(payload);
        List<String> councils = known.councilCodes();
        deliver(event, CycleNotices.opened(new CycleFacts(cycle.id(), cycle.name(), cycle.submissionDeadline(),
                councils, known.councilNames(councils))));
    }

    @Transactional
    public void deadlineApproaching(CloudEvent event, CycleDeadlineV1 payload) {
        deliver(event, CycleNotices.deadlineApproaching(facts(payload), payload.daysLeft()));
    }

    @Transactional
    public void deadlinePassed(CloudEvent event, CycleDeadlineV1 payload) {
        deliver(event, CycleNotices.deadlinePassed(facts(payload)));
    }

    /** Formed (or formed again): whoever was not in the quad before joined it, whoever is no longer in it left. */
    @Transactional
    public void quadFormed(CloudEvent event, QuadV1 payload) {
        List<String> before = projections.quad(payload.quadId(), payload.cycleId(), payload.memberCouncilCodes());
        quadChanged(event, payload.quadId(), payload.cycleId(), payload.name(), payload.memberCouncilCodes(),
                minus(payload.memberCouncilCodes(), before), minus(before, payload.memberCouncilCodes()));
    }

    /** The event says who joined and left; when it says neither, the change is worked out from what was known. */
    @Transactional
    public void quadChanged(CloudEvent event, QuadChangedV1 payload) {
        List<String> before = projections.quad(payload.quadId(), payload.cycleId(), payload.memberCouncilCodes());
        boolean said = !payload.joined().isEmpty() || !payload.left().isEmpty();
        quadChanged(event, payload.quadId(), payload.cycleId(), payload.name(), payload.memberCouncilCodes(),
                said ? payload.joined() : minus(payload.memberCouncilCodes(), before),
                said ? payload.left() : minus(before, payload.memberCouncilCodes()));
    }

    private void quadChanged(CloudEvent event, UUID quadId, UUID cycleId, String name, Collection<String> members,
            Collection<String> joined, Collection<String> left) {
        Set<String> named = new LinkedHashSet<>(Wording.codes(members));
        named.addAll(Wording.codes(left));
        Map<String, String> names = known.councilNames(named);
        Set<String> submitted = known.submittedIn(cycleId);
        List<String> current = Wording.codes(members);
        List<Notice> notices = new ArrayList<>(QuadNotices.changed(new QuadChange(quadId, cycleId,
                cycleName(cycleId), name, members, joined, left,
                current.stream().filter(submitted::contains).toList(), names)));
        // Everyone submitted before the quad came together: nobody's submission could tell the quad, so this does.
        if (!joined.isEmpty() && submitted.containsAll(current)) {
            Cycle cycle = known.cycle(cycleId).orElse(null);
            notices.addAll(QuadNotices.allSubmitted(new AllSubmitted(cycleId, cycle == null ? null : cycle.name(),
                    cycle == null ? null : cycle.revealRule(), current, names)));
        }
        deliver(event, withAssigned(notices, quadId, null));
    }

    @Transactional
    public void commentPosted(CloudEvent event, CommentPostedV1 payload) {
        List<CommentNotices.Person> writers = payload.threadParticipants().stream().map(NotificationService::person)
                .toList();
        Set<String> named = new HashSet<>();
        named.add(Audience.normaliseCode(payload.aboutCouncilCode()));
        for (CommentPostedV1.Participant participant : payload.threadParticipants()) {
            if (participant.councilCode() != null && !participant.councilCode().isBlank()) {
                named.add(Audience.normaliseCode(participant.councilCode()));
            }
        }
        if (payload.author().councilCode() != null && !payload.author().councilCode().isBlank()) {
            named.add(Audience.normaliseCode(payload.author().councilCode()));
        }
        deliver(event, withAssigned(CommentNotices.posted(new CommentNotices.Comment(payload.commentId(),
                payload.threadId(), payload.quadId(), payload.cycleId(), cycleName(payload.cycleId()),
                payload.questionCode(), payload.aboutCouncilCode(), person(payload.author()), writers,
                known.councilNames(named), payload.inReplyTo() == null
                        && CommentPostedV1.CHALLENGE.equals(payload.threadKind()))), payload.quadId(),
                payload.author().username()));
    }

    /** A council's user asked a partner about an item: the partner's named contact is told, with the words. */
    @Transactional
    public void introductionRequested(CloudEvent event, IntroductionV1 payload) {
        introduction(event, payload, true);
    }

    /** Someone wrote back in an introduction: the asker, or the partner's named contact, is told. */
    @Transactional
    public void introductionReplied(CloudEvent event, IntroductionV1 payload) {
        introduction(event, payload, false);
    }

    private void introduction(CloudEvent event, IntroductionV1 payload, boolean question) {
        String partner = Audience.normaliseCode(payload.partnerCouncilCode());
        String asker = Audience.normaliseCode(payload.askerCouncilCode());
        IntroductionNotices.Message message = new IntroductionNotices.Message(payload.introductionId(),
                payload.quadId(), payload.cycleId(), payload.itemCode(), payload.itemPrompt(), asker,
                payload.askerLevel(), partner, payload.partnerLevel(), person(payload.asker()),
                person(payload.author()), payload.text(), question, known.councilNames(List.of(asker, partner)));
        deliver(event, IntroductionNotices.of(message, IntroductionNotices.namedContact(known.contactsOf(partner))));
    }

    private static CommentNotices.Person person(IntroductionV1.Person person) {
        return new CommentNotices.Person(person.username(), person.email(), person.councilCode());
    }

    @Transactional
    public void actionCreated(CloudEvent event, ActionV1 payload) {
        deliver(event, withAssigned(ActionNotices.assigned(action(payload)), payload.quadId(), null));
    }

    @Transactional
    public void actionDueSoon(CloudEvent event, ActionV1 payload) {
        deliver(event, withAssigned(ActionNotices.dueSoon(action(payload)), payload.quadId(), null));
    }

    @Transactional
    public void actionOverdue(CloudEvent event, ActionV1 payload) {
        deliver(event, withAssigned(ActionNotices.overdue(action(payload)), payload.quadId(), null));
    }

    @Transactional
    public void actionFollowUpDue(CloudEvent event, ActionV1 payload) {
        deliver(event, ActionNotices.followUpDue(action(payload), payload.followUpOn()));
    }

    /** ADES published a council's findings report: the council and its quad partners for the cycle are told. */
    @Transactional
    public void findingsPublished(CloudEvent event, FindingsReportV1 payload) {
        String council = Audience.normaliseCode(payload.councilCode());
        List<String> quad = known.quadOf(payload.cycleId(), council);
        Set<String> named = new HashSet<>(quad);
        named.add(council);
        String cycle = payload.cycleName() != null && !payload.cycleName().isBlank() ? payload.cycleName()
                : cycleName(payload.cycleId());
        deliver(event, FindingsNotices.published(new FindingsNotices.Published(payload.reportId(), council,
                payload.councilName(), payload.cycleId(), cycle, payload.edition(), payload.supersedes() != null,
                quad, known.councilNames(named))));
    }

    /** A partner was invited to sessions of a quad: they are mailed the invitation and its link. */
    @Transactional
    public void guestInvited(CloudEvent event, GuestInvitationV1 payload) {
        String inviter = payload.byCouncil() == null || payload.byCouncil().isBlank() ? "ADES"
                : known.councilNames(List.of(payload.byCouncil())).getOrDefault(payload.byCouncil(),
                        payload.byCouncil());
        deliver(event, GuestNotices.invited(payload, inviter));
    }

    @Transactional
    public void guestRevoked(CloudEvent event, GuestInvitationV1 payload) {
        deliver(event, GuestNotices.revoked(payload));
    }

    private static CommentNotices.Person person(CommentPostedV1.Participant participant) {
        return new CommentNotices.Person(participant.username(), participant.email(), participant.councilCode());
    }

    private ActionNotices.Action action(ActionV1 payload) {
        String owner = Audience.normaliseCode(payload.ownerCouncilCode());
        return new ActionNotices.Action(payload.actionId(), payload.quadId(), payload.cycleId(),
                cycleName(payload.cycleId()), owner, payload.description(), payload.dueDate(), payload.status(),
                known.councilNames(List.of(owner)));
    }

    private CycleFacts facts(CycleDeadlineV1 payload) {
        String name = payload.name() != null && !payload.name().isBlank() ? payload.name() : cycleName(payload.cycleId());
        List<String> councils = Wording.codes(payload.councilsNotSubmitted());
        return new CycleFacts(payload.cycleId(), name, payload.submissionDeadline(), councils,
                known.councilNames(councils));
    }

    private String cycleName(UUID cycleId) {
        return known.cycle(cycleId).map(Cycle::name).orElse(null);
    }

    private void unsubmit(UUID cycleId, String council) {
        known.unmarkSubmitted(cycleId, council);
    }

    private static List<String> minus(Collection<String> codes, Collection<String> without) {
        Set<String> excluded = new HashSet<>(Wording.codes(without));
        return Wording.codes(codes).stream().filter(code -> !excluded.contains(code)).toList();
    }

    /**
     * The notices, and for everyone ADES assigned to the quad (an ADES officer, a link inspector) what its member
     * councils are told, addressed to them in person (their inbox; no email, since the service knows no address
     * for them). {@code author}: who caused it, not told of their own doing.
     */
    private List<Notice> withAssigned(List<Notice> notices, UUID quadId, String author) {
        return AssignedNotices.withCopies(notices, assignments.reaching(quadId), author);
    }

    private void deliver(CloudEvent event, List<Notice> notices) {
        OffsetDateTime createdAt = event.time() != null ? event.time() : OffsetDateTime.now();
        List<Notification> candidates = notices.stream().map(notice -> Notification.of(notice, event.id(), createdAt))
                .toList();
        Set<UUID> told = new HashSet<>(Notification.existing(candidates.stream().map(n -> n.id).toList()));
        List<UUID> announced = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Notification notification = candidates.get(i);
            if (!told.add(notification.id)) {
                Log.debugf("Event %s was already told to %s", event.id(), notices.get(i).audience());
                continue;
            }
            notification.persist();
            mail.enqueue(notification, notices.get(i).email(), notices.get(i).details());
            announced.add(notification.id);
        }
        feed.announce(announced);
    }
}
