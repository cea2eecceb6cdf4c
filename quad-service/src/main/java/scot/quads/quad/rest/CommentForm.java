package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.work.CommentService.NewComment;
import scot.quads.quad.work.CommentService;

/** A comment opening a thread on one partner's answer to one question; the text is kept exactly as typed. */
@Schema(example = """
        {
          "questionCode": "D1.1.1",
          "aboutCouncil": "S12000049",
          "kind": "question",
          "text": "What evidence lies behind the level 5 here?"
        }""")
public record CommentForm(
        @Schema(example = "D1.1.1") @NotBlank @Size(max = 50) String questionCode,
        @Schema(example = "S12000049") @NotBlank @Size(max = 20) String aboutCouncil,
        @NotNull @Pattern(regexp = "challenge|question", message = "must be challenge or question") String kind,
        @Schema(example = "What evidence lies behind the level 5 here?")
        @NotBlank @Size(max = CommentService.LONGEST) String text) {

    NewComment toNew() {
        return new NewComment(questionCode, aboutCouncil, kind, text);
    }
}
