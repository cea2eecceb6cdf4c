package scot.quads.quad.moderation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.comparison.Comparison.DistanceFlag;
import scot.quads.quad.comparison.Comparison.Flags;
import scot.quads.quad.comparison.Comparison.ThinEvidenceFlag;
import scot.quads.quad.comparison.LevelStatistics;
import scot.quads.quad.comparison.LevelStatistics.Grade;
import scot.quads.quad.national.NationalPicture;
import scot.quads.quad.national.NationalPicture.LevelCount;
import scot.quads.quad.national.NationalPicture.NationalQuestion;

/**
 * The moderation view of a cycle, for ADES, ADES officers and link inspectors: per rubric item (a question, or an
 * indicator in a version graded per indicator), every quad's levels beside the national distribution, where a quad's
 * grading stands apart, and the flags the quads' comparisons raise. Only answers the cycle's reveal rule shows the
 * quad's own members are used (a quad not yet revealed shows no levels, whoever asks); the national distribution is
 * suppressed where fewer than {@link NationalPicture#FEWEST_COUNCILS} councils gave a level.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Moderation(UUID cycleId, String cycleName, String rubricVersion, boolean gradedPerIndicator,
        int fewestCouncils, double standsApartAt, String standsApartRule, String nationalWithheld,
        List<QuadStatus> quads, List<Item> items) {

    /** How far a quad's median must be from the national median, in levels, to stand apart. */
    public static final double STANDS_APART_AT = 1.0;
    public static final String RULE = "A quad's grading of an item stands apart when the median of its members'"
            + " revealed levels differs from the national median by one level or more (shown only where the national"
            + " distribution is not suppressed).";

    /** A quad of the cycle and whether its answers are revealed to its members (the only ones used here). */
    public record QuadStatus(UUID quadId, String name, boolean revealed, String reason) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Item(String code, String themeCode, String indicatorCode, String prompt, National national,
            List<QuadItem> quads, List<Flag> flags) {
    }

    /** The national distribution of levels for the item, or why it is not shown. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record National(Integer councilsGraded, Integer notApplicable, boolean suppressed,
            String suppressedBecause, List<LevelCount> distribution, Double median) {
    }

    /** One revealed quad's levels for the item, its median and whether it stands apart (above or below). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuadItem(UUID quadId, String name, List<MemberLevel> levels, Double median, boolean standsApart,
            String direction, Double difference) {
    }

    public record MemberLevel(String councilCode, String councilName, Integer level, String levelLabel,
            boolean notApplicable) {
    }

    /** A flag of a quad's comparison on this item: {@code far-from-median} or {@code thin-evidence}. */
    public record Flag(UUID quadId, String quadName, String councilCode, String councilName, String kind, int level,
            String detail) {
    }

    /** A revealed quad's shown submissions (in member order) and its comparison's flags. */
    public record RevealedQuad(UUID quadId, String name, List<Submission> shown, Flags flags) {
    }

    /**
     * The rule, as a pure function: {@code national} is the national picture's questions (in rubric order),
     * {@code revealed} the revealed quads, {@code names} council names by code.
     */
    public static List<Item> items(RubricVersion rubric, List<NationalQuestion> national, List<RevealedQuad> revealed,
            Map<String, String> names) {
        List<Item> items = new ArrayList<>();
        for (RubricVersion.Question question : rubric.questions) {
            NationalQuestion counts = national.stream().filter(q -> q.questionCode().equals(question.code()))
                    .findFirst().orElse(null);
            National nationally = counts == null ? new National(null, null, true, "No counts yet", null, null)
                    : new National(counts.councilsGraded(), counts.notApplicable(), counts.suppressed(),
                            counts.suppressedBecause(), counts.distribution(), counts.median());
            List<QuadItem> quads = new ArrayList<>();
            List<Flag> flags = new ArrayList<>();
            for (RevealedQuad quad : revealed) {
                List<MemberLevel> levels = new ArrayList<>();
                List<Grade> grades = new ArrayList<>();
                for (Submission submission : quad.shown()) {
                    Submission.Answer answer = submission.answerTo(question.code());
                    boolean notApplicable = answer != null && answer.notApplicable();
                    Integer level = answer == null || notApplicable ? null : answer.level();
                    levels.add(new MemberLevel(submission.councilCode, names.get(submission.councilCode), level,
                            rubric.labelOf(level), notApplicable));
                    grades.add(notApplicable ? Grade.notApplicableGrade()
                            : level == null ? Grade.missingGrade() : Grade.of(level));
                }
                Double median = LevelStatistics.of(grades).median();
                Double nationalMedian = nationally.suppressed() ? null : nationally.median();
                Double difference = median == null || nationalMedian == null ? null : median - nationalMedian;
                boolean apart = difference != null && Math.abs(difference) >= STANDS_APART_AT;
                quads.add(new QuadItem(quad.quadId(), quad.name(), List.copyOf(levels), median, apart,
                        apart ? difference > 0 ? "above" : "below" : null, difference));
                for (DistanceFlag far : quad.flags().farFromMedian()) {
                    if (far.questionCode().equals(question.code())) {
                        flags.add(new Flag(quad.quadId(), quad.name(), far.councilCode(), names.get(far.councilCode()),
                                "far-from-median", far.level(), "level " + far.level() + " is " + far.distance()
                                        + " " + far.direction() + " the quad's median of " + far.median()));
                    }
                }
                for (ThinEvidenceFlag thin : quad.flags().thinEvidence()) {
                    if (thin.questionCode().equals(question.code())) {
                        flags.add(new Flag(quad.quadId(), quad.name(), thin.councilCode(),
                                names.get(thin.councilCode()), "thin-evidence", thin.level(), "level " + thin.level()
                                        + " rests on " + thin.evidenceLength() + " characters of evidence"));
                    }
                }
            }
            items.add(new Item(question.code(), question.themeCode(), question.indicatorCode(), question.prompt(),
                    nationally, List.copyOf(quads), List.copyOf(flags)));
        }
        return items;
    }
}
