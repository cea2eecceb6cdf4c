package scot.quads.rubric.rest;

import jakarta.validation.constraints.Size;

/** ADES's comment on a proposed focus: optional when agreeing it, required when sending it back. */
public record FocusDecisionRequest(@Size(max = 2000) String comment) {
}
