package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import scot.quads.quad.work.CommentService;

/** A reply in a comment's thread, kept exactly as typed. */
public record ReplyForm(@NotBlank @Size(max = CommentService.LONGEST) String text) {
}
