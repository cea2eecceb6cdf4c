package scot.quads.quad;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A quad member's comment on a partner's answer to one question, or a reply in that comment's thread. The thread's
 * first comment says what it is (a challenge or a question); its id is the thread's id.
 */
public class Comment {

    public static final String REPLY = "reply";

    public UUID id;
    public UUID quadId;
    public UUID cycleId;
    public UUID threadId;
    public UUID inReplyTo;
    public String questionCode;
    public String aboutCouncil;
    public String kind;
    public String text;
    public String author;
    public String authorEmail;
    public String authorCouncil;
    public OffsetDateTime postedAt;

    public boolean startsThread() {
        return inReplyTo == null;
    }
}
