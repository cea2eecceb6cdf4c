package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The earlier cycle whose submitted answers pre-fill this one. */
@Schema(example = """
        {
          "fromCycleId": "7a1c2e3d-4b5f-4a6e-8d7c-9b0a1f2e3d4c"
        }""")
public record CarryForwardRequest(@NotNull UUID fromCycleId) {
}
