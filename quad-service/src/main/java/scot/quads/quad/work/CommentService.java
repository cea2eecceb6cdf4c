package scot.quads.quad.work;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.eclipse.microprofile.jwt.JsonWebToken;
import scot.quads.contract.Events;
import scot.quads.quad.Comment;
import scot.quads.quad.Quad;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.event.QuadWorkEvents;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;

/**
 * Comments on partners' answers and the threads of replies under them. A member may only talk about an answer the
 * reveal rule shows it, and reads only the threads about answers shown to it (or about its own); the refusal says
 * no more than the comparison does. Each comment is announced (without its text) so that the answering council and
 * earlier writers can be told.
 *
 * <p>A comment or reply may carry an idempotency key (the {@code Idempotency-Key} header): the same author posting
 * the same thing again with the same key in the same quad (a retry after an answer that never arrived) gets the
 * comment it already made, and nothing is posted or announced twice; the key used for something else is refused.
 */
@ApplicationScoped
public class CommentService {

    public static final int LONGEST = 5000;
    /** A comment kind: asks the council for a response before the quad's session; open until it answers. */
    public static final String CHALLENGE = "challenge";

    private final QuadWorkAccess access;
    private final Outbox outbox;
    private final JsonWebToken token;

    public CommentService(QuadWorkAccess access, Outbox outbox, JsonWebToken token) {
        this.access = access;
        this.outbox = outbox;
        this.token = token;
    }

    /** A new thread: a challenge or a question about one partner's answer to one question. */
    public record NewComment(String questionCode, String aboutCouncil, String kind, String text) {
    }

    /** A thread's first comment and its replies, oldest first. */
    public record Thread(Comment opening, List<Comment> replies) {
    }

    public List<Thread> threads(UUID quadId, String questionCode, String aboutCouncil) {
        Quad quad = access.readable(quadId);
        return threads(quad, questionCode, aboutCouncil);
    }

    /**
     * The challenges the caller may read that the council challenged has not answered yet, oldest first: a
     * challenge is open until a user of that council replies in its thread.
     */
    public List<Thread> openChallenges(UUID quadId, String questionCode, String aboutCouncil) {
        return openChallenges(threads(access.readable(quadId), questionCode, aboutCouncil));
    }

    /** The quad's open challenges the caller may read (for the agenda of a session to come). */
    public List<Thread> openChallenges(Quad quad) {
        return openChallenges(threads(quad, null, null));
    }

    /** Every challenge thread of the quad the caller may read, open or answered, oldest first. */
    public List<Thread> challenges(Quad quad) {
        return threads(quad, null, null).stream().filter(thread -> CHALLENGE.equals(thread.opening().kind)).toList();
    }

    private static List<Thread> openChallenges(List<Thread> threads) {
        return threads.stream().filter(thread -> CHALLENGE.equals(thread.opening().kind))
                .filter(thread -> answer(thread) == null).toList();
    }

    /** The first reply by a user of the council the thread is about: its answer (null while there is none). */
    public static Comment answer(Thread thread) {
        String council = thread.opening().aboutCouncil;
        return thread.replies().stream().filter(reply -> council.equalsIgnoreCase(reply.authorCouncil)).findFirst()
                .orElse(null);
    }

    private List<Thread> threads(Quad quad, String questionCode, String aboutCouncil) {
        Predicate<String> visible = access.threadsVisible(quad);
        Map<UUID, Thread> threads = new LinkedHashMap<>();
        for (Comment comment : Comment.ofQuad(quad.id, questionCode, aboutCouncil)) {
            if (!visible.test(comment.aboutCouncil)) {
                continue;
            }
            if (comment.startsThread()) {
                threads.put(comment.threadId, new Thread(comment, new ArrayList<>()));
            } else if (threads.containsKey(comment.threadId)) {
                threads.get(comment.threadId).replies().add(comment);
            }
        }
        return List.copyOf(threads.values());
    }

    /** The longest idempotency key, and its header (IdempotencyKey checks its form). */
    public static final int LONGEST_KEY = IdempotencyKey.LONGEST;
    public static final String KEY_HEADER = IdempotencyKey.HEADER;

