package scot.quads.contract.payload;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A learning-partner introduction: a council's user asked a stronger partner of its quad about one rubric item
 * ({@code requested}), or someone wrote back in that thread ({@code replied}). It carries the item and both councils'
 * levels so that the partner's named contact can be told the question in context without asking quad-service.
 * {@code text} is the asker's question in a {@code requested} event (the contact is to read it in their mail) and
 * null in a {@code replied} one (the reply is read in the portal).
 */
public record IntroductionV1(
        UUID introductionId,
        UUID messageId,
        UUID quadId,
        UUID cycleId,
        String itemCode,
        String itemPrompt,
        String askerCouncilCode,
        Integer askerLevel,
        String partnerCouncilCode,
        Integer partnerLevel,
        Person asker,
        Person author,
        String text,
        OffsetDateTime postedAt) {

    public IntroductionV1 {
        Objects.requireNonNull(introductionId, "introductionId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(quadId, "quadId");
        Objects.requireNonNull(cycleId, "cycleId");
        Objects.requireNonNull(itemCode, "itemCode");
        Objects.requireNonNull(askerCouncilCode, "askerCouncilCode");
        Objects.requireNonNull(partnerCouncilCode, "partnerCouncilCode");
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(author, "author");
    }

    /** Who asked, or who wrote this message: user name, email (when the token carried one) and council. */
    public record Person(String username, String email, String councilCode) {
        public Person {
            Objects.requireNonNull(username, "username");
        }
    }
}
