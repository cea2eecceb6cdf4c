package scot.quads.rubric.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.Statement.SwotItem;
import scot.quads.rubric.service.StatementService.StatementContent;

/**
 * The whole self-evaluative statement as an editor saves it (while a draft, every part may be empty). Whether the
 * linked quality indicators and questions belong to the cycle's rubric the service checks.
 */
@Schema(example = """
        {
          "context": "A mixed urban and rural authority with 12 secondary schools.",
          "swot": [
            {
              "kind": "strength",
              "text": "Tracking data is used at every termly review.",
              "priority": 1,
              "indicators": [
                "D1.1"
              ],
              "questions": [
                "D1.1.1"
              ],
              "contextIndicators": [
                "CHN4"
              ]
            },
            {
              "kind": "opportunity",
              "text": "The family liaison pilot could reach every cluster.",
              "priority": 2
            }
          ],
          "summary": "Strong tracking; engagement with families is the priority."
        }""")
public record StatementRequest(
        @Schema(example = "A mixed urban and rural authority with 12 secondary schools.")
        @Size(max = NARRATIVE) String context,
        @Size(max = 40) List<@Valid @NotNull Item> swot,
        @Schema(example = "Strong tracking; engagement with families is the priority.")
        @Size(max = NARRATIVE) String summary) {

    static final int NARRATIVE = 10_000;

    /** One SWOT item; an item sent without an id is new and gets one. */
    public record Item(
            UUID id,
            @NotNull @Pattern(regexp = "strength|weakness|opportunity|threat",
                    message = "must be strength, weakness, opportunity or threat") String kind,
            @Schema(example = "Tracking data is used at every termly review.") @NotBlank @Size(max = 2000) String text,
            @Schema(example = "1") @NotNull @Min(1) @Max(40) Integer priority,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> indicators,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> questions,
            @Size(max = 20) List<@NotBlank @Size(max = 40) String> contextIndicators) {
    }

    StatementContent toContent() {
        return new StatementContent(context, swot == null ? List.of() : swot.stream()
                .map(item -> new SwotItem(item.id(), item.kind(), item.text(), item.priority(), item.indicators(),
                        item.questions(), item.contextIndicators()))
                .toList(), summary);
    }
}
