package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.CycleState;

/** ADES moves a cycle by hand: to which state, and why (kept in the audit trail). */
@Schema(example = """
        {
          "state": "in-review",
          "reason": "Every council has submitted; review starts early."
        }""")
public record CycleStateRequest(
        @NotNull @Pattern(regexp = "open|in-review|closed", message = "must be open, in-review or closed")
        String state,
        @Schema(example = "Every council has submitted; review starts early.")
        @NotBlank @Size(max = 2000) String reason) {

    CycleState toState() {
        return CycleState.fromWire(state).orElseThrow();
    }
}
