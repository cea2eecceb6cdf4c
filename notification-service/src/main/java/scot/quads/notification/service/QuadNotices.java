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

    /**
     * A quad's membership now, who joined and left with this change (on forming, every member joined), and which
     * members had already submitted for the cycle (perhaps before the quad existed, when no partner heard of it).
     */
    public record QuadChange(UUID quadId, UUID cycleId, String cycleName, String quadName,
            Collection<String> members, Collection<String> joined, Collection<String> left,
            Collection<String> submitted, Map<String, String> councilNames) {

        public QuadChange {
            Objects.requireNonNull(quadId, "quadId");
            Objects.requireNonNull(cycleId, "cycleId");
            members = Wording.codes(members);
            joined = Wording.codes(joined);
            left = Wording.codes(left);
            submitted = Wording.codes(submitted);
            councilNames = Map.copyOf(councilNames);
        }

        public QuadChange(UUID quadId, UUID cycleId, String cycleName, String quadName, Collection<String> members,
                Collection<String> joined, Collection<String> left, Map<String, String> councilNames) {
            this(quadId, cycleId, cycleName, quadName, members, joined, left, List.of(), councilNames);
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
            String already = alreadySubmitted(member, partners, change, names);
            if (change.joined().contains(member)) {
                notices.add(new Notice(Audience.council(member), NoticeTypes.QUAD_CHANGED,
                        "Your quad for " + cycle + ": " + quad,
                        Wording.council(member, names) + " is in " + quad + " for " + cycle + with + already,
                        link, member, change.cycleId()));
            } else if (!change.joined().isEmpty() || !change.left().isEmpty()) {
                notices.add(new Notice(Audience.council(member), NoticeTypes.QUAD_CHANGED,
                        "Your quad for " + cycle + " changed",
                        changes(change, names) + Wording.council(member, names) + " is now in " + quad + with
                                + already,
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

    /**
     * The partners that had submitted already, named to a member who had not heard of it: to a newcomer, every
     * partner that submitted; to a member who stays, only newcomers that submitted (it heard of the others).
     */
    private static String alreadySubmitted(String member, List<String> partners, QuadChange change,
            Map<String, String> names) {
        boolean newcomer = change.joined().contains(member);
        List<String> news = partners.stream()
                .filter(partner -> change.submitted().contains(partner))
                .filter(partner -> newcomer || change.joined().contains(partner))
                .toList();
        if (news.isEmpty()) {
            return "";
        }
        return " Already submitted their self-evaluation" + (news.size() == 1 ? ": " : "s: ")
                + Wording.councils(news, names) + ".";
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
