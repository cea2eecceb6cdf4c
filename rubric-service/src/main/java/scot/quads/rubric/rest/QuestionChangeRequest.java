package scot.quads.rubric.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import scot.quads.rubric.Lineage;
import scot.quads.rubric.service.VersionEditing.QuestionContent;

/** A change to a draft's question: the parts sent replace the old ones, the others stay. */
public record QuestionChangeRequest(
        @Size(max = 200) String title,
        @Size(max = 500) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String prompt,
        @Size(max = 2000) String guidance,
        @Size(max = 2000) String illustration,
        Boolean notApplicableAllowed,
        @Pattern(regexp = QuestionRequest.LINEAGE, message = QuestionRequest.LINEAGE_MESSAGE) String lineage,
        @Size(max = 50) String derivedFrom) {

    QuestionContent toContent() {
        return new QuestionContent(null, title, prompt, guidance, illustration, notApplicableAllowed,
                lineage == null ? null : Lineage.fromWire(lineage).orElseThrow(), derivedFrom);
    }
}
