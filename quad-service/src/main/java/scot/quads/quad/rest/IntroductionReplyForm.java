package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.introduction.IntroductionService;

/** A reply in an introduction's thread, kept exactly as typed. */
@Schema(example = """
        {
          "text": "We asked each secondary head to lead one of the termly reviews. Happy to talk it through."
        }""")
public record IntroductionReplyForm(
        @Schema(example = "We asked each secondary head to lead one of the termly reviews.")
        @NotBlank @Size(max = IntroductionService.LONGEST) String text) {
}
