package scot.quads.notification.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

/**
 * Who is told about a quad: its members when it is formed or changes (who joined, who left, who is in it now),
 * councils that left that they are out, and every member once all of them have submitted.
 */
public final class QuadNotices {

    private QuadNotices() {
    }

    /** A quad's membership now, and who joined and left with this change (on forming, every member joined). */
    public record QuadChange(UUID quadId, UUID cycleId, String cycleName, String quadName,
            Collection<String> members, Collection<String> joined, Collection<String> left,
            Map<String, String> councilNames) {

        public QuadChange {
            Objects.requireNonNull(quadId, "quadId");
            Objects.requireNonNull(cycleId, "cycleId");
            members = Wording.codes(members);
            joined = Wording.codes(joined);
            left = Wording.codes(left);
            councilNames = Map.copyOf(councilNames);
        }
    }

    /** Every member of a quad when the last of them submitted, and the cycle's reveal rule. */
    public record AllSubmitted(UUID cycleId, String cycleName, String revealRule, Collection<String> members,
            Map<String, String> councilNames) {

        public AllSubmitted {
            Objects.requireNonNull(cycleId, "cycleId");
            members = Wording.codes(members);
            councilNames = Map.copyOf(councilNames);
        }
    }

    public static List<Notice> changed(QuadChange change) {
        String cycle = Wording.cycle(change.cycleName(), change.cycleId());
        String quad = change.quadName() == null || change.quadName().isBlank() ? "your quad" : change.quadName();
        String link = Wording.cycleLink(change.cycleId(), "quads");
        Map<String, String> names = change.councilNames();
        List<Notice> notices = new ArrayList<>();
        for (String member : change.members()) {
            List<String> partners = change.members().stream().filter(code -> !code.equals(member)).toList();
            String with = partners.isEmpty() ? " with no partners yet." : " with " + Wording.councils(partners, names) + ".";
            if (change.joined().contains(member)) {
                notices.add(new Notice(Audience.council(member), NoticeTypes.QUAD_CHANGED,
                        "Your quad for " + cycle + ": " + quad,
                        Wording.council(member, names) + " is in " + quad + " for " + cycle + with,
                        link, member, change.cycleId()));
            } else if (!change.joined().isEmpty() || !change.left().isEmpty()) {
                notices.add(new Notice(Audience.council(member), NoticeTypes.QUAD_CHANGED,
                        "Your quad for " + cycle + " changed",
                        changes(change, names) + Wording.council(member, names) + " is now in " + quad + with,
                        link, member, change.cycleId()));
            }
        }
        boolean dissolved = change.members().isEmpty();
        for (String former : change.left()) {
            notices.add(new Notice(Audience.council(former), NoticeTypes.QUAD_CHANGED,
                    dissolved ? "Your quad for " + cycle + " was dissolved"
                            : Wording.council(former, names) + " left " + quad + " for " + cycle,
                    Wording.council(former, names) + " is no longer in " + quad + " for " + cycle
                            + (dissolved ? ": the quad was dissolved." : "."),
                    link, former, change.cycleId()));
        }
        return List.copyOf(notices);
    }

    public static List<Notice> allSubmitted(AllSubmitted quad) {
        if (quad.members().size() < 2) {
            return List.of();
        }
        String cycle = Wording.cycle(quad.cycleName(), quad.cycleId());
        String everyone = Wording.councils(quad.members(), quad.councilNames());
        boolean revealedNow = !"after-deadline".equals(quad.revealRule());
        return quad.members().stream()
                .map(member -> new Notice(Audience.council(member), NoticeTypes.ALL_SUBMITTED,
                        revealedNow ? "Answers revealed: every council in your quad has submitted"
                                : "Every council in your quad has submitted",
                        "All the councils in your quad (" + everyone + ") have submitted their self-evaluations for "
                                + cycle + (revealedNow ? ". You can now compare your answers side by side."
                                        : ". Answers are revealed once the deadline has passed."),
                        Wording.cycleLink(quad.cycleId(), "quads"), member, quad.cycleId()))
                .toList();
    }

    private static String changes(QuadChange change, Map<String, String> names) {
        StringBuilder text = new StringBuilder();
        if (!change.joined().isEmpty()) {
            text.append("Joined: ").append(Wording.councils(change.joined(), names)).append(". ");
        }
        if (!change.left().isEmpty()) {
            text.append("Left: ").append(Wording.councils(change.left(), names)).append(". ");
        }
        return text.toString();
    }
}
