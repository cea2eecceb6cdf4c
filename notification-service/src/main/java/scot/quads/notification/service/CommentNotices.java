package scot.quads.notification.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

/**
 * Who is told of a comment on an answer: the council whose answer it is (unless the comment comes from that
 * council), and each earlier writer in the thread personally. The author is never told of their own comment, and
 * nobody is told twice: a writer from the council that is told already sees the council's notice.
 */
public final class CommentNotices {

    private CommentNotices() {
    }

    /** Someone who wrote in a thread; {@code email} and {@code councilCode} may be unknown (null). */
    public record Person(String username, String email, String councilCode) {

        public Person {
            Objects.requireNonNull(username, "username");
            councilCode = councilCode == null || councilCode.isBlank() ? null : Audience.normaliseCode(councilCode);
            email = email == null || email.isBlank() ? null : EmailRecipients.normalise(email);
        }

        String key() {
            return username.trim().toLowerCase(Locale.ROOT);
        }
    }

    /** One comment as the rule words it, with the earlier writers in its thread and the council names known. */
    public record Comment(UUID commentId, UUID threadId, UUID quadId, UUID cycleId, String cycleName,
            String questionCode, String aboutCouncilCode, Person author, List<Person> threadParticipants,
            Map<String, String> councilNames, boolean challenge) {

        /** A comment that is not a new challenge. */
        public Comment(UUID commentId, UUID threadId, UUID quadId, UUID cycleId, String cycleName,
                String questionCode, String aboutCouncilCode, Person author, List<Person> threadParticipants,
                Map<String, String> councilNames) {
            this(commentId, threadId, quadId, cycleId, cycleName, questionCode, aboutCouncilCode, author,
                    threadParticipants, councilNames, false);
        }

        public Comment {
            Objects.requireNonNull(threadId, "threadId");
            Objects.requireNonNull(quadId, "quadId");
            Objects.requireNonNull(cycleId, "cycleId");
            Objects.requireNonNull(author, "author");
            aboutCouncilCode = Audience.normaliseCode(aboutCouncilCode);
            threadParticipants = List.copyOf(threadParticipants);
            councilNames = Map.copyOf(councilNames);
        }
    }

    public static List<Notice> posted(Comment comment) {
        String cycle = Wording.cycle(comment.cycleName(), comment.cycleId());
        String about = comment.aboutCouncilCode();
        String aboutName = Wording.council(about, comment.councilNames());
        String question = "question " + comment.questionCode();
        String by = writer(comment.author(), comment.councilNames());
        String link = Wording.cycleLink(comment.cycleId(), "quads/" + comment.quadId() + "/questions/"
                + comment.questionCode() + "#thread-" + comment.threadId());

        List<Notice> notices = new ArrayList<>();
        boolean councilTold = !about.equals(comment.author().councilCode());
        if (councilTold && comment.challenge()) {
            notices.add(new Notice(Audience.council(about), NoticeTypes.COMMENT,
                    "Challenge to " + aboutName + " on " + question + ": please answer before the session",
                    by + " challenged " + aboutName + "'s answer to " + question + " for " + cycle + " and asks for"
                            + " an answer before the quad's session. Reply in the thread to answer: the challenge"
                            + " stays open until someone from " + aboutName + " replies.",
                    link, about, comment.cycleId()));
        } else if (councilTold) {
            notices.add(new Notice(Audience.council(about), NoticeTypes.COMMENT,
                    "New comment on " + aboutName + "'s answer to " + question,
                    by + " commented on " + aboutName + "'s answer to " + question + " for " + cycle + ".",
                    link, about, comment.cycleId()));
        }
        Set<String> told = new HashSet<>();
        told.add(comment.author().key());
        for (Person writer : comment.threadParticipants()) {
            if (writer.key().isEmpty() || !told.add(writer.key())
                    || councilTold && about.equals(writer.councilCode())) {
                continue;
            }
            notices.add(new Notice(Audience.user(writer.username()), NoticeTypes.COMMENT,
                    by + " replied in a thread you wrote in",
                    by + " replied in the thread on " + aboutName + "'s answer to " + question + " for " + cycle
                            + ".",
                    link, about, comment.cycleId(), writer.email()));
        }
        return List.copyOf(notices);
    }

    private static String writer(Person person, Map<String, String> names) {
        return person.councilCode() == null ? person.username().trim()
                : person.username().trim() + " (" + Wording.council(person.councilCode(), names) + ")";
    }
}
