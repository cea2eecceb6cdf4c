package scot.quads.quad.national;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import scot.quads.quad.RubricVersion;

/**
 * How councils graded themselves across Scotland in one cycle, anonymised: per question, how many councils gave
 * each level, and where one council and its quad sit. No council outside the quad is ever named, and a question
 * shows no distribution at all ({@code suppressed}) unless at least {@link #FEWEST_COUNCILS} councils whose levels
 * the viewer cannot otherwise know graded it: for a council, councils outside its own quad (it knows its own level
 * and, once revealed, its partners'; at exactly five with four of them its quad, the fifth council's level could
 * be read off), as statistical publishers apply disclosure control; for ADES, any councils.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NationalPicture(UUID cycleId, String cycleName, String council, UUID quadId,
        boolean quadRevealed, int fewestCouncils, int councilsSubmitted, List<NationalQuestion> questions) {

    public static final int FEWEST_COUNCILS = 5;

    /**
     * {@code councilsGraded}: councils that gave a level (not-applicable ones are counted apart). While
     * {@code suppressed}, {@code distribution} and {@code median} are absent; while the whole picture is withheld
     * (before the deadline), the counts are absent too. {@code councilLevel} is the asking
     * council's own; {@code quadMedian} is its quad's, only once the quad's answers are revealed to the caller.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record NationalQuestion(String questionCode, String themeCode, String indicatorCode, String prompt,
            Integer councilsGraded, Integer notApplicable, boolean suppressed, String suppressedBecause,
            List<LevelCount> distribution, Double median, Integer councilLevel, Boolean councilNotApplicable,
            Double quadMedian) {
    }

    public record LevelCount(int level, String label, int councils) {
    }

    /** One row of the counts: how many councils gave {@code level} (null and not applicable, or null) to a question. */
    public record Count(String questionCode, Integer level, boolean notApplicable, int councils) {
    }

    /**
     * Turns the counts into per-question figures, in rubric order, suppressing small groups. {@code own}: the
     * asking council's level per question (may be empty); {@code ownNotApplicable}: its not-applicable questions;
     * {@code quadMedians}: per question, null when the quad's answers are not shown.
     */
    public static List<NationalQuestion> questions(RubricVersion rubric, List<Count> counts,
            Map<String, Integer> own, Set<String> ownNotApplicable, Map<String, Double> quadMedians) {
        return questions(rubric, counts, own, ownNotApplicable, quadMedians, null);
    }

    /**
     * As above; a non-null {@code withheldBecause} withholds every count (only the council's own answers show), for
     * as long as a change in the counts could tell someone how a council that just submitted graded itself.
     */
    public static List<NationalQuestion> questions(RubricVersion rubric, List<Count> counts,
            Map<String, Integer> own, Set<String> ownNotApplicable, Map<String, Double> quadMedians,
            String withheldBecause) {
        return questions(rubric, counts, own, ownNotApplicable, quadMedians, withheldBecause, Map.of(), false);
    }

    /**
     * As above, for a council viewer ({@code councilViewer}): {@code gradedByOwnQuad} says per question how many of
     * the councils of its own quad (or the council alone, outside any quad) gave a level; a distribution shows only
     * when at least {@link #FEWEST_COUNCILS} other councils did.
     */
    public static List<NationalQuestion> questions(RubricVersion rubric, List<Count> counts,
            Map<String, Integer> own, Set<String> ownNotApplicable, Map<String, Double> quadMedians,
            String withheldBecause, Map<String, Integer> gradedByOwnQuad, boolean councilViewer) {
        if (withheldBecause != null) {
            return rubric.questions.stream().map(question -> new NationalQuestion(question.code(),
                    question.themeCode(), question.indicatorCode(), question.prompt(), null, null, true,
                    withheldBecause, null, null, own.get(question.code()),
                    ownNotApplicable.contains(question.code()) ? Boolean.TRUE
                            : own.containsKey(question.code()) ? Boolean.FALSE : null,
                    null)).toList();
        }
        Map<String, List<Count>> byQuestion = new LinkedHashMap<>();
        counts.forEach(count -> byQuestion.computeIfAbsent(count.questionCode(), key -> new ArrayList<>()).add(count));
        List<NationalQuestion> questions = new ArrayList<>();
        for (RubricVersion.Question question : rubric.questions) {
            List<Count> rows = byQuestion.getOrDefault(question.code(), List.of());
            int notApplicable = rows.stream().filter(Count::notApplicable).mapToInt(Count::councils).sum();
            Map<Integer, Integer> atLevel = new LinkedHashMap<>();
            rows.stream().filter(row -> !row.notApplicable() && row.level() != null)
                    .forEach(row -> atLevel.merge(row.level(), row.councils(), Integer::sum));
            int graded = atLevel.values().stream().mapToInt(Integer::intValue).sum();
            int outside = graded - gradedByOwnQuad.getOrDefault(question.code(), 0);
            boolean tooFew = graded < FEWEST_COUNCILS;
            boolean suppressed = tooFew || (councilViewer && outside < FEWEST_COUNCILS);
            List<LevelCount> distribution = null;
            Double median = null;
            if (!suppressed) {
                distribution = rubric.scale.stream().map(level -> new LevelCount(level.value(), level.label(),
                        atLevel.getOrDefault(level.value(), 0))).toList();
                median = median(atLevel, graded);
            }
            questions.add(new NationalQuestion(question.code(), question.themeCode(), question.indicatorCode(),
                    question.prompt(), graded, notApplicable, suppressed,
                    tooFew ? "Fewer than " + FEWEST_COUNCILS + " councils gave a level (" + graded
                            + "), so no distribution is shown"
                            : suppressed ? "Fewer than " + FEWEST_COUNCILS + " councils outside your quad gave a"
                                    + " level, so no distribution is shown (it would let one council's level be"
                                    + " worked out)" : null,
                    distribution, median, own.get(question.code()),
                    ownNotApplicable.contains(question.code()) ? Boolean.TRUE
                            : own.containsKey(question.code()) ? Boolean.FALSE : null,
                    quadMedians.get(question.code())));
        }
        return questions;
    }

    /** The median of {@code total} levels given as counts per level. */
    static Double median(Map<Integer, Integer> atLevel, int total) {
        if (total == 0) {
            return null;
        }
        List<Integer> levels = atLevel.keySet().stream().sorted().toList();
        int lower = (total - 1) / 2;
        int upper = total / 2;
        Integer lowerLevel = null;
        Integer upperLevel = null;
        int seen = 0;
        for (int level : levels) {
            int next = seen + atLevel.get(level);
            if (lowerLevel == null && lower < next) {
                lowerLevel = level;
            }
            if (upperLevel == null && upper < next) {
                upperLevel = level;
            }
            seen = next;
        }
        return (lowerLevel + upperLevel) / 2.0;
    }
}
