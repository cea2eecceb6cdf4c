package scot.quads.quad.event;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import scot.quads.contract.payload.ActionV1;
import scot.quads.contract.payload.CommentPostedV1.Participant;
import scot.quads.contract.payload.CommentPostedV1;
import scot.quads.quad.Action;
import scot.quads.quad.Comment;

/** Maps the quad's comments and actions to the payloads other services receive; a comment's text stays here. */
public final class QuadWorkEvents {

    private QuadWorkEvents() {
    }

    /** {@code thread}: the comments written before this one in its thread; their writers are named once each. */
    public static CommentPostedV1 commentPosted(Comment comment, List<Comment> thread) {
        Map<String, Participant> earlier = new LinkedHashMap<>();
        for (Comment written : thread) {
            if (!written.author.equals(comment.author)) {
                earlier.putIfAbsent(written.author, participant(written));
            }
        }
        String threadKind = comment.startsThread() ? comment.kind
                : thread.stream().filter(Comment::startsThread).map(c -> c.kind).findFirst().orElse(null);
        return new CommentPostedV1(comment.id, comment.threadId, comment.inReplyTo, comment.quadId, comment.cycleId,
                comment.questionCode, comment.aboutCouncil, participant(comment), List.copyOf(earlier.values()),
                comment.postedAt, threadKind);
    }

    private static Participant participant(Comment comment) {
        return new Participant(comment.author, comment.authorEmail, comment.authorCouncil);
    }

    public static ActionV1 action(Action action, String previousStatus, String changedBy, OffsetDateTime changedAt) {
        return action(action, previousStatus, changedBy, changedAt, null);
    }

    /** {@code followUpOn}: the follow-up point, on a follow-up reminder. */
    public static ActionV1 action(Action action, String previousStatus, String changedBy, OffsetDateTime changedAt,
            java.time.LocalDate followUpOn) {
        return new ActionV1(action.id, action.quadId, action.cycleId, action.ownerCouncil, action.description,
                action.questionCodes, action.dueDate, action.status, previousStatus, action.statusReason, changedBy,
                changedAt, action.officerName, action.officerRole, action.successMeasure, action.baseline,
                action.target, action.indicatorCode, action.nextStepId, followUpOn);
    }
}
