package scot.quads.quad.trend;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import scot.quads.quad.RubricVersion;

/**
 * A council's levels for each question across its most recent cycles, oldest first; {@code earlierCyclesLeftOut}
 * says how many earlier cycles it also answered, which are not shown. The rows are the questions of the most recent
 * version it answered; each earlier cycle's point follows the question's lineage back through the versions. Only
 * questions kept the same or reworded are comparable; a split, merged or new question, or a version with no
 * recorded lineage, breaks the line, and the point says so instead of showing a level that is not like for like.
 */
public record Trend(String council, List<TrendCycle> cycles, List<TrendQuestion> questions,
        int earlierCyclesLeftOut) {

    public record TrendCycle(UUID cycleId, String name, LocalDate submissionDeadline, UUID rubricVersionId,
            String rubricVersionLabel) {
    }

    public record TrendQuestion(String questionCode, String themeCode, String indicatorCode, String prompt,
            List<TrendPoint> points) {
    }

    /**
     * One cycle's point: when {@code comparable}, the level the council gave to {@code questionCode} (that
     * cycle's code for the question), or {@code answered} false. When not, no level, and {@code note} says why.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TrendPoint(UUID cycleId, boolean comparable, String questionCode, boolean answered, Integer level,
            String levelLabel, boolean notApplicable, String note) {
    }

    /** One cycle the council answered: its version and its answers by question code. */
    public record Answered(TrendCycle cycle, RubricVersion version, Map<String, Level> answers) {
    }

    public record Level(Integer level, boolean notApplicable) {
    }

    /** Where a question of a later version came from in an earlier one; {@code code} null when not comparable. */
    record Traced(String code, String note) {
    }

    /**
     * Builds the trend from the cycles answered, oldest first. {@code versions} finds any version by id (those
     * between two answered versions are needed to follow lineage); it returns null for one this service lacks.
     */
    public static Trend of(String council, List<Answered> answered, Function<UUID, RubricVersion> versions) {
        return of(council, answered, versions, 0);
    }

    /** As {@link #of(String, List, Function)}, saying that this many earlier cycles are not shown. */
    public static Trend of(String council, List<Answered> answered, Function<UUID, RubricVersion> versions,
            int earlierCyclesLeftOut) {
        List<TrendCycle> cycles = answered.stream().map(Answered::cycle).toList();
        if (answered.isEmpty()) {
            return new Trend(council, cycles, List.of(), earlierCyclesLeftOut);
        }
        Answered latest = answered.get(answered.size() - 1);
        List<TrendQuestion> questions = new ArrayList<>();
        if (latest.version() == null) {
            return new Trend(council, cycles, questions, earlierCyclesLeftOut);
        }
        for (RubricVersion.Question question : latest.version().questions) {
            List<TrendPoint> points = new ArrayList<>();
            for (Answered cycle : answered) {
                Traced traced = trace(latest.version(), question.code(), cycle.version(), versions);
                if (traced.code() == null) {
                    points.add(new TrendPoint(cycle.cycle().cycleId(), false, null, false, null, null, false,
                            traced.note()));
                    continue;
                }
                Level level = cycle.answers().get(traced.code());
                RubricVersion version = cycle.version();
                points.add(new TrendPoint(cycle.cycle().cycleId(), true, traced.code(), level != null,
                        level == null || level.notApplicable() ? null : level.level(),
                        level == null || level.notApplicable() ? null : version.labelOf(level.level()),
                        level != null && level.notApplicable(), traced.note()));
            }
            questions.add(new TrendQuestion(question.code(), question.themeCode(), question.indicatorCode(),
                    question.prompt(), points));
        }
        return new Trend(council, cycles, questions, earlierCyclesLeftOut);
    }

    /** Follows {@code code} of {@code from} back to {@code to} through each version's {@code basedOnVersionId}. */
    static Traced trace(RubricVersion from, String code, RubricVersion to, Function<UUID, RubricVersion> versions) {
        if (to == null) {
            return new Traced(null, "The rubric version answered in this cycle has not reached this service");
        }
        RubricVersion current = from;
        String currentCode = code;
        boolean reworded = false;
        int steps = 0;
        while (!current.id.equals(to.id)) {
            RubricVersion.Question question = current.question(currentCode);
            String lineage = question == null ? null : question.lineage();
            String label = "\"" + current.label + "\"";
            if (current.basedOnVersionId == null || lineage == null) {
                return new Traced(null, "Not comparable: version " + label + " records no lineage back to \""
                        + to.label + "\"");
            }
            switch (lineage) {
                case "same", "reworded" -> {
                    if (question.derivedFrom().size() != 1) {
                        return new Traced(null, "Not comparable: " + currentCode + " in " + label + " is "
                                + lineage + " but names " + question.derivedFrom().size() + " earlier questions");
                    }
                    reworded |= "reworded".equals(lineage);
                    currentCode = question.derivedFrom().get(0);
                }
                case "split-from" -> {
                    return new Traced(null, "Not comparable: " + currentCode + " in " + label + " was split from "
                            + String.join(", ", question.derivedFrom()));
                }
                case "merged-from" -> {
                    return new Traced(null, "Not comparable: " + currentCode + " in " + label + " merges "
                            + String.join(", ", question.derivedFrom()));
                }
                case "new" -> {
                    return new Traced(null, "Not comparable: " + currentCode + " is new in " + label);
                }
                default -> {
                    return new Traced(null, "Not comparable: " + currentCode + " in " + label + " has lineage \""
                            + lineage + "\", which this service does not know");
                }
            }
            RubricVersion earlier = versions.apply(current.basedOnVersionId);
            if (earlier == null || ++steps > 50) {
                return new Traced(null, "Not comparable: the version " + label + " was based on has not reached"
                        + " this service");
            }
            current = earlier;
        }
        if (current.question(currentCode) == null) {
            return new Traced(null, "Not comparable: " + currentCode + " is not a question of \"" + to.label + "\"");
        }
        return new Traced(currentCode, reworded ? "Reworded since; compared as the same question" : null);
    }
}
