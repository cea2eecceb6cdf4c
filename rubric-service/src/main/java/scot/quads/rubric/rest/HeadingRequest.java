package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.service.VersionEditing.HeadingContent;

/** A theme or quality indicator ADES adds to a draft, with the same limits as an import. */
@Schema(example = """
        {
          "code": "D1.4",
          "title": "Partnerships with families",
          "guidance": "Look at how families shape the plans."
        }""")
public record HeadingRequest(
        @NotBlank @Size(max = 50) String code,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String guidance) {

    HeadingContent toContent() {
        return new HeadingContent(code.strip(), title, guidance);
    }
}
