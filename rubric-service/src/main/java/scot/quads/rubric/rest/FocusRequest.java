package scot.quads.rubric.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.rubric.Focus;
import scot.quads.rubric.service.FocusService.FocusContent;

/**
 * The whole focus as an editor saves it (while a draft every part may be empty; proposing it needs an area, a focus
 * question and a key question). Whether the linked quality indicators and questions are the cycle's the service
 * checks.
 */
@Schema(example = """
        {
          "area": "Attendance",
          "focusQuestion": "How well do we support young people whose attendance is falling?",
          "keyQuestions": [
            "Which groups' attendance fell most?",
            "What did the liaison pilot change?"
          ],
          "indicators": [
            "D1.1"
          ],
          "questions": [
            "D1.1.1",
            "D1.1.2"
          ],
          "contextIndicators": [
            "CHN4"
          ]
        }""")
public record FocusRequest(
        @Schema(example = "Attendance") @Size(max = 200) String area,
        @Schema(example = "How well do we support young people whose attendance is falling?")
        @Size(max = 1000) String focusQuestion,
        @Size(max = Focus.MAX_KEY_QUESTIONS, message = "must hold at most 6 key questions")
        List<@NotBlank @Size(max = 1000) String> keyQuestions,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> indicators,
        @Size(max = 40) List<@NotBlank @Size(max = 40) String> questions,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> contextIndicators) {

    FocusContent toContent() {
        return new FocusContent(area, focusQuestion, keyQuestions, indicators, questions, contextIndicators);
    }
}
