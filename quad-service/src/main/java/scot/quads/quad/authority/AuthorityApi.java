package scot.quads.quad.authority;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** authority-service's indicator API, as this service reads it (base URL: {@code quads.authority.url}). */
@RegisterRestClient(configKey = "authority")
@Path("/indicators")
public interface AuthorityApi {

    @GET
    List<IndicatorDefinition> indicators(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/{code}/values")
    IndicatorValues values(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @PathParam("code") String code, @QueryParam("period") String period);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndicatorDefinition(String code, String title, String unit, Boolean higherIsBetter, String familySet,
            List<String> periods) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record IndicatorValues(String indicator, String period, List<AreaValue> values) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record AreaValue(String gssCode, BigDecimal value) {
    }
}
