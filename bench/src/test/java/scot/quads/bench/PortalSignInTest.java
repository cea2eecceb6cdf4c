package scot.quads.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PortalSignInTest {

    private HttpServer portal;
    private HttpServer keycloak;
    private String portalUrl;
    private String keycloakUrl;

    /**
     * A portal and a Keycloak in miniature, as the real ones talk to a browser: the portal sends an unknown browser
     * to Keycloak with a state cookie; Keycloak sets Secure session cookies and shows its login form; the posted
     * form (with those cookies) sends the browser back with a code; the portal takes the code (with its state
     * cookie), sets its session cookie, drops the state one and sends it on to the page first asked for.
     */
    @BeforeEach
    void startPortalAndKeycloak() throws IOException {
        portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        portalUrl = "http://127.0.0.1:" + portal.getAddress().getPort();
        keycloakUrl = "http://localhost:" + keycloak.getAddress().getPort();
        portal.createContext("/", exchange -> {
            String cookies = cookies(exchange);
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/callback")) {
                boolean state = cookies != null && cookies.contains("q_auth_s1=s1");
                boolean code = "code=c1&state=s1".equals(exchange.getRequestURI().getQuery());
                if (!state || !code) {
                    reply(exchange, 401, "no state or wrong code", Map.of());
                    return;
                }
                exchange.getResponseHeaders().add("Set-Cookie", "q_session=token-1; Path=/; HttpOnly");
                exchange.getResponseHeaders().add("Set-Cookie", "q_auth_s1=; Max-Age=0; Path=/");
                redirect(exchange, "/council?cycle=7");
            } else if (cookies != null && cookies.contains("q_session=token-1")) {
                reply(exchange, 200, "<h1>Dashboard</h1>", Map.of());
            } else {
                exchange.getResponseHeaders().add("Set-Cookie", "q_auth_s1=s1; Max-Age=300; Path=/; HttpOnly");
                redirect(exchange, keycloakUrl + "/realms/quads/auth?state=s1&redirect_uri=" + portalUrl + "/callback");
            }
        });
        keycloak.createContext("/", exchange -> {
            String cookies = cookies(exchange);
            if (exchange.getRequestMethod().equals("GET")) {
                exchange.getResponseHeaders().add("Set-Cookie",
                        "AUTH_SESSION_ID=kc1;Version=1;Path=/realms/quads/;Secure;HttpOnly;SameSite=None");
                reply(exchange, 200, loginForm(), Map.of());
                return;
            }
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean session = cookies != null && cookies.contains("AUTH_SESSION_ID=kc1");
            boolean tab = exchange.getRequestURI().getQuery().equals("session_code=x&tab_id=y");
            if (session && tab && form.contains("username=fife") && form.contains("password=demo")) {
                redirect(exchange, portalUrl + "/callback?code=c1&state=s1");
            } else {
                reply(exchange, session ? 200 : 400, session ? loginForm() : "Cookie not found", Map.of());
            }
        });
        portal.start();
        keycloak.start();
    }

    @AfterEach
    void stop() {
        portal.stop(0);
        keycloak.stop(0);
    }

    @Test
    void aUserSignsInThroughTheLoginFormAndKeepsOnlyThePortalsSessionCookies() throws Exception {
        PortalSignIn.Session session = PortalSignIn.signIn(portalUrl, "/council?cycle=7", "fife");

        assertThat(session.cookies()).isEqualTo("q_session=token-1");
        assertThat(session.login()).isEqualTo("fife");
        assertThat(session.nanos()).isPositive();
        Api api = new Api(keycloakUrl);
        Api.Reply page = api.page(session.cookies(), portalUrl + "/council?cycle=7");
        api.close();
        assertThat(page.status()).isEqualTo(200);
    }

    @Test
    void refusedCredentialsAreAFailureThatSaysWhereItStopped() {
        assertThatThrownBy(() -> PortalSignIn.signIn(portalUrl, "/council", "nobody"))
                .hasMessageContaining("signing nobody in stopped at " + keycloakUrl)
                .hasMessageContaining("refused");
    }

    @Test
    void aPageReadWithoutTheSessionIsARedirectThatSaysWhereTo() {
        Api api = new Api(keycloakUrl);
        Api.Reply page = api.page("q_session=stale", portalUrl + "/council");
        api.close();

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.text()).startsWith("redirected to " + keycloakUrl + "/realms/quads/auth");
    }

    @Test
    void theLoginFormsTargetIsReadWithItsAmpersandsUnescaped() {
        assertThat(PortalSignIn.formAction("<form id=\"kc-form-login\" class=\"x\" onsubmit=\"login.disabled = true;\" "
                + "action=\"http://localhost:8180/realms/quads/login-actions/authenticate?session_code=a&amp;"
                + "execution=b&amp;client_id=quads-portal\" method=\"post\">"))
                .isEqualTo("http://localhost:8180/realms/quads/login-actions/authenticate?session_code=a"
                        + "&execution=b&client_id=quads-portal");
        assertThat(PortalSignIn.formAction("<p>We are sorry, the page expired</p>")).isNull();
    }

    @Test
    void loopbackIsASecureContextAsInABrowserAndNothingElseIs() throws Exception {
        PortalSignIn.LoopbackCookies jar = new PortalSignIn.LoopbackCookies();
        for (String host : List.of("localhost:8180", "keycloak.example.org")) {
            jar.put(URI.create("http://" + host + "/realms/quads/auth"), Map.of("Set-Cookie",
                    List.of("AUTH_SESSION_ID=kc1;Version=1;Path=/realms/quads/;Secure;HttpOnly;SameSite=None")));
        }

        assertThat(String.join("; ", jar.get(URI.create(
                "http://localhost:8180/realms/quads/login-actions/authenticate"), Map.of()).get("Cookie")))
                .contains("AUTH_SESSION_ID=\"kc1\"");
        assertThat(jar.get(URI.create("http://keycloak.example.org/realms/quads/login-actions/authenticate"),
                Map.of()).getOrDefault("Cookie", List.of())).isEmpty();
        assertThat(PortalSignIn.cookieHeader(List.of(new HttpCookie("a", "1"), new HttpCookie("b", "2"))))
                .isEqualTo("a=1; b=2");
    }

    private String loginForm() {
        return "<html><form id=\"kc-form-login\" action=\"" + keycloakUrl
                + "/realms/quads/login-actions/authenticate?session_code=x&amp;tab_id=y\" method=\"post\">"
                + "<input name=\"username\"><input name=\"password\"></form></html>";
    }

    /**
     * Every Cookie header of the request, as one (a client may send several), values unquoted: a Version=1 cookie
     * such as Keycloak's comes back as name="value", which Keycloak reads as the value.
     */
    private static String cookies(HttpExchange exchange) {
        return String.join("; ", exchange.getRequestHeaders().getOrDefault("Cookie", List.of())).replace("\"", "");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        reply(exchange, 302, "", Map.of());
    }

    private static void reply(HttpExchange exchange, int status, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        headers.forEach(exchange.getResponseHeaders()::add);
        exchange.getResponseHeaders().add("Content-Type", "text/html");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
