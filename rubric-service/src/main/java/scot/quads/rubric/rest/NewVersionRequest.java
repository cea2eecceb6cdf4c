package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The label of a new draft version started from a published one, such as "2026-27 draft". */
public record NewVersionRequest(@NotBlank @Size(max = 200) String label) {
}
