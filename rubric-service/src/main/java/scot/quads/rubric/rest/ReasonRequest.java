package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why ADES did something it must explain: returning an evaluation for revision. Shown to the council as typed. */
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
