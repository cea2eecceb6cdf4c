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
 * A quality indicator ADES adds to a draft, with the same limits as an import. Without a lineage it is {@code new};
 * any other lineage names the indicator of the earlier version it descends from in {@code derivedFrom} (a code, or a
 * list of two or more for {@code merged-from}), as a question's does.
 */
@Schema(example = """
        {
          "code": "D1.4",
          "title": "Partnerships with families",
          "guidance": "Look at how families shape the plans.",
          "lineage": "split-from",
          "derivedFrom": "D1.3"
        }""")
public record IndicatorRequest(
        @NotBlank @Size(max = 50) String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String guidance,
        @Pattern(regexp = QuestionRequest.LINEAGE, message = QuestionRequest.LINEAGE_MESSAGE) String lineage,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        @Size(max = 10) List<@NotBlank @Size(max = 50) String> derivedFrom) {

    IndicatorContent toContent() {
        return new IndicatorContent(code.strip(), title, guidance,
                lineage == null ? null : Lineage.fromWire(lineage).orElseThrow(), derivedFrom);
    }
}
