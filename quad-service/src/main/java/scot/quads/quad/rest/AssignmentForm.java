package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.assignment.AssignmentService.NewAssignment;

/** ADES assigning an ADES officer or a link inspector: give a quad, or (link inspectors only) a council. */
@Schema(example = """
        {
          "role": "es-link",
          "username": "link-inspector-1",
          "councilCode": "S12000049"
        }""")
public record AssignmentForm(
        @Schema(description = "ades-officer or es-link: the realm role the person signs in with",
                enumeration = { "ades-officer", "es-link" })
        @NotBlank @Size(max = 20) String role,
        @Schema(description = "The person's sign-in name in Keycloak (preferred_username)", example = "link-inspector-1")
        @NotBlank @Size(max = 100) String username,
        @Schema(description = "The quad they are assigned to; give this or councilCode") UUID quadId,
        @Schema(description = "The council a link inspector is assigned to (its GSS code), reaching the quads it is in;"
                + " give this or quadId") @Size(max = 20) String councilCode) {

    NewAssignment toNew() {
        return new NewAssignment(role, username, quadId, councilCode);
    }
}
