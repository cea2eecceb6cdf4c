package scot.quads.quad.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.introduction.IntroductionService;
import scot.quads.quad.introduction.IntroductionService.NewIntroduction;

/** A question to a learning partner about one rubric item; the text is kept exactly as typed. */
@Schema(example = """
        {
          "itemCode": "D1.1.1",
          "partnerCouncil": "S12000018",
          "text": "Your headteachers seem to share one picture of their priorities. How did you bring the secondary heads in?"
        }""")
public record IntroductionForm(
        @Schema(example = "D1.1.1", description = "A question of the cycle's rubric version (an indicator, in a"
                + " version graded per indicator)") @NotBlank @Size(max = 50) String itemCode,
        @Schema(example = "S12000018", description = "The partner council asked: another member of the quad")
        @NotBlank @Size(max = 20) String partnerCouncil,
        @Schema(example = "How did you bring the secondary heads in?")
        @NotBlank @Size(max = IntroductionService.LONGEST) String text) {

    NewIntroduction toNew() {
        return new NewIntroduction(itemCode, partnerCouncil, text);
    }
}
