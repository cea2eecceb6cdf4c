package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Every code of a draft's themes, of a theme's indicators or of an indicator's questions, in the order wanted. */
@Schema(example = """
        {
          "codes": [
            "D1.1.3",
            "D1.1.1",
            "D1.1.2"
          ]
        }""")
public record OrderRequest(@NotEmpty List<String> codes) {
}
