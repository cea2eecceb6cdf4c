package scot.quads.rubric.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.Lineage;
import scot.quads.rubric.QuestionKind;
import scot.quads.rubric.service.VersionEditing.QuestionContent;

/**
 * A question ADES adds to a draft. Without a lineage it is {@code new}; any other lineage names the question of
 * the earlier version it descends from in {@code derivedFrom} (a code, or a list of two or more for
 * {@code merged-from}).
 */
@Schema(example = """
        {
          "code": "D1.1.8",
          "title": "Knowing our outcomes",
          "prompt": "How well do we know and improve our outcomes?",
          "guidance": "Draw on five years of data.",
          "notApplicableAllowed": false,
          "narrativeFields": [
            "evidence",
            "nextSteps"
          ],
          "contextIndicators": [
            "CHN4"
          ],
          "lineage": "merged-from",
          "derivedFrom": [
            "D1.1.2",
            "D1.1.3"
          ]
        }""")
public record QuestionRequest(
        @NotBlank @Size(max = 50) @Pattern(regexp = FrameworkImport.CODE, message = FrameworkImport.CODE_MESSAGE)
        String code,
        @Size(max = 200) String title,
        @NotBlank @Size(max = 500) String prompt,
        @Size(max = 2000) String guidance,
        @Size(max = 2000) String illustration,
        Boolean notApplicableAllowed,
        @Size(max = 4) List<@NotNull @Pattern(regexp = FrameworkImport.NARRATIVE,
                message = FrameworkImport.NARRATIVE_MESSAGE) String> narrativeFields,
        @Size(max = FrameworkImport.MAX_CONTEXT_INDICATORS) List<@NotNull @Pattern(regexp = FrameworkImport.INDICATOR,
                message = FrameworkImport.INDICATOR_MESSAGE) String> contextIndicators,
        @Pattern(regexp = LINEAGE, message = LINEAGE_MESSAGE) String lineage,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> derivedFrom,
        @Pattern(regexp = QuestionKind.WIRE_PATTERN, message = FrameworkImport.KIND_MESSAGE) String kind,
        Boolean required) {

    static final String LINEAGE = "same|reworded|split-from|merged-from|new";
    static final String LINEAGE_MESSAGE = "must be same, reworded, split-from, merged-from or new";

    QuestionContent toContent() {
        return new QuestionContent(code, title, prompt, guidance, illustration, notApplicableAllowed,
                narrativeFields, contextIndicators, lineage == null ? null : Lineage.fromWire(lineage).orElseThrow(), derivedFrom,
                kind == null ? null : QuestionKind.fromWire(kind).orElseThrow(), required);
    }
}
