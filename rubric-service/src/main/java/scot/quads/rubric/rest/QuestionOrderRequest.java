package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;

/** Every question code of one indicator, in the order councils should see them. */
public record QuestionOrderRequest(@NotEmpty List<String> codes) {
}