    @Transactional
    public Comment comment(UUID quadId, NewComment draft, String idempotencyKey) {
        Quad quad = access.commentable(quadId);
        String about = draft.aboutCouncil().trim().toUpperCase();
        String question = draft.questionCode().trim();
        Comment earlier = postedBefore(quad, idempotencyKey);
        if (earlier != null) {
            if (!earlier.startsThread() || !earlier.aboutCouncil.equals(about) || !earlier.questionCode.equals(question)
                    || !earlier.kind.equals(draft.kind()) || !earlier.text.equals(draft.text())) {
                throw keyUsedElsewhere();
            }
            return earlier;
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!quad.hasMember(about)) {
            errors.add(new Problem.FieldError("aboutCouncil", about + " is not a member of this quad"));
        } else if (access.caller().belongsTo(about)) {
            errors.add(new Problem.FieldError("aboutCouncil", "is your own council: comment on a partner's answer,"
                    + " or reply in a thread about yours"));
        }
        QuadWorkAccess.checkText("text", draft.text(), errors);
        RubricVersion rubric = access.rubric(quad);
        errors.addAll(QuadWorkAccess.questionErrors("questionCode", List.of(question), rubric).stream()
                .map(e -> new Problem.FieldError("questionCode", e.message())).toList());
        QuadWorkAccess.refuse("The comment cannot be posted", errors);
        if (!access.reveal(quad).shows(about)) {
            throw notShown(about);
        }
        Comment comment = written(quad, null, about, question, draft.kind(), draft.text());
        comment.threadId = comment.id;
        comment.idempotencyKey = idempotencyKey;
        comment.persist();
        outbox.publish(Events.COMMENT_POSTED, quad.id.toString(), QuadWorkEvents.commentPosted(comment, List.of()));
        return comment;
    }

    @Transactional
    public Comment reply(UUID quadId, UUID commentId, String text, String idempotencyKey) {
        Quad quad = access.commentable(quadId);
        Comment posted = postedBefore(quad, idempotencyKey);
        if (posted != null) {
            if (!commentId.equals(posted.inReplyTo) || !posted.text.equals(text)) {
                throw keyUsedElsewhere();
            }
            return posted;
        }
        Comment earlier = Comment.<Comment>findByIdOptional(commentId).orElse(null);
        if (earlier == null || !earlier.quadId.equals(quad.id)) {
            throw ProblemException.notFound("Comment", commentId);
        }
        if (!access.threadsVisible(quad).test(earlier.aboutCouncil)) {
            throw notShown(earlier.aboutCouncil);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        QuadWorkAccess.checkText("text", text, errors);
        QuadWorkAccess.refuse("The reply cannot be posted", errors);
        List<Comment> thread = Comment.inThread(earlier.threadId);
        Comment reply = written(quad, earlier, earlier.aboutCouncil, earlier.questionCode, Comment.REPLY, text);
        reply.threadId = earlier.threadId;
        reply.idempotencyKey = idempotencyKey;
        reply.persist();
        outbox.publish(Events.COMMENT_POSTED, quad.id.toString(), QuadWorkEvents.commentPosted(reply, thread));
        return reply;
    }

    /** What the caller already posted in the quad with this key (null without a key, or if nothing was). */
    private Comment postedBefore(Quad quad, String idempotencyKey) {
        if (IdempotencyKey.checked(idempotencyKey) == null) {
            return null;
        }
        return Comment.postedWithKey(quad.id, access.username(), idempotencyKey).orElse(null);
    }

    private static ProblemException keyUsedElsewhere() {
        return IdempotencyKey.usedElsewhere("comment");
    }

    private Comment written(Quad quad, Comment inReplyTo, String about, String question, String kind, String text) {
        Comment comment = new Comment();
        comment.id = UUID.randomUUID();
        comment.quadId = quad.id;
        comment.cycleId = quad.cycleId;
        comment.inReplyTo = inReplyTo == null ? null : inReplyTo.id;
        comment.questionCode = question;
        comment.aboutCouncil = about;
        comment.kind = kind;
        comment.text = text;
        comment.author = access.username();
        comment.authorEmail = email();
        comment.authorCouncil = access.caller().isAdes() ? null : access.caller().council().orElse(null);
        comment.postedAt = access.now();
        return comment;
    }

    private String email() {
        Object email = token.getClaim("email");
        return email == null || email.toString().isBlank() ? null : email.toString().replace("\"", "").trim();
    }

    /** The same words whether the partner has not submitted or its answers are not yet revealed. */
    private static ProblemException notShown(String council) {
        return ProblemException.conflict("You can comment on " + council + "'s answers only once they are shown to"
                + " you; the quad's comparison says when that will be");
    }
}
