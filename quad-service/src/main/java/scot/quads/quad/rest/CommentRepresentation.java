package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.Comment;
import scot.quads.quad.work.CommentService;
import scot.quads.quad.work.CommentService.Thread;

/**
 * A comment as the quad reads it. Who wrote it is named by user name and council (none for ADES); their email stays
 * with the notifications. {@code replies} is present on a thread's opening comment only. A challenge's thread
 * says whether it is still {@code open} (no user of the council it asks has replied) and, once answered, when
 * ({@code answeredAt}: the council's first reply); both are null on other comments.
 */
public record CommentRepresentation(UUID id, UUID threadId, UUID inReplyTo, String questionCode,
        String aboutCouncil, String kind, String text, String author, String authorCouncil, OffsetDateTime postedAt,
        List<CommentRepresentation> replies, Boolean open, OffsetDateTime answeredAt) {

    static CommentRepresentation of(Comment comment) {
        return of(comment, null, null, null);
    }

    static CommentRepresentation of(Thread thread) {
        Comment answer = CommentService.answer(thread);
        boolean challenge = CommentService.CHALLENGE.equals(thread.opening().kind);
        return of(thread.opening(), thread.replies().stream().map(CommentRepresentation::of).toList(),
                challenge ? answer == null : null, challenge && answer != null ? answer.postedAt : null);
    }

    private static CommentRepresentation of(Comment comment, List<CommentRepresentation> replies, Boolean open,
            OffsetDateTime answeredAt) {
        return new CommentRepresentation(comment.id, comment.threadId, comment.inReplyTo, comment.questionCode,
                comment.aboutCouncil, comment.kind, comment.text, comment.author, comment.authorCouncil,
                comment.postedAt, replies, open, answeredAt);
    }
}
