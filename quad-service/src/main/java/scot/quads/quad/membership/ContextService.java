package scot.quads.quad.membership;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.Council;
import scot.quads.quad.Quad;
import scot.quads.quad.authority.AuthorityIndicators;
import scot.quads.quad.repository.CouncilRepository;

/** A quad's members side by side on context indicators, for its members and ADES. */
@ApplicationScoped
public class ContextService {

    private final CouncilRepository councils;
    private final QuadService quads;
    private final AuthorityIndicators indicators;

    public ContextService(CouncilRepository councils, QuadService quads, AuthorityIndicators indicators) {
        this.councils = councils;
        this.quads = quads;
        this.indicators = indicators;
    }

    public record QuadContext(UUID quadId, String name, List<Indicator> indicators, List<Member> members) {
    }

    public record Indicator(String code, String title, String unit, Boolean higherIsBetter, String period) {
    }

    /** A member's values by indicator code; null where authority-service has none. */
    public record Member(String code, String name, Map<String, Double> values) {
    }

    public QuadContext context(UUID quadId, List<String> codes, String period) {
        Quad quad = quads.liveQuad(quadId);
        List<String> members = quad.memberCodes();
        Map<String, Council> named = councils.byCode(members);
        List<AuthorityIndicators.Values> values = indicators.values(codes, period, "indicators");
        List<Indicator> shown = values.stream().map(v -> new Indicator(v.definition().code(), v.definition().title(),
                v.definition().unit(), v.definition().higherIsBetter(), v.period())).toList();
        List<Member> side = members.stream().map(code -> {
            Map<String, Double> byIndicator = new LinkedHashMap<>();
            values.forEach(v -> byIndicator.put(v.definition().code(), v.byCouncil().get(code)));
            Council council = named.get(code);
            return new Member(code, council == null ? null : council.name, byIndicator);
        }).toList();
        return new QuadContext(quad.id, quad.name, shown, side);
    }
}
