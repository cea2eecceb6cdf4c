package scot.quads.rubric;

import jakarta.enterprise.context.ApplicationScoped;
import scot.quads.support.security.CouncilCodes;

/** A council's older GSS code stands for its current one, as this service's councils (from authority-service) say. */
@ApplicationScoped
public class KnownCouncilCodes implements CouncilCodes {

    @Override
    public String current(String code) {
        return Council.findByCode(code).map(council -> council.gssCode).orElse(code);
    }
}
