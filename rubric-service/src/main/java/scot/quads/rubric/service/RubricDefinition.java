package scot.quads.rubric.service;

import scot.quads.rubric.GradingGrain;
import scot.quads.rubric.QuestionKind;
import java.util.List;

/**
 * The whole content of a new rubric version, as an import brings it (a JSON body or an XLSX workbook).
 * It arrives already checked: required parts present, lengths within limits, codes unique.
 */
public record RubricDefinition(String code, String title, String description, String versionLabel,
        GradingGrain gradingGrain, List<Level> scale, List<ThemeDefinition> themes) {

    public RubricDefinition {
        scale = List.copyOf(scale);
        themes = List.copyOf(themes);
    }

    public record Level(int value, String label, String descriptor) {
    }

    public record ThemeDefinition(String code, String title, String guidance, List<IndicatorDefinition> indicators) {
        public ThemeDefinition {
            indicators = List.copyOf(indicators);
        }
    }

    /** {@code notApplicableAllowed}: graded per quality indicator, whether the indicator may be not applicable. */
    public record IndicatorDefinition(String code, String title, String guidance, boolean notApplicableAllowed,
            List<QuestionDefinition> questions) {
        public IndicatorDefinition {
            questions = List.copyOf(questions);
        }
    }

    /**
     * {@code narrativeFields} names the answer's narrative fields the question asks for; null for all four.
     * {@code contextIndicators}: the context indicators' codes it bears on; null for none. {@code kind}: graded or
     * narrative; {@code required}: false only for an optional narrative question.
     */
    public record QuestionDefinition(String code, String title, String prompt, String guidance, String illustration,
            boolean notApplicableAllowed, List<String> narrativeFields, List<String> contextIndicators,
            QuestionKind kind, boolean required) {
    }
}
