package scot.quads.quad;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.support.security.CouncilCodes;

/** A council's older GSS code stands for its current one, as this service's councils (from authority-service) say. */
@ApplicationScoped
public class KnownCouncilCodes implements CouncilCodes {

    private final CouncilRepository councils;

    public KnownCouncilCodes(CouncilRepository councils) {
        this.councils = councils;
    }

    @Override
    public String current(String code) {
        if (code == null || code.isBlank()) {
            return code;
        }
        String normalised = code.trim().toUpperCase(Locale.ROOT);
        if (councils.find(normalised).isPresent()) {
            return normalised;
        }
        return councils.currentCodeOf(normalised).orElse(normalised);
    }
}
