package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The earlier cycle whose submitted answers pre-fill this one. */
public record CarryForwardRequest(@NotNull UUID fromCycleId) {
}
