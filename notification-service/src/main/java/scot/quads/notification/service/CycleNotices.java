package scot.quads.notification.service;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

/**
 * Who is told about a cycle's calendar: every council when it opens; the councils that have not submitted when
 * its deadline nears or passes; and ADES, once it has passed, which councils those are.
 */
public final class CycleNotices {

    private CycleNotices() {
    }

    /** A cycle as the rules word it, with the councils concerned (every council, or those not submitted). */
    public record CycleFacts(UUID cycleId, String cycleName, LocalDate deadline, Collection<String> councils,
            Map<String, String> councilNames) {

        public CycleFacts {
            Objects.requireNonNull(cycleId, "cycleId");
            councils = Wording.codes(councils);
            councilNames = Map.copyOf(councilNames);
        }

        String name() {
            return Wording.cycle(cycleName, cycleId);
        }

        String council(String code) {
            return Wording.council(code, councilNames);
        }
    }

    public static List<Notice> opened(CycleFacts cycle) {
        String due = cycle.deadline() == null ? "" : " by " + Wording.date(cycle.deadline());
        return cycle.councils().stream()
                .map(code -> new Notice(Audience.council(code), NoticeTypes.CYCLE_OPENED,
                        "The " + cycle.name() + " self-evaluation cycle is open",
                        cycle.name() + " is open: " + cycle.council(code) + "'s self-evaluation is due" + due + ".",
                        Wording.cycleLink(cycle.cycleId(), "self-evaluation"), code, cycle.cycleId()))
                .toList();
    }

    public static List<Notice> deadlineApproaching(CycleFacts cycle, int daysLeft) {
        String in = daysLeft <= 0 ? "today" : daysLeft == 1 ? "tomorrow" : "in " + daysLeft + " days";
        return cycle.councils().stream()
                .map(code -> new Notice(Audience.council(code), NoticeTypes.DEADLINE_APPROACHING,
                        "Your self-evaluation for " + cycle.name() + " is due " + in,
                        cycle.council(code) + "'s self-evaluation for " + cycle.name() + " is due on "
                                + Wording.date(cycle.deadline()) + " and has not been submitted yet.",
                        Wording.cycleLink(cycle.cycleId(), "self-evaluation"), code, cycle.cycleId()))
                .toList();
    }

    public static List<Notice> deadlinePassed(CycleFacts cycle) {
        List<Notice> councils = cycle.councils().stream()
                .map(code -> new Notice(Audience.council(code), NoticeTypes.DEADLINE_PASSED,
                        "The deadline for " + cycle.name() + " has passed",
                        cycle.council(code) + "'s self-evaluation for " + cycle.name() + " was due on "
                                + Wording.date(cycle.deadline())
                                + " and has not been submitted. Please submit it as soon as you can.",
                        Wording.cycleLink(cycle.cycleId(), "self-evaluation"), code, cycle.cycleId()))
                .toList();
        int missing = cycle.councils().size();
        Notice ades = new Notice(Audience.ADES, NoticeTypes.DEADLINE_PASSED,
                missing == 0 ? "Every council submitted " + cycle.name() + " by the deadline"
                        : missing + (missing == 1 ? " council has" : " councils have") + " not submitted "
                                + cycle.name(),
                missing == 0 ? "Every council submitted its self-evaluation by " + Wording.date(cycle.deadline())
                        + "."
                        : "Not submitted by the deadline of " + Wording.date(cycle.deadline()) + ": "
                                + Wording.councils(cycle.councils(), cycle.councilNames()) + ".",
                Wording.cycleLink(cycle.cycleId(), "progress"), null, cycle.cycleId());
        return concat(councils, ades);
    }

    private static List<Notice> concat(List<Notice> notices, Notice last) {
        return java.util.stream.Stream.concat(notices.stream(), java.util.stream.Stream.of(last)).toList();
    }
}
