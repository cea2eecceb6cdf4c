package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.work.CommentService;

/** A reply in a comment's thread, kept exactly as typed. */
@Schema(example = """
        {
          "text": "The termly attainment reviews; we will add them."
        }""")
public record ReplyForm(
        @Schema(example = "The termly attainment reviews; we will add them.")
        @NotBlank @Size(max = CommentService.LONGEST) String text) {
}
