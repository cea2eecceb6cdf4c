package scot.quads.authority.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.authority.service.ContactService.ContactChange;

/** A council contact as a caller writes it; the address must be unique within the council. */
@Schema(example = """
        {
          "name": "Alex Morgan",
          "email": "quality.lead@council.example",
          "role": "Quality improvement officer",
          "notifications": [
            "cycle.opened",
            "deadline-approaching",
            "self-evaluation.returned"
          ]
        }""")
public record ContactRequest(
        @Schema(example = "Alex Morgan") @NotBlank @Size(max = 200) String name,
        @Schema(example = "quality.lead@council.example")
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
        @Schema(example = "Quality improvement officer") @Size(max = 200) String role,
        @Schema(description = "Notification types wanted by default: cycle.opened, deadline-approaching, "
                + "deadline-passed, self-evaluation.submitted, self-evaluation.returned, quad.changed, comment, action, "
                + "focus.proposed (a council proposed its focus to ADES), focus.decided (ADES agreed the council's "
                + "focus or sent it back), findings.published (ADES published the council's findings report, or a"
                + " quad partner's)")
        @Size(max = 20) List<String> notifications) {

    ContactChange toChange() {
        return new ContactChange(name, email, role, notifications);
    }
}
