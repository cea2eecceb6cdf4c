package scot.quads.quad;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Stands in for authority-service's indicator API ({@code GET /indicators}, {@code GET /indicators/{code}/values})
 * on a free port, and points {@code quads.authority.url} at it.
 */
public class AuthorityStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("quads.authority.url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static WireMockServer server() {
        return server;
    }

    /** Definitions of these indicator codes (percentages, higher is better, people set). */
    public static void indicators(String... codes) {
        String body = List.of(codes).stream().map(code -> "{\"code\":\"" + code + "\",\"title\":\"Indicator " + code
                + "\",\"unit\":\"percent\",\"higherIsBetter\":true,\"familySet\":\"people\",\"periods\":[\"2022-23\"]}")
                .collect(Collectors.joining(",", "[", "]"));
        server.stubFor(get(urlPathEqualTo("/indicators")).willReturn(json(body)));
    }

    /** The councils' values of one indicator, in period 2022-23 whatever period is asked for. */
    public static void values(String code, Map<String, Double> byCouncil) {
        String values = byCouncil.entrySet().stream()
                .map(e -> "{\"gssCode\":\"" + e.getKey() + "\",\"value\":" + e.getValue() + "}")
                .collect(Collectors.joining(",", "[", "]"));
        server.stubFor(get(urlPathEqualTo("/indicators/" + code + "/values")).willReturn(json(
                "{\"indicator\":\"" + code + "\",\"period\":\"2022-23\",\"values\":" + values + "}")));
    }

    /** authority-service drops every connection, as if it were down. */
    public static void down() {
        server.stubFor(get(urlPathEqualTo("/indicators")).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
