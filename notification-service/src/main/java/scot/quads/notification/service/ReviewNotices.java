package scot.quads.notification.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

/**
 * Who is told when a submitted self-evaluation becomes a draft again: returned by ADES, the council itself, with
 * ADES's reason; recalled by the council, its quad partners (whose comparison loses it for now).
 */
public final class ReviewNotices {

    private ReviewNotices() {
    }

    public record Returned(String councilCode, UUID cycleId, String cycleName, String reason,
            Map<String, String> councilNames) {

        public Returned {
            councilCode = Audience.normaliseCode(councilCode);
            Objects.requireNonNull(cycleId, "cycleId");
            councilNames = Map.copyOf(councilNames);
        }
    }

    public record Recalled(String councilCode, UUID cycleId, String cycleName, Collection<String> quadMembers,
            Map<String, String> councilNames) {

        public Recalled {
            councilCode = Audience.normaliseCode(councilCode);
            Objects.requireNonNull(cycleId, "cycleId");
            quadMembers = List.copyOf(quadMembers);
            councilNames = Map.copyOf(councilNames);
        }
    }

    public static List<Notice> returned(Returned returned) {
        String cycle = Wording.cycle(returned.cycleName(), returned.cycleId());
        String council = Wording.council(returned.councilCode(), returned.councilNames());
        String reason = returned.reason() == null || returned.reason().isBlank() ? ""
                : " The reason given: \"" + returned.reason().trim() + "\"";
        return List.of(new Notice(Audience.council(returned.councilCode()), NoticeTypes.RETURNED,
                "Your self-evaluation for " + cycle + " was returned for revision",
                "ADES returned " + council + "'s self-evaluation for " + cycle + " for revision." + reason,
                Wording.cycleLink(returned.cycleId(), "self-evaluation"), returned.councilCode(),
                returned.cycleId()));
    }

    public static List<Notice> recalled(Recalled recalled) {
        String cycle = Wording.cycle(recalled.cycleName(), recalled.cycleId());
        String council = Wording.council(recalled.councilCode(), recalled.councilNames());
        return Wording.codes(recalled.quadMembers()).stream()
                .filter(code -> !code.equals(recalled.councilCode()))
                .map(partner -> new Notice(Audience.council(partner), NoticeTypes.RECALLED,
                        council + " recalled its self-evaluation",
                        council + ", a partner in your quad, took back its self-evaluation for " + cycle
                                + " to revise it; it will be submitted again.",
                        Wording.cycleLink(recalled.cycleId(), "quads"), recalled.councilCode(), recalled.cycleId()))
                .toList();
    }
}
