package scot.quads.quad.comparison;

import java.util.List;
import java.util.Objects;

/**
 * The arithmetic of one question across a quad: how many members gave a level, and the median, lowest, highest
 * and spread of those levels. "Not applicable" and missing answers are counted apart and left out of the figures,
 * so that a council without (say) Gaelic provision does not drag its partners' median. With no levels the
 * figures are null rather than zero.
 */
public record LevelStatistics(int count, Double median, Integer min, Integer max, Integer range,
        int notApplicable, int missing) {

    /** One member's grade for a question: a level, "not applicable", or no answer at all. */
    public record Grade(Integer level, boolean notApplicable) {

        public static Grade of(int level) {
            return new Grade(level, false);
        }

        public static Grade notApplicableGrade() {
            return new Grade(null, true);
        }

        public static Grade missingGrade() {
            return new Grade(null, false);
        }

        boolean counts() {
            return !notApplicable && level != null;
        }

        boolean missing() {
            return !notApplicable && level == null;
        }
    }

    public static LevelStatistics of(List<Grade> grades) {
        Objects.requireNonNull(grades, "grades");
        int[] levels = grades.stream().filter(Grade::counts).mapToInt(Grade::level).sorted().toArray();
        int notApplicable = (int) grades.stream().filter(Grade::notApplicable).count();
        int missing = (int) grades.stream().filter(Grade::missing).count();
        if (levels.length == 0) {
            return new LevelStatistics(0, null, null, null, null, notApplicable, missing);
        }
        int n = levels.length;
        double median = n % 2 == 1 ? levels[n / 2] : (levels[n / 2 - 1] + levels[n / 2]) / 2.0;
        int min = levels[0];
        int max = levels[n - 1];
        return new LevelStatistics(n, median, min, max, max - min, notApplicable, missing);
    }
}
