package scot.quads.quad.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.Introduction;
import scot.quads.quad.IntroductionMessage;
import scot.quads.quad.introduction.IntroductionService.Thread;

/**
 * A learning-partner introduction as its readers see it: the item and both councils' levels when it was asked, and
 * the thread (the question first). {@code answered}: whether a user of the partner council has written back.
 */
public record IntroductionRepresentation(UUID id, UUID quadId, UUID cycleId, String itemCode, String itemPrompt,
        String askerCouncil, String askerCouncilName, Integer askerLevel, String partnerCouncil,
        String partnerCouncilName, Integer partnerLevel, String askedBy, OffsetDateTime askedAt, boolean answered,
        List<Message> messages) {

    /** One message: who wrote it (user name and council; their email stays with the notifications), and when. */
    public record Message(UUID id, String author, String authorCouncil, String text, OffsetDateTime postedAt) {

        static Message of(IntroductionMessage message) {
            return new Message(message.id, message.author, message.authorCouncil, message.text, message.postedAt);
        }
    }

    static IntroductionRepresentation of(Thread thread) {
        Introduction intro = thread.introduction();
        return new IntroductionRepresentation(intro.id, intro.quadId, intro.cycleId, intro.itemCode, intro.itemPrompt,
                intro.askerCouncil, thread.names().get(intro.askerCouncil), intro.askerLevel, intro.partnerCouncil,
                thread.names().get(intro.partnerCouncil), intro.partnerLevel, intro.askedBy, intro.askedAt,
                thread.messages().stream().anyMatch(m -> intro.partnerCouncil.equalsIgnoreCase(m.authorCouncil)),
                thread.messages().stream().map(Message::of).toList());
    }
}
