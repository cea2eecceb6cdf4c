package scot.quads.portal.web;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The four services as one WireMock server, for page tests that need a signed-in user: the portal also takes a
 * bearer token here (hybrid), so that a test can be any user without a browser going through a sign-in page.
 */
public class ServiceStubs implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        String url = server.baseUrl();
        return Map.of(
                "quarkus.oidc.application-type", "hybrid",
                "quarkus.rest-client.rubric.url", url,
                "quarkus.rest-client.quad.url", url,
                "quarkus.rest-client.notification.url", url,
                "quarkus.rest-client.authority.url", url);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
