package scot.quads.quad.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.findings.FindingsService;
import scot.quads.quad.findings.FindingsService.ParagraphEdit;

/** The bodies the findings report's writes take. */
public final class FindingsForms {

    private FindingsForms() {
    }

    /**
     * A section's paragraphs in their new order: each with the id it was read with to keep it (and its source), or
     * without an id for a new one; a paragraph left out is removed.
     */
    @Schema(example = """
            {
              "paragraphs": [
                {
                  "id": "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f",
                  "text": "Schools use destination data well in planning."
                },
                {
                  "text": "Partners would like to see the attendance tracker."
                }
              ]
            }""")
    public record SectionForm(@NotNull @Size(max = FindingsService.MOST_PARAGRAPHS) List<@Valid @NotNull ParagraphForm> paragraphs) {

        List<ParagraphEdit> toEdits() {
            return paragraphs.stream().map(p -> new ParagraphEdit(p.id(), p.text())).toList();
        }
    }

    public record ParagraphForm(UUID id,
            @Schema(example = "Schools use destination data well in planning.") @NotNull
            @Size(max = FindingsService.LONGEST_PARAGRAPH) String text) {
    }

    /** Why a published report is corrected: said on the public page of the new edition. */
    @Schema(example = """
            {
              "reason": "The date of the second session was wrong"
            }""")
    public record CorrectionForm(@Schema(example = "The date of the second session was wrong") String reason) {
    }
}
