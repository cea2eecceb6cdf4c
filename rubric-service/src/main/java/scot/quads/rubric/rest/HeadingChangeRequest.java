package scot.quads.rubric.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new title or guidance for a draft's theme or quality indicator; a part left out stays as it is. */
public record HeadingChangeRequest(
        @Size(max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
        @Size(max = 2000) String guidance) {
}
