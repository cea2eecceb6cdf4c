package scot.quads.rubric.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.GradingGrain;
import scot.quads.rubric.QuestionKind;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.service.RubricDefinition;

/**
 * A whole rubric version as ADES imports it, in the shape of {@code seed/demo-framework.json}. Field limits are
 * checked here; {@link ConsistentRubric} adds the rules that span fields (unique codes, distinct scale values), so
 * one answer names every problem. {@code gradingGrain}: {@code question} (the default, as every import before it
 * existed) or {@code quality-indicator}; a question's {@code kind}: {@code graded} or {@code narrative} (by default
 * graded per question, narrative per quality indicator), {@code required} (false only for an optional narrative).
 */
@Schema(example = """
        {
          "code": "QUADS-EXAMPLE",
          "title": "An example framework",
          "description": "Two questions, to show the shape.",
          "versionLabel": "2026-27",
          "scale": [
            {
              "value": 1,
              "label": "Weak",
              "descriptor": "Important weaknesses"
            },
            {
              "value": 2,
              "label": "Good",
              "descriptor": "Strengths outweigh weaknesses"
            }
          ],
          "themes": [
            {
              "code": "D1",
              "title": "Outcomes",
              "indicators": [
                {
                  "code": "D1.1",
                  "title": "Knowing our outcomes",
                  "questions": [
                    {
                      "code": "D1.1.1",
                      "prompt": "How well do we know our outcomes?",
                      "notApplicableAllowed": false
                    },
                    {
                      "code": "D1.1.2",
                      "prompt": "How well do we improve them?",
                      "notApplicableAllowed": false,
                      "narrativeFields": [
                        "evidence",
                        "nextSteps"
                      ],
                      "contextIndicators": [
                        "CHN4"
                      ]
                    }
                  ]
                }
              ]
            }
          ],
          "gradingGrain": "question"
        }""")
@ConsistentRubric
public record FrameworkImport(
        @NotBlank @Size(max = 50) @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @NotBlank @Size(max = 200) String versionLabel,
        @NotNull @Size(min = 2, max = 10, message = "must have between 2 and 10 levels") @Valid List<Level> scale,
        @NotEmpty @Valid List<ThemeImport> themes,
        @Pattern(regexp = GradingGrain.WIRE_PATTERN, message = GRAIN_MESSAGE) String gradingGrain) {

    static final String GRAIN_MESSAGE = "must be question or quality-indicator";
    static final String KIND_MESSAGE = "must be graded or narrative";

    /** Codes that travel in URLs and events: a letter or digit first, then letters, digits, '.', '_' or '-'. */
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9._-]*";
    static final String CODE_MESSAGE =
            "must start with a letter or digit and hold only letters, digits, '.', '_' and '-'";
    /** The narrative fields a question may ask for; a question without the list asks for all four. */
    static final String NARRATIVE = "evidence|strengths|areasForImprovement|nextSteps";
    static final String NARRATIVE_MESSAGE = "must be evidence, strengths, areasForImprovement or nextSteps";
    /** A context indicator's code, as authority-service names them (CHN4, PriPupils): letters and digits. */
    static final String INDICATOR = "[A-Za-z0-9]{1,20}";
    static final String INDICATOR_MESSAGE = "must be a context indicator's code: up to 20 letters and digits";
    static final int MAX_CONTEXT_INDICATORS = 6;

    public record Level(
            @NotNull @Min(0) @Max(100) Integer value,
            @NotBlank @Size(max = 200) String label,
            @Size(max = 2000) String descriptor) {
    }

    public record ThemeImport(
            @NotBlank @Size(max = 50) String code,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String guidance,
            @NotEmpty @Valid List<IndicatorImport> indicators) {
    }

    /** {@code notApplicableAllowed}: only in a version graded per quality indicator; absent means no. */
    public record IndicatorImport(
            @NotBlank @Size(max = 50) String code,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 2000) String guidance,
            @NotEmpty @Valid List<QuestionImport> questions,
            Boolean notApplicableAllowed) {
    }

    public record QuestionImport(
            @NotBlank @Size(max = 50) @Pattern(regexp = CODE, message = CODE_MESSAGE) String code,
            @Size(max = 200) String title,
            @NotBlank @Size(max = 500) String prompt,
            @Size(max = 2000) String guidance,
            @Size(max = 2000) String illustration,
            boolean notApplicableAllowed,
            @Size(max = 4) List<@NotNull @Pattern(regexp = NARRATIVE, message = NARRATIVE_MESSAGE) String>
            narrativeFields,
            @Size(max = MAX_CONTEXT_INDICATORS) List<@NotNull @Pattern(regexp = INDICATOR,
                    message = INDICATOR_MESSAGE) String> contextIndicators,
            @Pattern(regexp = QuestionKind.WIRE_PATTERN, message = KIND_MESSAGE) String kind,
            Boolean required) {
    }

    /** A version's content in the import's shape: its canonical JSON form, which imports again as is. */
    static FrameworkImport of(RubricContent content) {
        boolean perIndicator = content.version().gradedPerIndicator();
        return new FrameworkImport(content.framework().code, content.framework().title,
                content.framework().description, content.version().label,
                content.scale().stream().map(l -> new Level(l.value, l.label, l.descriptor)).toList(),
                content.themes().stream().map(t -> new ThemeImport(t.theme().code, t.theme().title,
                        t.theme().guidance, t.indicators().stream().map(i -> new IndicatorImport(i.indicator().code,
                                i.indicator().title, i.indicator().guidance, i.questions().stream()
                                        .map(q -> new QuestionImport(q.code, q.title, q.prompt, q.guidance,
                                                q.illustration, q.notApplicableAllowed, q.narrativeFields,
                                                q.contextIndicators, q.kind.wire(), q.required))
                                        .toList(), perIndicator ? i.indicator().notApplicableAllowed : null))
                                .toList())).toList(),
                content.version().gradingGrain.wire());
    }

    /** The definition, its defaults applied: graded per question, and each question's kind by the grain. */
    RubricDefinition toDefinition() {
        GradingGrain grain = GradingGrain.orDefault(gradingGrain);
        return new RubricDefinition(code, title, description, versionLabel, grain,
                scale.stream().map(l -> new RubricDefinition.Level(l.value(), l.label(), l.descriptor())).toList(),
                themes.stream().map(t -> new RubricDefinition.ThemeDefinition(t.code(), t.title(), t.guidance(),
                        t.indicators().stream().map(i -> new RubricDefinition.IndicatorDefinition(i.code(), i.title(),
                                i.guidance(), Boolean.TRUE.equals(i.notApplicableAllowed()),
                                i.questions().stream().map(q -> new RubricDefinition.QuestionDefinition(
                                        q.code(), q.title(), q.prompt(), q.guidance(), q.illustration(),
                                        q.notApplicableAllowed(), q.narrativeFields(), q.contextIndicators(),
                                        QuestionKind.orDefault(q.kind(), grain), !Boolean.FALSE.equals(q.required())))
                                        .toList())).toList()))
                        .toList());
    }
}
