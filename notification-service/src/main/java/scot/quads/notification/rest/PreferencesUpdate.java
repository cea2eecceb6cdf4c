package scot.quads.notification.rest;

import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The email modes to set, by notification type ({@code on}, {@code off} or {@code digest}); others stay. */
@Schema(example = """
        {
          "email": {
            "comment": "on",
            "deadline-approaching": "digest",
            "quad.changed": "off"
          }
        }""")
public record PreferencesUpdate(@NotNull Map<String, String> email) {
}
