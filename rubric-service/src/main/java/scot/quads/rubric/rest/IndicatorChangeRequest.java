package scot.quads.rubric.rest;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.Lineage;
import scot.quads.rubric.service.VersionEditing.IndicatorContent;

/**
 * A new code, title, guidance or lineage for a draft's quality indicator; a part left out stays as it is. A lineage
 * sent without {@code derivedFrom} keeps the sources the indicator has (none for {@code new}).
 */
@Schema(example = """
        {
          "code": "D1.5",
          "title": "Learning with families",
          "lineage": "reworded",
          "derivedFrom": "D1.4"
        }""")
public record IndicatorChangeRequest(
        @Size(max = 50) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String code,
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String title,
        @Size(max = 2000) String guidance,
        @Pattern(regexp = QuestionRequest.LINEAGE, message = QuestionRequest.LINEAGE_MESSAGE) String lineage,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> derivedFrom) {

    IndicatorContent toContent() {
        return new IndicatorContent(code == null ? null : code.strip(), title, guidance,
                lineage == null ? null : Lineage.fromWire(lineage).orElseThrow(), derivedFrom);
    }
}
