package scot.quads.quad.reveal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whose answers a caller may see in a quad's comparison: the cycle's reveal rule applied to who has
 * submitted and to the moment of asking. Nobody anchors on a partner's grades before the rule allows; ADES sees
 * every submitted answer at any time. A pure function, so that every case is tested without a database.
 *
 * <p>The deadline is a date: submissions are on time until the end of that day in the cycle's time zone, so the
 * deadline has passed from midnight at the start of the next day.
 */
public final class Reveal {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Reveal() {
    }

    /** A quad member and when it submitted (null while it has not). */
    public record Member(String councilCode, OffsetDateTime submittedAt) {
        public Member {
            Objects.requireNonNull(councilCode, "councilCode");
        }

        public boolean submitted() {
            return submittedAt != null;
        }
    }

    /**
     * What the caller may see. {@code visible}: the members whose answers are shown. {@code revealedAt}: since
     * when partners see answers (null while they do not); {@code revealsAt}: when the deadline will reveal them,
     * while it has not yet. {@code revealedToMembers} tells ADES what the quad's members see.
     */
    public record Decision(boolean revealed, String reason, String explanation, Set<String> visible,
            OffsetDateTime revealedAt, OffsetDateTime revealsAt, boolean revealedToMembers) {
        public Decision {
            visible = Set.copyOf(visible);
        }

        public boolean shows(String councilCode) {
            return visible.contains(councilCode);
        }
    }

    /** The moment a deadline has passed: the start of the following day in {@code zone}. */
    public static OffsetDateTime deadlinePasses(LocalDate deadline, ZoneId zone) {
        return deadline.plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** What a quad member (a council user) sees. */
    public static Decision forMember(RevealRule rule, LocalDate deadline, ZoneId zone, Instant now,
            List<Member> members) {
        OffsetDateTime passes = deadlinePasses(deadline, zone);
        boolean deadlinePassed = !now.isBefore(passes.toInstant());
        Set<String> submitted = submitted(members);
        String day = DAY.format(deadline);
        return switch (rule) {
            case ALL_SUBMITTED_OR_DEADLINE -> {
                boolean allSubmitted = !members.isEmpty() && submitted.size() == members.size();
                if (allSubmitted) {
                    OffsetDateTime last = lastSubmission(members);
                    yield revealed("all-submitted", "Every member has submitted, so all answers are shown",
                            submitted, earlier(last, passes));
                }
                if (deadlinePassed) {
                    yield revealed("deadline-passed", "The deadline of " + day
                            + " has passed, so the answers of every member that submitted are shown",
                            submitted, passes);
                }
                yield hidden("waiting-for-submissions", "Answers are shown once every member has submitted, or when"
                        + " the deadline of " + day + " has passed; " + submitted.size() + " of " + members.size()
                        + " have submitted", passes);
            }
            case ON_SUBMISSION -> {
                if (submitted.isEmpty()) {
                    yield hidden("nothing-submitted", "Each member's answers are shown as soon as it submits;"
                            + " no member has submitted yet", null);
                }
                yield revealed("on-submission", "Each member's answers are shown as soon as it submits",
                        submitted, firstSubmission(members));
            }
            case AFTER_DEADLINE -> {
                if (deadlinePassed) {
                    yield revealed("deadline-passed", "The deadline of " + day
                            + " has passed, so the answers of every member that submitted are shown",
                            submitted, passes);
                }
                yield hidden("waiting-for-deadline", "Answers are shown only once the deadline of " + day
                        + " has passed", passes);
            }
        };
    }

    /** What ADES sees: every submitted answer, with what the members themselves see alongside. */
    public static Decision forAdes(RevealRule rule, LocalDate deadline, ZoneId zone, Instant now,
            List<Member> members) {
        Decision seenByMembers = forMember(rule, deadline, zone, now, members);
        String toMembers = seenByMembers.revealed()
                ? " Members see answers too (" + seenByMembers.reason() + ")."
                : " Members do not see answers yet (" + seenByMembers.reason() + ").";
        return new Decision(true, "ades", "ADES sees every submitted answer." + toMembers, submitted(members),
                seenByMembers.revealedAt(), seenByMembers.revealsAt(), seenByMembers.revealed());
    }

    private static Decision revealed(String reason, String explanation, Set<String> visible, OffsetDateTime at) {
        return new Decision(true, reason, explanation, visible, at, null, true);
    }

    private static Decision hidden(String reason, String explanation, OffsetDateTime revealsAt) {
        return new Decision(false, reason, explanation, Set.of(), null, revealsAt, false);
    }

    private static Set<String> submitted(List<Member> members) {
        Set<String> submitted = new LinkedHashSet<>();
        members.stream().filter(Member::submitted).forEach(m -> submitted.add(m.councilCode()));
        return submitted;
    }

    private static OffsetDateTime lastSubmission(List<Member> members) {
        return members.stream().map(Member::submittedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    private static OffsetDateTime firstSubmission(List<Member> members) {
        return members.stream().map(Member::submittedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElseThrow();
    }

    private static OffsetDateTime earlier(OffsetDateTime a, OffsetDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
