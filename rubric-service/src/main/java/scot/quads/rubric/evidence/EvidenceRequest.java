package scot.quads.rubric.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A link to add, or an item's words and links to change: a title, an optional description and date, an https
 * address (links only), and what it supports. Whether the codes are the cycle's the service checks.
 */
@Schema(example = """
        {
          "title": "Attendance tracker, term 1",
          "description": "The termly tracker the headteachers review.",
          "date": "2026-10-30",
          "url": "https://intranet.council.example/attendance/term-1",
          "questions": [
            "D1.1.1"
          ],
          "indicators": [
            "D1.1"
          ],
          "keyQuestions": [
            1
          ]
        }""")
public record EvidenceRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        LocalDate date,
        @Size(max = 2000) String url,
        @Size(max = 60) List<@NotBlank @Size(max = 40) String> questions,
        @Size(max = 20) List<@NotBlank @Size(max = 40) String> indicators,
        @Size(max = 40) List<@NotBlank @Size(max = 40) String> swotItems,
        @Size(max = 6) List<Integer> keyQuestions) {

    EvidenceService.Details details() {
        return new EvidenceService.Details(title, description, date);
    }

    EvidenceService.Supports supports() {
        return new EvidenceService.Supports(questions, indicators, swotItems, keyQuestions);
    }
}
