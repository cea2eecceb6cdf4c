package scot.quads.rubric.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import scot.quads.rubric.Lineage;
import scot.quads.rubric.Question;
import scot.quads.support.problem.Problem.FieldError;

/**
 * What a question's lineage must agree with: every kind but {@code new} names its source; {@code same} means the
 * prompt is unchanged (a changed prompt is {@code reworded}), so trends never compare a different question as the
 * same one. A question without lineage (the first version of a framework) has nothing to check.
 */
public final class LineageRules {

    private LineageRules() {
    }

    public static List<FieldError> check(Question question, Question source) {
        List<FieldError> errors = new ArrayList<>();
        Lineage lineage = question.lineage == null ? null : Lineage.fromWire(question.lineage).orElse(null);
        if (lineage == null) {
            return errors;
        }
        if (lineage.needsSource() && source == null) {
            errors.add(new FieldError("derivedFrom",
                    "must name the question of the earlier version it is " + lineage.wire()));
        }
        if (lineage == Lineage.SAME && source != null && !sameText(question.prompt, source.prompt)) {
            errors.add(new FieldError("lineage", "is same, but the prompt differs from " + source.code
                    + "'s: call it reworded"));
        }
        return errors;
    }

    static boolean sameText(String a, String b) {
        return Objects.equals(a == null ? null : a.strip(), b == null ? null : b.strip());
    }
}
