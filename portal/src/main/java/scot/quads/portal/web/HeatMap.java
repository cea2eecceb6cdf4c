package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.DistanceFlag;
import scot.quads.portal.client.QuadApi.GroupComparison;
import scot.quads.portal.client.QuadApi.MemberAnswer;
import scot.quads.portal.client.QuadApi.MemberStatus;
import scot.quads.portal.client.QuadApi.QuestionComparison;
import scot.quads.portal.client.QuadApi.Statistics;
import scot.quads.portal.client.QuadApi.ThinEvidenceFlag;

/**
 * The comparison laid out as the heat-map table's rows: a heading row per theme and per quality indicator (with the
 * indicator's median), then a row per question with one cell per member in the members' order (in a version graded
 * per quality indicator, a row per indicator under its theme). Each cell carries
 * its level as number and label, a colour class as an addition, and its flags as words, so nothing rests on colour.
 */
public record HeatMap(List<MemberStatus> members, List<Row> rows, boolean anyFlags, List<FlagLine> flagLines,
        List<AgendaLine> agenda) {

    /** One flag in words for the page's list: the item's page, its code, and what was flagged (see {@link Row}). */
    public record FlagLine(String href, String questionCode, String text) {
    }

    /**
     * One line of the divergence agenda as the page shows it, its median written and the members far from it named
     * ("None" for none), so that the agenda's loop over every item reads nothing from outside itself (see
     * {@link Row}).
     */
    public record AgendaLine(int rank, String href, String questionCode, String prompt, int spread, int min, int max,
            String median, String farFromMedian) {
    }

    /**
     * {@code kind} is theme, indicator or question; headings have a title and no cells. Each row carries what its
     * markup needs from outside it (a question's page, a heading's column span), so that the page's loop over 200
     * rows reads nothing from an enclosing scope, which Qute looks up through every value resolver of the portal.
     */
    public record Row(String kind, String code, String title, String questionCode, List<Cell> cells, String median,
            String range, String medianClass, String href, int span) {

        public boolean isHeading() {
            return !"question".equals(kind);
        }
    }

    public record Cell(String councilCode, String text, String cssClass, List<String> flags) {
    }

    /** Columns of the table: the question, the members, the median and the range. */
    public int getSpan() {
        return members.size() + 3;
    }

    public int getMemberSpan() {
        return members.size() + 1;
    }

    public static HeatMap of(Comparison comparison) {
        List<MemberStatus> members = comparison.members() == null ? List.of() : comparison.members();
        List<Row> rows = new ArrayList<>();
        if (comparison.questions() == null) {
            return new HeatMap(members, rows, false, List.of(), List.of());
        }
        Map<String, List<String>> flags = flagsByAnswer(comparison);
        Map<String, GroupComparison> indicators = new HashMap<>();
        if (comparison.indicators() != null) {
            comparison.indicators().forEach(indicator -> indicators.put(indicator.code(), indicator));
        }
        boolean perIndicator = comparison.cycle() != null && comparison.cycle().gradedPerIndicator();
        String theme = null;
        String indicator = null;
        String questions = comparison.quad() == null ? null : "/quads/" + comparison.quad().id() + "/questions/";
        for (QuestionComparison question : comparison.questions()) {
            if (!Objects.equals(theme, question.themeCode())) {
                theme = question.themeCode();
                rows.add(new Row("theme", theme, question.themeTitle(), null, List.of(), null, null, null, null,
                        members.size() + 3));
            }
            // Graded per quality indicator, the item's own row is the indicator: no heading row repeats it.
            if (!perIndicator && !Objects.equals(indicator, question.indicatorCode())) {
                indicator = question.indicatorCode();
                GroupComparison group = indicators.get(indicator);
                Statistics stats = group == null ? null : group.statistics();
                rows.add(new Row("indicator", indicator, question.indicatorTitle(), null, List.of(),
                        stats == null ? "–" : median(stats.median()), null, null, null, members.size() + 1));
            }
            Map<String, MemberAnswer> answers = new HashMap<>();
            question.answers().forEach(answer -> answers.put(answer.councilCode(), answer));
            List<Cell> cells = new ArrayList<>();
            for (MemberStatus member : members) {
                MemberAnswer answer = answers.get(member.code());
                cells.add(new Cell(member.code(), text(answer), cssClass(answer),
                        flags.getOrDefault(question.questionCode() + "|" + member.code(), List.of())));
            }
            Statistics stats = question.statistics();
            rows.add(new Row("question", question.questionCode(), question.prompt(), question.questionCode(), cells,
                    stats == null ? "–" : median(stats.median()),
                    stats == null || stats.range() == null ? "–" : String.valueOf(stats.range()),
                    stats == null || stats.median() == null ? "" : "quads-level-" + Math.round(stats.median()),
                    href(questions, question.questionCode()), 1));
        }
        return new HeatMap(members, rows, !flags.isEmpty(), flagLines(comparison, questions),
                agendaLines(comparison, questions));
    }

    /** The agenda's items in its order, as {@link AgendaLine}s. */
    static List<AgendaLine> agendaLines(Comparison comparison, String questions) {
        if (comparison.agenda() == null) {
            return List.of();
        }
        return comparison.agenda().stream().map(item -> new AgendaLine(item.rank(),
                href(questions, item.questionCode()), item.questionCode(), item.prompt(), item.spread(), item.min(),
                item.max(), median(item.median()),
                item.farFromMedian() == null || item.farFromMedian().isEmpty() ? "None"
                        : String.join(", ", item.farFromMedian().stream()
                                .map(code -> PartnerTemplateExtensions.council(code, comparison)).toList())))
                .toList();
    }

    /** The flags in words as the page lists them: those far from the median, then those on thin evidence. */
    static List<FlagLine> flagLines(Comparison comparison, String questions) {
        List<FlagLine> lines = new ArrayList<>();
        if (comparison.flags() == null) {
            return lines;
        }
        for (DistanceFlag flag : Objects.requireNonNullElse(comparison.flags().farFromMedian(),
                List.<DistanceFlag>of())) {
            lines.add(new FlagLine(href(questions, flag.questionCode()), flag.questionCode(),
                    PartnerTemplateExtensions.council(flag.councilCode(), comparison) + " gave level " + flag.level()
                            + ", " + median(flag.distance()) + " " + flag.direction() + " the median of "
                            + median(flag.median())));
        }
        for (ThinEvidenceFlag flag : Objects.requireNonNullElse(comparison.flags().thinEvidence(),
                List.<ThinEvidenceFlag>of())) {
            lines.add(new FlagLine(href(questions, flag.questionCode()), flag.questionCode(),
                    PartnerTemplateExtensions.council(flag.councilCode(), comparison) + " gave level " + flag.level()
                            + " " + Objects.toString(flag.levelLabel(), "") + " with " + flag.evidenceLength()
                            + " characters of evidence"));
        }
        return lines;
    }

    private static String href(String questions, String code) {
        return questions == null ? null : questions + TemplateExtensions.pathSegment(code);
    }

    /** Every flag in words, keyed by question and council. */
    static Map<String, List<String>> flagsByAnswer(Comparison comparison) {
        Map<String, List<String>> flags = new HashMap<>();
        if (comparison.flags() == null) {
            return flags;
        }
        if (comparison.flags().farFromMedian() != null) {
            for (DistanceFlag flag : comparison.flags().farFromMedian()) {
                flags.computeIfAbsent(flag.questionCode() + "|" + flag.councilCode(), key -> new ArrayList<>())
                        .add(distance(flag));
            }
        }
        if (comparison.flags().thinEvidence() != null) {
            for (ThinEvidenceFlag flag : comparison.flags().thinEvidence()) {
                flags.computeIfAbsent(flag.questionCode() + "|" + flag.councilCode(), key -> new ArrayList<>())
                        .add("Thin evidence (" + flag.evidenceLength() + " characters)");
            }
        }
        return flags;
    }

    static String distance(DistanceFlag flag) {
        return median(flag.distance()) + " " + (flag.distance() == 1 ? "level" : "levels") + " "
                + flag.direction() + " median";
    }

    static String text(MemberAnswer answer) {
        if (answer == null) {
            return "Not shown";
        }
        if (answer.notApplicable()) {
            return "Not applicable";
        }
        if (answer.level() != null) {
            return answer.level() + " " + (answer.levelLabel() == null ? "" : answer.levelLabel());
        }
        return answer.answered() ? "No level" : "No answer";
    }

    static String cssClass(MemberAnswer answer) {
        return answer == null || answer.level() == null ? "quads-level-none" : "quads-level-" + answer.level();
    }

    /** A median as people write it: 4, 4.5. */
    public static String median(Double value) {
        if (value == null) {
            return "–";
        }
        if (value == Math.rint(value)) {
            return String.valueOf(value.longValue());
        }
        // One decimal place, half away from zero, without a Formatter (a comparison formats hundreds of these).
        long tenths = Math.round(Math.abs(value) * 10);
        String text = tenths / 10 + "." + tenths % 10;
        return value < 0 ? "-" + text : text;
    }
}
