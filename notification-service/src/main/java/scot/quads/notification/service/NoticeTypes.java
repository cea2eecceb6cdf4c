package scot.quads.notification.service;

import java.util.List;

/**
 * Every kind of notification, as people choose them in their preferences and as the authority service lists a
 * contact's defaults. In-app notices of every kind are always kept; these names only steer email.
 */
public final class NoticeTypes {

    public static final String CYCLE_OPENED = "cycle.opened";
    public static final String DEADLINE_APPROACHING = "deadline-approaching";
    public static final String DEADLINE_PASSED = "deadline-passed";
    public static final String SUBMITTED = SubmissionNotices.SUBMITTED;
    public static final String SUBMISSION_CONFIRMED = SubmissionNotices.CONFIRMED;
    public static final String ALL_SUBMITTED = "quad.all-submitted";
    public static final String RETURNED = "self-evaluation.returned";
    public static final String RECALLED = "self-evaluation.recalled";
    public static final String QUAD_CHANGED = "quad.changed";
    /** A comment on my council's answer, or a reply in a thread I wrote in. */
    public static final String COMMENT = "comment";
    /** An action assigned to my council, due within a week, or overdue. */
    public static final String ACTION = "action";
    /** A council proposed its focus (to ADES). */
    public static final String FOCUS_PROPOSED = FocusNotices.PROPOSED;
    /** ADES agreed my council's focus or sent it back. */
    public static final String FOCUS_DECIDED = FocusNotices.DECIDED;
    /** My council's findings report, or a quad partner's, was published. */
    public static final String FINDINGS_PUBLISHED = FindingsNotices.PUBLISHED;

    /** A learning partner asked me (as my council's named contact) about an item, or wrote back to my question. */
    public static final String INTRODUCTION = "introduction";

    public static final List<String> ALL = List.of(CYCLE_OPENED, DEADLINE_APPROACHING, DEADLINE_PASSED, SUBMITTED,
            SUBMISSION_CONFIRMED, ALL_SUBMITTED, RETURNED, RECALLED, QUAD_CHANGED, COMMENT, ACTION, FOCUS_PROPOSED,
            FOCUS_DECIDED, FINDINGS_PUBLISHED, INTRODUCTION);

    private NoticeTypes() {
    }
}
