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

/** A change to a draft's question: the parts sent replace the old ones, the others stay. */
@Schema(example = """
        {
          "prompt": "How well do we now know our outcomes?",
          "lineage": "reworded",
          "derivedFrom": "D1.1.2"
        }""")
public record QuestionChangeRequest(
        @Size(max = 200) String title,
        @Size(max = 500) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String prompt,
        @Size(max = 2000) String guidance,
        @Size(max = 2000) String illustration,
        Boolean notApplicableAllowed,
        @Size(max = 4) List<@NotNull @Pattern(regexp = FrameworkImport.NARRATIVE,
                message = FrameworkImport.NARRATIVE_MESSAGE) String> narrativeFields,
        @Size(max = FrameworkImport.MAX_CONTEXT_INDICATORS) List<@NotNull @Pattern(regexp = FrameworkImport.INDICATOR,
                message = FrameworkImport.INDICATOR_MESSAGE) String> contextIndicators,
        @Pattern(regexp = QuestionRequest.LINEAGE, message = QuestionRequest.LINEAGE_MESSAGE) String lineage,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> derivedFrom,
        @Pattern(regexp = QuestionKind.WIRE_PATTERN, message = FrameworkImport.KIND_MESSAGE) String kind,
        Boolean required) {

    QuestionContent toContent() {
        return new QuestionContent(null, title, prompt, guidance, illustration, notApplicableAllowed,
                narrativeFields, contextIndicators, lineage == null ? null : Lineage.fromWire(lineage).orElseThrow(), derivedFrom,
                kind == null ? null : QuestionKind.fromWire(kind).orElseThrow(), required);
    }
}
