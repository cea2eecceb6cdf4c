package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** Every code of a draft's themes, of a theme's indicators or of an indicator's questions, in the order wanted. */
public record OrderRequest(@NotEmpty List<String> codes) {
}
