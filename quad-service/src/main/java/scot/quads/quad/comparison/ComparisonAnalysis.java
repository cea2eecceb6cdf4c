package scot.quads.quad.comparison;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import scot.quads.quad.comparison.Comparison.AgendaItem;
import scot.quads.quad.comparison.Comparison.DistanceFlag;
import scot.quads.quad.comparison.Comparison.Flags;
import scot.quads.quad.comparison.Comparison.GroupComparison;
import scot.quads.quad.comparison.Comparison.MemberAnswer;
import scot.quads.quad.comparison.Comparison.MemberSummary;
import scot.quads.quad.comparison.Comparison.QuestionComparison;
import scot.quads.quad.comparison.Comparison.ThinEvidenceFlag;
import scot.quads.quad.comparison.LevelStatistics.Grade;

/**
 * The rules that read a side-by-side comparison: summaries by indicator and theme, the flags and the divergence
 * agenda. Pure functions over the questions already built from shown answers, so every case is tested without a
 * database, and nothing hidden can reach them.
 */
public final class ComparisonAnalysis {

    /** How far from the quad's median a level must be to be flagged. */
    public static final double FAR_FROM_MEDIAN = 2.0;
    /** The lowest level that counts as high, so that thin evidence behind it is flagged. */
    public static final int HIGH_LEVEL = 5;

    private ComparisonAnalysis() {
    }

    public static List<GroupComparison> byIndicator(List<QuestionComparison> questions) {
        return groups(questions, QuestionComparison::indicatorCode, QuestionComparison::indicatorTitle, true);
    }

    public static List<GroupComparison> byTheme(List<QuestionComparison> questions) {
        return groups(questions, QuestionComparison::themeCode, QuestionComparison::themeTitle, false);
    }

    public static Flags flags(List<QuestionComparison> questions, int thinEvidenceBelow) {
        List<DistanceFlag> far = new ArrayList<>();
        List<ThinEvidenceFlag> thin = new ArrayList<>();
        for (QuestionComparison question : questions) {
            Double median = question.statistics().median();
            for (MemberAnswer answer : question.answers()) {
                if (answer.level() == null || answer.notApplicable()) {
                    continue;
                }
                int level = answer.level();
                if (median != null && Math.abs(level - median) >= FAR_FROM_MEDIAN) {
                    far.add(new DistanceFlag(question.questionCode(), answer.councilCode(), level, median,
                            Math.abs(level - median), level > median ? "above" : "below"));
                }
                int evidence = evidenceLength(answer.evidence());
                if (level >= HIGH_LEVEL && evidence < thinEvidenceBelow) {
                    thin.add(new ThinEvidenceFlag(question.questionCode(), answer.councilCode(), level,
                            answer.levelLabel(), evidence));
                }
            }
        }
        return new Flags(thinEvidenceBelow, List.copyOf(far), List.copyOf(thin));
    }

    /** The questions at least two members graded and on which they differ, most divergent first. */
    public static List<AgendaItem> agenda(List<QuestionComparison> questions, Flags flags) {
        record Candidate(int order, QuestionComparison question, List<String> far) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionComparison question = questions.get(i);
            LevelStatistics figures = question.statistics();
            if (figures.count() < 2 || figures.range() == null || figures.range() == 0) {
                continue;
            }
            List<String> far = flags.farFromMedian().stream()
                    .filter(flag -> flag.questionCode().equals(question.questionCode()))
                    .map(DistanceFlag::councilCode).toList();
            candidates.add(new Candidate(i, question, far));
        }
        candidates.sort(Comparator.<Candidate>comparingInt(c -> -c.question().statistics().range())
                .thenComparingInt(c -> -c.far().size())
                .thenComparingInt(Candidate::order));
        List<AgendaItem> agenda = new ArrayList<>();
        int rank = 0;
        Integer previousSpread = null;
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            LevelStatistics figures = candidate.question().statistics();
            if (!figures.range().equals(previousSpread)) {
                rank = i + 1;
                previousSpread = figures.range();
            }
            QuestionComparison question = candidate.question();
            agenda.add(new AgendaItem(rank, question.questionCode(), question.themeCode(), question.indicatorCode(),
                    question.prompt(), figures.range(), figures.min(), figures.max(), figures.median(),
                    candidate.far()));
        }
        return agenda;
    }

    /** Characters of evidence, blanks at either end not counted; none is zero. */
    public static int evidenceLength(String evidence) {
        if (evidence == null) {
            return 0;
        }
        String trimmed = evidence.strip();
        return trimmed.codePointCount(0, trimmed.length());
    }

    private static List<GroupComparison> groups(List<QuestionComparison> questions,
            Function<QuestionComparison, String> code, Function<QuestionComparison, String> title,
            boolean indicators) {
        Map<String, List<QuestionComparison>> grouped = new LinkedHashMap<>();
        for (QuestionComparison question : questions) {
            grouped.computeIfAbsent(code.apply(question), key -> new ArrayList<>()).add(question);
        }
        List<GroupComparison> groups = new ArrayList<>();
        for (List<QuestionComparison> group : grouped.values()) {
            QuestionComparison first = group.get(0);
            Map<String, List<Grade>> byMember = new LinkedHashMap<>();
            List<Grade> all = new ArrayList<>();
            Integer widest = null;
            for (QuestionComparison question : group) {
                for (MemberAnswer answer : question.answers()) {
                    Grade grade = grade(answer);
                    byMember.computeIfAbsent(answer.councilCode(), key -> new ArrayList<>()).add(grade);
                    all.add(grade);
                }
                Integer range = question.statistics().range();
                if (range != null && (widest == null || range > widest)) {
                    widest = range;
                }
            }
            List<MemberSummary> members = byMember.entrySet().stream()
                    .map(e -> new MemberSummary(e.getKey(), LevelStatistics.of(e.getValue()))).toList();
            groups.add(new GroupComparison(code.apply(first), title.apply(first),
                    indicators ? first.themeCode() : null, group.size(), members, LevelStatistics.of(all), widest));
        }
        return groups;
    }

    private static Grade grade(MemberAnswer answer) {
        if (answer.notApplicable()) {
            return Grade.notApplicableGrade();
        }
        return answer.level() == null ? Grade.missingGrade() : Grade.of(answer.level());
    }
}
