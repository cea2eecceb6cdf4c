package scot.quads.rubric.rest;

import java.util.ArrayList;
import java.util.List;
import scot.quads.rubric.GradingGrain;
import scot.quads.rubric.QuestionKind;
import scot.quads.rubric.rest.FrameworkImport.IndicatorImport;
import scot.quads.rubric.rest.FrameworkImport.QuestionImport;
import scot.quads.rubric.rest.FrameworkImport.ThemeImport;
import scot.quads.support.problem.Problem.FieldError;

/**
 * Whether an imported rubric's grading grain and its questions' kinds fit together, every problem named by its JSON
 * path (such as {@code themes[0].indicators[1].questions[2].kind}): in a version graded per quality indicator every
 * question is a narrative prompt (the level belongs to the indicator); only such a version says an indicator may be
 * not applicable; a narrative question takes no level, so cannot be not applicable, and needs a narrative field to
 * be answered in; only a narrative question may be optional. A well-formed rubric that breaks these is
 * unprocessable (422), as a whole: every path at once, and nothing written. Parts whose own fields are invalid (an
 * unknown grain or kind) are left to the field checks.
 */
final class GrainRules {

    private GrainRules() {
    }

    static List<FieldError> problems(FrameworkImport rubric) {
        List<FieldError> problems = new ArrayList<>();
        if (rubric == null || rubric.themes() == null
                || rubric.gradingGrain() != null && GradingGrain.fromWire(rubric.gradingGrain()).isEmpty()) {
            return problems;
        }
        GradingGrain grain = GradingGrain.orDefault(rubric.gradingGrain());
        boolean perIndicator = grain == GradingGrain.QUALITY_INDICATOR;
        for (int t = 0; t < rubric.themes().size(); t++) {
            ThemeImport theme = rubric.themes().get(t);
            for (int i = 0; theme != null && theme.indicators() != null && i < theme.indicators().size(); i++) {
                IndicatorImport indicator = theme.indicators().get(i);
                if (indicator == null) {
                    continue;
                }
                String indicatorPath = "themes[" + t + "].indicators[" + i + "]";
                if (!perIndicator && Boolean.TRUE.equals(indicator.notApplicableAllowed())) {
                    problems.add(new FieldError(indicatorPath + ".notApplicableAllowed", "may be true only in a version"
                            + " graded per quality indicator (gradingGrain quality-indicator); this one grades each"
                            + " question"));
                }
                List<QuestionImport> questions = indicator.questions();
                for (int q = 0; questions != null && q < questions.size(); q++) {
                    QuestionImport question = questions.get(q);
                    if (question == null || question.kind() != null
                            && QuestionKind.fromWire(question.kind()).isEmpty()) {
                        continue;
                    }
                    String path = indicatorPath + ".questions[" + q + "]";
                    QuestionKind kind = QuestionKind.orDefault(question.kind(), grain);
                    if (perIndicator && kind == QuestionKind.GRADED) {
                        problems.add(new FieldError(path + ".kind", "must be narrative: this version grades each"
                                + " quality indicator as a whole (gradingGrain quality-indicator), so its questions"
                                + " are narrative prompts and the level belongs to the indicator"));
                    }
                    if (kind == QuestionKind.NARRATIVE && question.notApplicableAllowed()) {
                        problems.add(new FieldError(path + ".notApplicableAllowed", "must be false for a narrative"
                                + " question: it takes no level (make it optional instead with required false)"));
                    }
                    if (kind == QuestionKind.NARRATIVE && question.narrativeFields() != null
                            && question.narrativeFields().isEmpty()) {
                        problems.add(new FieldError(path + ".narrativeFields", "must name at least one field: a"
                                + " narrative question is answered in them"));
                    }
                    if (kind == QuestionKind.GRADED && Boolean.FALSE.equals(question.required())) {
                        problems.add(new FieldError(path + ".required", "may be false only for a narrative"
                                + " question; a graded question is always required"));
                    }
                }
            }
        }
        return problems;
    }
}
