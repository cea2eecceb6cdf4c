package scot.quads.rubric.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Lineage;
import scot.quads.rubric.Question;
import scot.quads.support.problem.Problem.FieldError;

/**
 * What a question's lineage must agree with: {@code new} names no source; {@code same}, {@code reworded} and
 * {@code split-from} name exactly one; {@code merged-from} names two or more (a "merge" of one question is a
 * rewording). {@code same} means the prompt is unchanged (a changed prompt is {@code reworded}), so trends never
 * compare a different question as the same one. A question without lineage (the first version of a framework) has
 * nothing to check. A quality indicator's lineage follows the same counting rules; {@code same} and
 * {@code reworded} both compare it like for like, so an indicator's new title or code does not make {@code same}
 * wrong ({@code reworded} says it was renamed, and is what ADES should choose when its meaning was sharpened).
 */
public final class LineageRules {

    private LineageRules() {
    }

    /** {@code source} is the question's first source, if any. */
    public static List<FieldError> check(Question question, Question source) {
        List<FieldError> errors = new ArrayList<>();
        Lineage lineage = question.lineage == null ? null : Lineage.fromWire(question.lineage).orElse(null);
        if (lineage == null) {
            return errors;
        }
        errors.addAll(checkSourceCount(lineage, question.sourceIds().size()));
        if (lineage == Lineage.SAME && source != null && !sameText(question.prompt, source.prompt)) {
            errors.add(new FieldError("lineage", "is same, but the prompt differs from " + source.code
                    + "'s: call it reworded"));
        }
        return errors;
    }

    /** What an indicator's lineage must agree with: the number of its sources. */
    public static List<FieldError> check(Indicator indicator) {
        Lineage lineage = indicator.lineage == null ? null : Lineage.fromWire(indicator.lineage).orElse(null);
        return lineage == null ? List.of() : checkSourceCount(lineage, indicator.sourceIds().size(),
                "quality indicator");
    }

    public static List<FieldError> checkSourceCount(Lineage lineage, int sources) {
        return checkSourceCount(lineage, sources, "question");
    }

    /** {@code what} names the kind of item: "question" or "quality indicator". */
    public static List<FieldError> checkSourceCount(Lineage lineage, int sources, String what) {
        String problem = switch (lineage) {
            case NEW -> sources == 0 ? null : "must be empty for a new " + what;
            case MERGED_FROM -> sources >= 2 ? null
                    : "must name the two or more " + what + "s of the earlier version it is merged from";
            default -> sources == 1 ? null : sources == 0
                    ? "must name the " + what + " of the earlier version it is " + lineage.wire()
                    : "must name one " + what + " for " + lineage.wire() + "; only merged-from names several";
        };
        return problem == null ? List.of() : List.of(new FieldError("derivedFrom", problem));
    }

    static boolean sameText(String a, String b) {
        return Objects.equals(a == null ? null : a.strip(), b == null ? null : b.strip());
    }
}
