package scot.quads.authority.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.authority.service.CouncilService.CouncilChange;

/** ADES's edit of a council. Family groups run 1 to 4, as in LGBF's tables. */
@Schema(example = """
        {
          "name": "Glasgow City",
          "lgbfName": "Glasgow City",
          "regionalCollaborative": "West Partnership",
          "peopleFamily": 4,
          "otherFamily": 4,
          "active": true
        }""")
public record CouncilUpdate(
        @Schema(example = "Glasgow City") @NotBlank @Size(max = 100) String name,
        @Schema(example = "Glasgow City") @Size(max = 100) String lgbfName,
        @Schema(example = "West Partnership") @Size(max = 100) String regionalCollaborative,
        @Schema(example = "4") @NotNull @Min(1) @Max(4) Integer peopleFamily,
        @Schema(example = "4") @NotNull @Min(1) @Max(4) Integer otherFamily,
        @Schema(example = "true") @NotNull Boolean active) {

    CouncilChange toChange() {
        return new CouncilChange(name, lgbfName, regionalCollaborative, peopleFamily, otherFamily, active);
    }
}
