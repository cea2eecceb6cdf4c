package scot.quads.quad.comparison;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A quad's answers side by side, as one caller may see them. It is built for that caller: what the reveal rule
 * hides is never put in it, so no field can leak a partner's level or words early. {@code scale} and
 * {@code questions}, the summaries by {@code indicators} and {@code themes}, the {@code flags} and the
 * {@code agenda} are absent until something is revealed to the caller, and are computed from shown answers only.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Comparison(
        QuadSummary quad,
        CycleSummary cycle,
        RevealState reveal,
        List<MemberStatus> members,
        List<ScaleLevel> scale,
        List<QuestionComparison> questions,
        List<GroupComparison> indicators,
        List<GroupComparison> themes,
        Flags flags,
        List<AgendaItem> agenda) {

    /**
     * The same comparison without the members' words (each answer's level, label and "not applicable" only; no
     * reason, evidence, strengths, areas, next steps or prompts): what a page showing levels reads, a small part of
     * the whole for a rubric of 200 questions.
     */
    public Comparison levelsOnly() {
        List<QuestionComparison> levels = questions == null ? null : questions.stream()
                .map(q -> new QuestionComparison(q.themeCode(), q.themeTitle(), q.indicatorCode(), q.indicatorTitle(),
                        q.questionCode(), q.prompt(), q.answers().stream().map(MemberAnswer::levelOnly).toList(),
                        q.statistics()))
                .toList();
        return new Comparison(quad, cycle, reveal, members, scale, levels, indicators, themes, flags, agenda);
    }

    /** The same comparison with nothing but who has submitted (before reveal). */
    public Comparison(QuadSummary quad, CycleSummary cycle, RevealState reveal, List<MemberStatus> members) {
        this(quad, cycle, reveal, members, null, null, null, null, null, null);
    }

    public record QuadSummary(UUID id, String name) {
    }

    /**
     * {@code rubricVersionReceived} is false while the cycle's rubric version has not reached this service;
     * {@code gradedPerIndicator}: the version grades each quality indicator as a whole, so the items compared
     * ({@code questions}) are its indicators.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record CycleSummary(UUID id, String name, LocalDate submissionDeadline, String revealRule,
            UUID rubricVersionId, String rubricVersionLabel, boolean rubricVersionReceived,
            boolean gradedPerIndicator) {
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

    /**
     * An indicator or a theme summarised: per member the figures of its levels across the group's questions, and
     * the figures of every level given in the group; {@code widestSpread} is the largest spread of one question.
     * {@code themeCode} is set for indicators.
     */
    public record GroupComparison(String code, String title, String themeCode, int questions,
            List<MemberSummary> members, LevelStatistics statistics, Integer widestSpread) {
    }

    public record MemberSummary(String councilCode, LevelStatistics statistics) {
    }

    /**
     * What deserves a second look. {@code farFromMedian}: a level two or more points from the quad's median for
     * the question. {@code thinEvidence}: a high level (5 or 6) whose evidence is shorter than
     * {@code thinEvidenceBelow} characters.
     */
    public record Flags(int thinEvidenceBelow, List<DistanceFlag> farFromMedian, List<ThinEvidenceFlag> thinEvidence) {
    }

    /** {@code direction} is {@code above} or {@code below} the median; {@code distance} is always positive. */
    public record DistanceFlag(String questionCode, String councilCode, int level, double median, double distance,
            String direction) {
    }

    public record ThinEvidenceFlag(String questionCode, String councilCode, int level, String levelLabel,
            int evidenceLength) {
    }

    /**
     * A question for the quad's session, by how far the members' levels diverge: largest spread first, ties
     * sharing a rank and ordered by how many members sit far from the median, then in rubric order.
     */
    public record AgendaItem(int rank, String questionCode, String themeCode, String indicatorCode, String prompt,
            int spread, int min, int max, double median, List<String> farFromMedian) {
    }

    /**
     * One member's answer; {@code answered} is false when its submission has no answer to the question. In a version
     * graded per quality indicator the answer is to the indicator as a whole, and {@code prompts} holds the member's
     * narrative answers to the indicator's questions (empty otherwise).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MemberAnswer(String councilCode, boolean answered, Integer level, String levelLabel,
            boolean notApplicable, String notApplicableReason, String evidence, String strengths,
            String areasForImprovement, String nextSteps, List<PromptAnswer> prompts) {

        public MemberAnswer {
            prompts = prompts == null ? List.of() : List.copyOf(prompts);
        }

        MemberAnswer levelOnly() {
            return new MemberAnswer(councilCode, answered, level, levelLabel, notApplicable, null, null, null, null,
                    null, List.of());
        }
    }

    /**
     * A member's narrative answer to one question of an indicator graded as a whole, with the question's prompt;
     * a question it left unanswered (an optional one) is not listed.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record PromptAnswer(String code, String prompt, String evidence, String strengths,
            String areasForImprovement, String nextSteps) {
    }
}
