package scot.quads.authority.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import scot.quads.authority.service.CouncilService.CouncilChange;

/** ADES's edit of a council. Family groups run 1 to 4, as in LGBF's tables. */
public record CouncilUpdate(
        @NotBlank @Size(max = 100) String name,
        @Size(max = 100) String lgbfName,
        @Size(max = 100) String regionalCollaborative,
        @NotNull @Min(1) @Max(4) Integer peopleFamily,
        @NotNull @Min(1) @Max(4) Integer otherFamily,
        @NotNull Boolean active) {

    CouncilChange toChange() {
        return new CouncilChange(name, lgbfName, regionalCollaborative, peopleFamily, otherFamily, active);
    }
}
