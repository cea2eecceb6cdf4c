package scot.quads.quad.reveal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevealTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 1, 31);
    /** Midnight at the end of 31 January in Scotland (GMT, so UTC too). */
    private static final Instant DEADLINE_PASSES = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant BEFORE = Instant.parse("2026-01-25T12:00:00Z");
    private static final Instant LAST_MINUTE = Instant.parse("2026-01-31T23:59:59Z");

    private static final OffsetDateTime MONDAY = OffsetDateTime.parse("2026-01-19T10:00:00Z");
    private static final OffsetDateTime TUESDAY = OffsetDateTime.parse("2026-01-20T10:00:00Z");
    private static final OffsetDateTime WEDNESDAY = OffsetDateTime.parse("2026-01-21T10:00:00Z");
    private static final OffsetDateTime THURSDAY = OffsetDateTime.parse("2026-01-22T10:00:00Z");

    private static final List<Reveal.Member> TWO_OF_FOUR = List.of(
            new Reveal.Member("A", MONDAY), new Reveal.Member("B", null),
            new Reveal.Member("C", TUESDAY), new Reveal.Member("D", null));
    private static final List<Reveal.Member> ALL_FOUR = List.of(
            new Reveal.Member("A", MONDAY), new Reveal.Member("B", THURSDAY),
            new Reveal.Member("C", TUESDAY), new Reveal.Member("D", WEDNESDAY));
    private static final List<Reveal.Member> NONE = List.of(
            new Reveal.Member("A", null), new Reveal.Member("B", null), new Reveal.Member("C", null));

    @Test
    void byDefaultNothingShowsWhileSomeMembersHaveNotSubmittedBeforeTheDeadline() {
        Reveal.Decision decision = member(RevealRule.ALL_SUBMITTED_OR_DEADLINE, BEFORE, TWO_OF_FOUR);

        assertThat(decision.revealed()).isFalse();
        assertThat(decision.visible()).isEmpty();
        assertThat(decision.reason()).isEqualTo("waiting-for-submissions");
        assertThat(decision.explanation()).contains("2 of 4", "31 January 2026");
        assertThat(decision.revealsAt().toInstant()).isEqualTo(DEADLINE_PASSES);
    }

    @Test
    void byDefaultEverythingShowsOnceTheLastMemberSubmits() {
        Reveal.Decision decision = member(RevealRule.ALL_SUBMITTED_OR_DEADLINE, BEFORE, ALL_FOUR);

        assertThat(decision.revealed()).isTrue();
        assertThat(decision.reason()).isEqualTo("all-submitted");
        assertThat(decision.visible()).containsExactlyInAnyOrder("A", "B", "C", "D");
        assertThat(decision.revealedAt()).isEqualTo(THURSDAY);
        assertThat(decision.revealsAt()).isNull();
    }

    @Test
    void byDefaultTheDeadlineShowsWhateverWasSubmitted() {
        Reveal.Decision onTheDay = member(RevealRule.ALL_SUBMITTED_OR_DEADLINE, LAST_MINUTE, TWO_OF_FOUR);
        Reveal.Decision after = member(RevealRule.ALL_SUBMITTED_OR_DEADLINE, DEADLINE_PASSES, TWO_OF_FOUR);

        assertThat(onTheDay.revealed()).isFalse();
        assertThat(after.revealed()).isTrue();
        assertThat(after.reason()).isEqualTo("deadline-passed");
        assertThat(after.visible()).containsExactlyInAnyOrder("A", "C");
        assertThat(after.revealedAt().toInstant()).isEqualTo(DEADLINE_PASSES);
    }

    @Test
    void theDeadlinePassesAtMidnightUkTimeInSummerToo() {
        LocalDate summer = LocalDate.of(2026, 6, 30);

        assertThat(Reveal.deadlinePasses(summer, UK).toInstant()).isEqualTo(Instant.parse("2026-06-30T23:00:00Z"));
        assertThat(Reveal.forMember(RevealRule.AFTER_DEADLINE, summer, UK, Instant.parse("2026-06-30T22:59:59Z"),
                TWO_OF_FOUR).revealed()).isFalse();
        assertThat(Reveal.forMember(RevealRule.AFTER_DEADLINE, summer, UK, Instant.parse("2026-06-30T23:00:00Z"),
                TWO_OF_FOUR).revealed()).isTrue();
    }

    @Test
    void onSubmissionShowsEachMemberAsSoonAsItSubmits() {
        Reveal.Decision decision = member(RevealRule.ON_SUBMISSION, BEFORE, TWO_OF_FOUR);

        assertThat(decision.revealed()).isTrue();
        assertThat(decision.reason()).isEqualTo("on-submission");
        assertThat(decision.visible()).containsExactlyInAnyOrder("A", "C");
        assertThat(decision.shows("B")).isFalse();
        assertThat(decision.revealedAt()).isEqualTo(MONDAY);
    }

    @Test
    void onSubmissionShowsNothingWhileNobodyHasSubmitted() {
        Reveal.Decision decision = member(RevealRule.ON_SUBMISSION, BEFORE, NONE);

        assertThat(decision.revealed()).isFalse();
        assertThat(decision.reason()).isEqualTo("nothing-submitted");
        assertThat(decision.revealsAt()).isNull();
    }

    @Test
    void afterDeadlineHidesEvenAFullSetUntilTheDeadline() {
        Reveal.Decision before = member(RevealRule.AFTER_DEADLINE, BEFORE, ALL_FOUR);
        Reveal.Decision after = member(RevealRule.AFTER_DEADLINE, DEADLINE_PASSES, ALL_FOUR);

        assertThat(before.revealed()).isFalse();
        assertThat(before.reason()).isEqualTo("waiting-for-deadline");
        assertThat(before.visible()).isEmpty();
        assertThat(before.revealsAt().toInstant()).isEqualTo(DEADLINE_PASSES);
        assertThat(after.revealed()).isTrue();
        assertThat(after.visible()).containsExactlyInAnyOrder("A", "B", "C", "D");
    }

    @Test
    void adesSeesEverySubmittedAnswerBeforeTheMembersDo() {
        Reveal.Decision decision = Reveal.forAdes(RevealRule.ALL_SUBMITTED_OR_DEADLINE, DEADLINE, UK, BEFORE,
                TWO_OF_FOUR);

        assertThat(decision.revealed()).isTrue();
        assertThat(decision.reason()).isEqualTo("ades");
        assertThat(decision.visible()).containsExactlyInAnyOrder("A", "C");
        assertThat(decision.revealedToMembers()).isFalse();
        assertThat(decision.explanation()).contains("waiting-for-submissions");

        assertThat(Reveal.forAdes(RevealRule.ALL_SUBMITTED_OR_DEADLINE, DEADLINE, UK, BEFORE, ALL_FOUR)
                .revealedToMembers()).isTrue();
    }

    @Test
    void rulesAreReadFromTheirCodesAndAnUnknownRuleIsTheStrictest() {
        assertThat(RevealRule.of("all-submitted-or-deadline")).isEqualTo(RevealRule.ALL_SUBMITTED_OR_DEADLINE);
        assertThat(RevealRule.of("on-submission")).isEqualTo(RevealRule.ON_SUBMISSION);
        assertThat(RevealRule.of("After-Deadline ")).isEqualTo(RevealRule.AFTER_DEADLINE);
        assertThat(RevealRule.of(null)).isEqualTo(RevealRule.ALL_SUBMITTED_OR_DEADLINE);
        assertThat(RevealRule.of("when-the-moon-is-full")).isEqualTo(RevealRule.AFTER_DEADLINE);
    }

    private static Reveal.Decision member(RevealRule rule, Instant now, List<Reveal.Member> members) {
        return Reveal.forMember(rule, DEADLINE, UK, now, members);
    }
}
