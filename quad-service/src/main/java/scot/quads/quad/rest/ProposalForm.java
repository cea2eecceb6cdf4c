package scot.quads.quad.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import scot.quads.quad.QuadProposal;

/**
 * ADES's request for a proposal: which family-group set, which indicators with which (relative) weights, which
 * period (each indicator's latest when omitted), whether to avoid last cycle's partners, and pairs of councils to
 * keep together or apart.
 */
@Schema(example = """
        {
          "familySet": "people",
          "indicators": [
            {
              "code": "CHN4",
              "weight": 2.0
            },
            {
              "code": "CHN10",
              "weight": 1.0
            }
          ],
          "period": "2022-23",
          "avoidPreviousPartners": true,
          "keepApart": [
            [
              "S12000049",
              "S12000046"
            ]
          ]
        }""")
public record ProposalForm(
        @NotNull @Pattern(regexp = "people|other", message = "must be people or other") String familySet,
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull IndicatorWeight> indicators,
        @Size(max = 20) String period,
        Boolean avoidPreviousPartners,
        UUID previousCycleId,
        @Size(max = 50) @CouncilPairs List<List<String>> keepTogether,
        @Size(max = 50) @CouncilPairs List<List<String>> keepApart) {

    public record IndicatorWeight(@NotBlank @Size(max = 50) String code, @NotNull @Positive Double weight) {
    }

    QuadProposal.Request toRequest() {
        return new QuadProposal.Request(familySet,
                indicators.stream().map(i -> new QuadProposal.Weight(i.code().trim().toUpperCase(), i.weight()))
                        .toList(),
                period == null || period.isBlank() ? null : period.trim(),
                Boolean.TRUE.equals(avoidPreviousPartners), previousCycleId, codes(keepTogether), codes(keepApart));
    }

    private static List<List<String>> codes(List<List<String>> pairs) {
        return pairs == null ? List.of()
                : pairs.stream().map(p -> p.stream().map(c -> c.trim().toUpperCase()).toList()).toList();
    }
}
