package scot.quads.quad.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A quad's answers side by side, as one caller may see them. It is built for that caller: what the reveal rule
 * hides is never put in it, so no field can leak a partner's level or words early. {@code scale} and
 * {@code questions} are absent until something is revealed to the caller.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Comparison(
        QuadSummary quad,
        CycleSummary cycle,
        RevealState reveal,
        List<MemberStatus> members,
        List<ScaleLevel> scale,
        List<QuestionComparison> questions) {

    public record QuadSummary(UUID id, String name) {
    }

    /** {@code rubricVersionReceived} is false while the cycle's rubric version has not reached this service. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CycleSummary(UUID id, String name, LocalDate submissionDeadline, String revealRule,
            UUID rubricVersionId, String rubricVersionLabel, boolean rubricVersionReceived) {
    }

    /**
     * Whether answers are shown to this caller, why ({@code reason} as a code, {@code explanation} in words),
     * since when, or when the deadline will show them; for ADES, whether the members see them too.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RevealState(boolean revealed, String reason, String explanation, OffsetDateTime revealedAt,
            OffsetDateTime revealsAt, boolean revealedToMembers) {
    }

    /** Who has submitted; {@code answersShown} says whether this member's answers are in the comparison. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MemberStatus(String code, String name, boolean submitted, OffsetDateTime submittedAt,
            boolean answersShown) {
    }

    public record ScaleLevel(int value, String label) {
    }

    public record QuestionComparison(String themeCode, String themeTitle, String indicatorCode,
            String indicatorTitle, String questionCode, String prompt, List<MemberAnswer> answers,
            LevelStatistics statistics) {
    }

    /** One member's answer; {@code answered} is false when its submission has no answer to the question. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MemberAnswer(String councilCode, boolean answered, Integer level, String levelLabel,
            boolean notApplicable, String notApplicableReason, String evidence, String strengths,
            String areasForImprovement, String nextSteps) {
    }
}
