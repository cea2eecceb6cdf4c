package scot.quads.quad.authority;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import scot.quads.quad.authority.AuthorityApi.IndicatorDefinition;
import scot.quads.quad.authority.AuthorityApi.IndicatorValues;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;

/**
 * Reads context indicators from authority-service over REST, on the caller's behalf (their bearer token is
 * forwarded). Indicator values are not projected here: only an ADES proposal and a quad's context page need them,
 * an occasional admin action rather than anyone's hot path, so a synchronous call is acceptable. When
 * authority-service cannot be reached the caller gets 503 and can try again; nothing here is written meanwhile.
 */
@RequestScoped
public class AuthorityIndicators {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuthorityApi api;
    private final JsonWebToken token;
    private final String url;

    public AuthorityIndicators(@RestClient AuthorityApi api, JsonWebToken token,
            @ConfigProperty(name = "quads.authority.url") String url) {
        this.api = api;
        this.token = token;
        this.url = url;
    }

    /** An indicator's definition, by code. */
    public record Definition(String code, String title, String unit, Boolean higherIsBetter, String familySet) {
    }

    /** One indicator's values for one period, by GSS code. */
    public record Values(Definition definition, String period, Map<String, Double> byCouncil) {
    }

    /**
     * The values of each indicator (in the order asked), for {@code period} or, when null, each indicator's latest.
     * Unknown indicators are refused together (422, {@code <field>[i]}), before any values are read.
     */
    public List<Values> values(List<String> codes, String period, String field) {
        Map<String, IndicatorDefinition> definitions = new LinkedHashMap<>();
        call(() -> api.indicators(bearer()), "the list of indicators")
                .forEach(d -> definitions.put(d.code().toUpperCase(), d));
        List<Problem.FieldError> unknown = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            if (!definitions.containsKey(codes.get(i).toUpperCase())) {
                unknown.add(new Problem.FieldError(field + "[" + i + "]", codes.get(i) + " is not a known indicator"));
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.unprocessable("Unknown indicators: " + String.join(", ",
                    unknown.stream().map(Problem.FieldError::message).toList()) + "; authority-service knows "
                    + String.join(", ", definitions.values().stream().map(IndicatorDefinition::code).toList()),
                    unknown);
        }
        List<Values> result = new ArrayList<>();
        for (String code : codes) {
            IndicatorDefinition definition = definitions.get(code.toUpperCase());
            IndicatorValues values = call(() -> api.values(bearer(), definition.code(), period),
                    "the values of " + definition.code());
            Map<String, Double> byCouncil = new LinkedHashMap<>();
            if (values.values() != null) {
                values.values().stream().filter(v -> v.gssCode() != null && v.value() != null)
                        .forEach(v -> byCouncil.put(v.gssCode().trim().toUpperCase(), v.value().doubleValue()));
            }
            result.add(new Values(new Definition(definition.code(), definition.title(), definition.unit(),
                    definition.higherIsBetter(), definition.familySet()), values.period(), byCouncil));
        }
        return result;
    }

    /** One indicator's latest value for one council: null when authority-service holds none for it. */
    public record Reading(String code, String title, String unit, String period, Double value) {
    }

    /**
     * The latest value of indicator {@code code} for {@code council}; an unknown indicator is refused (422 naming
     * {@code field}). The indicator's period is its latest, whether or not the council has a value in it.
     */
    public Reading latest(String code, String council, String field) {
        IndicatorDefinition definition = call(() -> api.indicators(bearer()), "the list of indicators").stream()
                .filter(d -> d.code() != null && d.code().equalsIgnoreCase(code.trim())).findFirst()
                .orElseThrow(() -> ProblemException.unprocessable(code.trim() + " is not an indicator authority-service"
                        + " knows", List.of(new Problem.FieldError(field, code.trim() + " is not a known indicator"))));
        IndicatorValues values = call(() -> api.values(bearer(), definition.code(), null),
                "the values of " + definition.code());
        Double value = values.values() == null ? null : values.values().stream()
                .filter(v -> v.gssCode() != null && v.value() != null && v.gssCode().trim().equalsIgnoreCase(council))
                .map(v -> v.value().doubleValue()).findFirst().orElse(null);
        return new Reading(definition.code(), definition.title(), definition.unit(), values.period(), value);
    }

    private String bearer() {
        return token.getRawToken() == null ? null : "Bearer " + token.getRawToken();
    }

    private <T> T call(Supplier<T> request, String what) {
        try {
            return request.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            String detail = detailOf(e);
            if (status == 404 || status == 400 || status == 422) {
                throw new ProblemException(422, "Unprocessable content", "authority-service could not give "
                        + what + ": " + detail, null, null);
            }
            Log.warnf("authority-service answered %d for %s: %s", status, what, detail);
            throw new ProblemException(status == 401 || status == 403 ? 502 : 503,
                    status == 401 || status == 403 ? "Bad gateway" : "Service unavailable",
                    "authority-service answered " + status + " when asked for " + what + "; try again later",
                    null, null);
        } catch (ProcessingException e) {
            Log.warnf("authority-service at %s could not be reached for %s: %s", url, what, e.getMessage());
            throw new ProblemException(503, "Service unavailable", "authority-service (" + url + ") could not be"
                    + " reached for " + what + ", so nothing was proposed or shown; try again in a moment", null,
                    null);
        }
    }

    /** authority-service's own explanation (the problem's detail), whatever JSON media type it came as. */
    private static String detailOf(WebApplicationException e) {
        try {
            String text = e.getResponse().readEntity(String.class);
            String detail = JSON.readTree(text).path("detail").asText(null);
            return detail == null ? e.getMessage() : detail;
        } catch (RuntimeException | java.io.IOException unreadable) {
            return e.getMessage();
        }
    }
}
