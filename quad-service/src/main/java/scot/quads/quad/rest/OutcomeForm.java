package scot.quads.quad.rest;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.work.SessionService.Outcome;

/** An agenda item's outcome as the quad agreed it; a part left out or blank is cleared. Kept as typed. */
@Schema(example = """
        {
          "strengths": "Tracking of attendance is consistent across schools and used in planning.",
          "improvements": "Share how learners' views shape the improvement plan."
        }""")
public record OutcomeForm(
        @Schema(example = "Tracking of attendance is consistent across schools and used in planning.")
        @Size(max = 5000) String strengths,
        @Schema(example = "Share how learners' views shape the improvement plan.")
        @Size(max = 5000) String improvements) {

    Outcome toOutcome() {
        return new Outcome(strengths, improvements);
    }
}
