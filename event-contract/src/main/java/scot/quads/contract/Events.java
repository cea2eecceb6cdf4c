package scot.quads.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.quads.contract.payload.ActionV1;
import scot.quads.contract.payload.AssignmentV1;
import scot.quads.contract.payload.CommentPostedV1;
import scot.quads.contract.payload.CouncilContactsV1;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleDeadlineV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.FindingsReportV1;
import scot.quads.contract.payload.FocusV1;
import scot.quads.contract.payload.GuestInvitationV1;
import scot.quads.contract.payload.IntroductionV1;
import scot.quads.contract.payload.QuadChangedV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.RubricVersionV1;
import scot.quads.contract.payload.SelfEvaluationRecalledV1;
import scot.quads.contract.payload.SelfEvaluationReturnedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;

/** The catalogue of every event type the platform publishes. */
public final class Events {

    public static final EventType<CouncilV1> COUNCIL_REGISTERED =
            new EventType<>("quads.council.registered.v1", Topics.COUNCILS, CouncilV1.class);
    public static final EventType<CouncilV1> COUNCIL_UPDATED =
            new EventType<>("quads.council.updated.v1", Topics.COUNCILS, CouncilV1.class);

    public static final EventType<CouncilContactsV1> COUNCIL_CONTACTS_CHANGED =
            new EventType<>("quads.council.contacts-changed.v1", Topics.COUNCILS, CouncilContactsV1.class);

    public static final EventType<RubricVersionPublishedV1> RUBRIC_VERSION_PUBLISHED =
            new EventType<>("quads.rubric-version.published.v1", Topics.RUBRIC_VERSIONS, RubricVersionPublishedV1.class);

    /** A new draft version was started, empty, imported or copied from a published one. */
    public static final EventType<RubricVersionV1> RUBRIC_VERSION_DRAFTED =
            new EventType<>("quads.rubric-version.drafted.v1", Topics.RUBRIC_VERSIONS, RubricVersionV1.class);
    /** A published version may no longer be used for new cycles; answers given to it keep pointing at it. */
    public static final EventType<RubricVersionV1> RUBRIC_VERSION_RETIRED =
            new EventType<>("quads.rubric-version.retired.v1", Topics.RUBRIC_VERSIONS, RubricVersionV1.class);

    public static final EventType<CycleV1> CYCLE_OPENED =
            new EventType<>("quads.cycle.opened.v1", Topics.CYCLES, CycleV1.class);
    /** Dates, reveal rule or state changed (by the calendar or by ADES); carries the whole cycle. */
    public static final EventType<CycleV1> CYCLE_CHANGED =
            new EventType<>("quads.cycle.changed.v1", Topics.CYCLES, CycleV1.class);
    public static final EventType<CycleDeadlineV1> CYCLE_DEADLINE_APPROACHING =
            new EventType<>("quads.cycle.deadline-approaching.v1", Topics.CYCLES, CycleDeadlineV1.class);
    public static final EventType<CycleDeadlineV1> CYCLE_DEADLINE_PASSED =
            new EventType<>("quads.cycle.deadline-passed.v1", Topics.CYCLES, CycleDeadlineV1.class);
    public static final EventType<CycleV1> CYCLE_CLOSED =
            new EventType<>("quads.cycle.closed.v1", Topics.CYCLES, CycleV1.class);

    public static final EventType<SelfEvaluationSubmittedV1> SELF_EVALUATION_SUBMITTED =
            new EventType<>("quads.self-evaluation.submitted.v1", Topics.SELF_EVALUATIONS,
                    SelfEvaluationSubmittedV1.class);
    public static final EventType<SelfEvaluationReturnedV1> SELF_EVALUATION_RETURNED =
            new EventType<>("quads.self-evaluation.returned.v1", Topics.SELF_EVALUATIONS,
                    SelfEvaluationReturnedV1.class);
    public static final EventType<SelfEvaluationRecalledV1> SELF_EVALUATION_RECALLED =
            new EventType<>("quads.self-evaluation.recalled.v1", Topics.SELF_EVALUATIONS,
                    SelfEvaluationRecalledV1.class);

    /** A council proposed its focus to ADES (on the self-evaluations topic: the council's own part of the round). */
    public static final EventType<FocusV1> FOCUS_PROPOSED =
            new EventType<>("quads.focus.proposed.v1", Topics.SELF_EVALUATIONS, FocusV1.class);
    public static final EventType<FocusV1> FOCUS_AGREED =
            new EventType<>("quads.focus.agreed.v1", Topics.SELF_EVALUATIONS, FocusV1.class);
    public static final EventType<FocusV1> FOCUS_SENT_BACK =
            new EventType<>("quads.focus.sent-back.v1", Topics.SELF_EVALUATIONS, FocusV1.class);

    public static final EventType<QuadV1> QUAD_FORMED =
            new EventType<>("quads.quad.formed.v1", Topics.QUADS, QuadV1.class);
    /** Renamed, members joined or left, or dissolved (no members left). */
    public static final EventType<QuadChangedV1> QUAD_CHANGED =
            new EventType<>("quads.quad.changed.v1", Topics.QUADS, QuadChangedV1.class);

