package scot.quads.rubric.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import scot.quads.rubric.Answer;

/** Which parts of an answer a save changed, by their API names, for the audit trail. */
final class AnswerChanges {

    private AnswerChanges() {
    }

    static List<String> between(Answer before, Answer after) {
        List<String> changed = new ArrayList<>();
        if (before == null) {
            before = new Answer();
        }
        compare(changed, "level", before.level, after.level);
        compare(changed, "notApplicable", before.notApplicable, after.notApplicable);
        compare(changed, "notApplicableReason", before.notApplicableReason, after.notApplicableReason);
        compare(changed, "evidence", before.evidence, after.evidence);
        compare(changed, "strengths", before.strengths, after.strengths);
        compare(changed, "areasForImprovement", before.areasForImprovement, after.areasForImprovement);
        compare(changed, "nextSteps", before.nextSteps, after.nextSteps);
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
