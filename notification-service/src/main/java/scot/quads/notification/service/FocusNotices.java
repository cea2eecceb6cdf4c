package scot.quads.notification.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

/**
 * Who is told about a council's focus: ADES when the council proposes it (to agree it or send it back); the council
 * when ADES agrees it or sends it back, with ADES's comment.
 */
public final class FocusNotices {

    public static final String PROPOSED = "focus.proposed";
    public static final String DECIDED = "focus.decided";

    private FocusNotices() {
    }

    /** A step in a council's focus: {@code state} after it (proposed, agreed or sent-back). */
    public record Step(String councilCode, UUID cycleId, String cycleName, String state, String focusQuestion,
            String comment, Map<String, String> councilNames) {

        public Step {
            councilCode = Audience.normaliseCode(councilCode);
            Objects.requireNonNull(cycleId, "cycleId");
            Objects.requireNonNull(state, "state");
            councilNames = Map.copyOf(councilNames);
        }
    }

    public static List<Notice> of(Step step) {
        String cycle = Wording.cycle(step.cycleName(), step.cycleId());
        String council = Wording.council(step.councilCode(), step.councilNames());
        String question = step.focusQuestion() == null || step.focusQuestion().isBlank() ? ""
                : " Its focus question: \"" + step.focusQuestion().trim() + "\"";
        String comment = step.comment() == null || step.comment().isBlank() ? ""
                : " ADES's comment: \"" + step.comment().trim() + "\"";
        String link = "/cycles/" + step.cycleId() + "/councils/" + step.councilCode() + "/focus";
        return switch (step.state()) {
            case "proposed" -> List.of(new Notice(Audience.ADES, PROPOSED,
                    council + " proposed its focus for " + cycle,
                    council + " proposed its focus for " + cycle + " and asks ADES to agree it or send it back."
                            + question, link, step.councilCode(), step.cycleId()));
            case "agreed" -> List.of(new Notice(Audience.council(step.councilCode()), DECIDED,
                    "ADES agreed your focus for " + cycle,
                    "ADES agreed " + council + "'s focus for " + cycle + "; your quad partners can now read it."
                            + comment, link, step.councilCode(), step.cycleId()));
            case "sent-back" -> List.of(new Notice(Audience.council(step.councilCode()), DECIDED,
                    "ADES sent your focus for " + cycle + " back",
                    "ADES sent " + council + "'s focus for " + cycle + " back to change it and propose it again."
                            + comment, link, step.councilCode(), step.cycleId()));
            default -> List.of();
        };
    }
}