    /** ADES assigned an ADES officer or a link inspector to a quad (or a link inspector to a council). */
    public static final EventType<AssignmentV1> ASSIGNMENT_GRANTED =
            new EventType<>("quads.assignment.granted.v1", Topics.QUADS, AssignmentV1.class);
    /** ADES ended an assignment; {@code at} and {@code by} say when and by whom. */
    public static final EventType<AssignmentV1> ASSIGNMENT_REVOKED =
            new EventType<>("quads.assignment.revoked.v1", Topics.QUADS, AssignmentV1.class);

    /** A council editor, the quad's ADES officer or ADES invited a partner ({@code quad-guest}) to named sessions. */
    public static final EventType<GuestInvitationV1> GUEST_INVITED =
            new EventType<>("quads.guest.invited.v1", Topics.QUADS, GuestInvitationV1.class);
    /** An invitation was revoked before its expiry; {@code at} and {@code by} say when and by whom. */
    public static final EventType<GuestInvitationV1> GUEST_REVOKED =
            new EventType<>("quads.guest.revoked.v1", Topics.QUADS, GuestInvitationV1.class);

    public static final EventType<CommentPostedV1> COMMENT_POSTED =
            new EventType<>("quads.comment.posted.v1", Topics.QUAD_WORK, CommentPostedV1.class);

    /** A council's user asked a stronger partner of its quad about one item: the partner's named contact is told. */
    public static final EventType<IntroductionV1> INTRODUCTION_REQUESTED =
            new EventType<>("quads.introduction.requested.v1", Topics.QUAD_WORK, IntroductionV1.class);
    /** Someone of either council wrote back in an introduction's thread: the other side is told. */
    public static final EventType<IntroductionV1> INTRODUCTION_REPLIED =
            new EventType<>("quads.introduction.replied.v1", Topics.QUAD_WORK, IntroductionV1.class);

    public static final EventType<ActionV1> ACTION_CREATED =
            new EventType<>("quads.action.created.v1", Topics.QUAD_WORK, ActionV1.class);
    /** Status moved (open, in-progress, done, dropped) or the action was edited. */
    public static final EventType<ActionV1> ACTION_CHANGED =
            new EventType<>("quads.action.changed.v1", Topics.QUAD_WORK, ActionV1.class);
    /** Published once per action when it comes within a week of its due date and is not done or dropped. */
    public static final EventType<ActionV1> ACTION_DUE_SOON =
            new EventType<>("quads.action.due-soon.v1", Topics.QUAD_WORK, ActionV1.class);
    /** Published once per action the day after its due date passed while it was still open or in progress. */
    public static final EventType<ActionV1> ACTION_OVERDUE =
            new EventType<>("quads.action.overdue.v1", Topics.QUAD_WORK, ActionV1.class);

    /** An action's follow-up point is near: its owner is to record the action's progress (followUpOn set). */
    public static final EventType<ActionV1> ACTION_FOLLOW_UP_DUE =
            new EventType<>("quads.action.follow-up-due.v1", Topics.QUAD_WORK, ActionV1.class);

    /** A council's findings report was started (edition 1, pre-filled) or a correction of a published one begun. */
    public static final EventType<FindingsReportV1> FINDINGS_REPORT_DRAFTED =
            new EventType<>("quads.findings-report.drafted.v1", Topics.FINDINGS_REPORTS, FindingsReportV1.class);
    /** The council's editor and ADES (or its assigned officer) have both agreed the edition. */
    public static final EventType<FindingsReportV1> FINDINGS_REPORT_AGREED =
            new EventType<>("quads.findings-report.agreed.v1", Topics.FINDINGS_REPORTS, FindingsReportV1.class);
    /** ADES published the edition: anyone may read it now on the public pages. */
    public static final EventType<FindingsReportV1> FINDINGS_REPORT_PUBLISHED =
            new EventType<>("quads.findings-report.published.v1", Topics.FINDINGS_REPORTS, FindingsReportV1.class);
    /** A published edition was replaced by its correction ({@code supersededBy}); it stays readable. */
    public static final EventType<FindingsReportV1> FINDINGS_REPORT_SUPERSEDED =
            new EventType<>("quads.findings-report.superseded.v1", Topics.FINDINGS_REPORTS, FindingsReportV1.class);

    public static final List<EventType<?>> ALL = List.of(
            COUNCIL_REGISTERED, COUNCIL_UPDATED, COUNCIL_CONTACTS_CHANGED,
            RUBRIC_VERSION_DRAFTED, RUBRIC_VERSION_PUBLISHED, RUBRIC_VERSION_RETIRED,
            CYCLE_OPENED, CYCLE_CHANGED, CYCLE_DEADLINE_APPROACHING, CYCLE_DEADLINE_PASSED, CYCLE_CLOSED,
            SELF_EVALUATION_SUBMITTED, SELF_EVALUATION_RETURNED, SELF_EVALUATION_RECALLED,
            FOCUS_PROPOSED, FOCUS_AGREED, FOCUS_SENT_BACK,
            QUAD_FORMED, QUAD_CHANGED, ASSIGNMENT_GRANTED, ASSIGNMENT_REVOKED, GUEST_INVITED, GUEST_REVOKED,
            COMMENT_POSTED, INTRODUCTION_REQUESTED, INTRODUCTION_REPLIED, ACTION_CREATED, ACTION_CHANGED,
            ACTION_DUE_SOON, ACTION_OVERDUE, ACTION_FOLLOW_UP_DUE,
            FINDINGS_REPORT_DRAFTED, FINDINGS_REPORT_AGREED, FINDINGS_REPORT_PUBLISHED, FINDINGS_REPORT_SUPERSEDED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private Events() {
    }
}
