package scot.quads.contract.payload;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A quad member commented on a partner's answer, or replied in a thread. It names who wrote it and everyone who had
 * already written in the thread, so that the answering council and earlier writers can be told without asking
 * quad-service. The comment's text stays in quad-service: it is for the quad and ADES only. {@code threadKind} (added
 * later, so null in older events): the kind of the thread's opening comment, {@code challenge} or {@code question}.
 */
public record CommentPostedV1(
        UUID commentId,
        UUID threadId,
        UUID inReplyTo,
        UUID quadId,
        UUID cycleId,
        String questionCode,
        String aboutCouncilCode,
        Participant author,
        List<Participant> threadParticipants,
        OffsetDateTime postedAt,
        String threadKind) {

    /** The kind of the thread's opening comment: a challenge asks the council for an answer before the session. */
    public static final String CHALLENGE = "challenge";

    /** As published before {@code threadKind} was added (read as null: a thread of unknown kind). */
    public CommentPostedV1(UUID commentId, UUID threadId, UUID inReplyTo, UUID quadId, UUID cycleId,
            String questionCode, String aboutCouncilCode, Participant author, List<Participant> threadParticipants,
            OffsetDateTime postedAt) {
        this(commentId, threadId, inReplyTo, quadId, cycleId, questionCode, aboutCouncilCode, author,
                threadParticipants, postedAt, null);
    }

    public CommentPostedV1 {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(threadId, "threadId");
        Objects.requireNonNull(quadId, "quadId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(questionCode, "questionCode");
        Objects.requireNonNull(aboutCouncilCode, "aboutCouncilCode");
        Objects.requireNonNull(author, "author");
        threadParticipants = threadParticipants == null ? List.of() : List.copyOf(threadParticipants);
    }

    /** A person who wrote in a thread: their user name, email (when the token carried one) and council. */
    public record Participant(String username, String email, String councilCode) {
        public Participant {
            Objects.requireNonNull(username, "username");
        }
    }
}
