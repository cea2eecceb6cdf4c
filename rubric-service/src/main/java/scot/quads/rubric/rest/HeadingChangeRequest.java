package scot.quads.rubric.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.service.VersionEditing.HeadingContent;

/** A new code, title or guidance for a draft's theme or quality indicator; a part left out stays as it is. */
@Schema(example = """
        {
          "title": "Outcomes for learners"
        }""")
public record HeadingChangeRequest(
        @Size(max = 50) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String code,
        @Size(max = 200) @Pattern(regexp = "[\\s\\S]*\\S[\\s\\S]*", message = "must not be blank") String title,
        @Size(max = 2000) String guidance) {

    HeadingContent toContent() {
        return new HeadingContent(code == null ? null : code.strip(), title, guidance);
    }
}
