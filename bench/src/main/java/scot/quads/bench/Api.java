package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform as its users reach it: real tokens from the local Keycloak ({@code quads-cli}, demo password) and
 * plain HTTP/1.1 on loopback, kept-alive connections as a browser keeps them ({@link Wire}). Every call reports how
 * long it took, from writing the request to reading the whole response, so scenarios record what a user waits for.
 */
public final class Api {

    static final String AUTHORITY = "http://127.0.0.1:8081";
    static final String RUBRIC = "http://127.0.0.1:8082";
    static final String QUAD = "http://127.0.0.1:8083";
    static final String NOTIFICATION = "http://127.0.0.1:8084";
    static final String ADES = "ades";

    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** Tokens live 15 minutes in the local realm; fetch a new one well before that. */
    private static final long TOKEN_REUSE_NANOS = Duration.ofMinutes(10).toNanos();

    private final Wire wire = new Wire();
    private final String keycloak;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    private record Token(String value, long fetchedAt) {
    }

    Api(String keycloak) {
        this.keycloak = keycloak;
    }

    /** A response, with the time between sending the request and reading the whole body. */
    record Reply(int status, String etag, JsonNode body, String text, long nanos) {
        Reply expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": expected HTTP " + expected + " but got " + status + ": "
                        + abbreviate(text));
            }
            return this;
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    String token(String username) {
        Token token = tokens.compute(username, (user, known) -> known != null
                && System.nanoTime() - known.fetchedAt < TOKEN_REUSE_NANOS ? known : fetchToken(user));
        return token.value;
    }

    private Token fetchToken(String user) {
        String form = "grant_type=password&client_id=quads-cli&username=" + encode(user) + "&password=demo";
        Reply reply = send("POST", keycloak + "/realms/quads/protocol/openid-connect/token",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), form);
        if (reply.status() != 200 || reply.body() == null || !reply.body().hasNonNull("access_token")) {
            throw new IllegalStateException("Keycloak gave no token for " + user + ": " + abbreviate(reply.text()));
        }
        return new Token(reply.body().get("access_token").asText(), System.nanoTime());
    }

    Reply get(String user, String url) {
        return send("GET", url, headers(user, null, null), null);
    }

    /**
     * A timed read whose body is received whole but not decoded or parsed (a problem's text is kept): the harness
     * shares the cores with the services, and parsing a large comparison on every read would take CPU from them.
     */
    Reply read(String user, String url) {
        Map<String, String> headers = headers(user, null, null);
        long start = System.nanoTime();
        Wire.Response response = exchange("GET", url, headers, null);
        long nanos = System.nanoTime() - start;
        String problem = response.status() >= 400 ? new String(response.body(), StandardCharsets.UTF_8) : null;
        return new Reply(response.status(), response.header("ETag"), null, problem, nanos);
    }

    /**
     * A timed GET of a portal page as a signed-in browser sends it (its session cookies, HTML accepted): the body is
     * received whole but not kept; a redirect's target is kept in the text (a redirect to sign in means the session
     * was lost), as is a problem's body.
     */
    Reply page(String cookies, String url) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "text/html");
        headers.put("Cookie", cookies);
        long start = System.nanoTime();
        Wire.Response response = exchange("GET", url, headers, null);
        long nanos = System.nanoTime() - start;
        String text = response.status() / 100 == 3 ? "redirected to " + response.header("Location")
                : response.status() >= 400 ? new String(response.body(), StandardCharsets.UTF_8) : null;
        return new Reply(response.status(), null, null, text, nanos);
    }

    /**
     * A timed GET as a visitor who has not signed in (no token, no cookie, any type accepted): the body is received
     * whole but not kept; a problem's or redirect's text is kept.
     */
    Reply visit(String url) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "text/html, application/pdf, */*");
        long start = System.nanoTime();
        Wire.Response response = exchange("GET", url, headers, null);
        long nanos = System.nanoTime() - start;
        String text = response.status() / 100 == 3 ? "redirected to " + response.header("Location")
                : response.status() >= 400 ? new String(response.body(), StandardCharsets.UTF_8) : null;
        return new Reply(response.status(), null, null, text, nanos);
    }

    /** A file as a user downloads it: its type, its bytes and how long it took to the last byte. */
    record Download(int status, String contentType, byte[] body, long nanos) {
    }

    Download download(String user, String url) {
        Map<String, String> headers = headers(user, null, null);
        headers.put("Accept", "*/*");
        long start = System.nanoTime();
        Wire.Response response = exchange("GET", url, headers, null);
        return new Download(response.status(), response.header("Content-Type"), response.body(),
                System.nanoTime() - start);
    }

    /** A timed POST of a body of any type (a multipart upload), its reply's text kept. */
    Download upload(String user, String url, String contentType, byte[] body) {
        Map<String, String> headers = headers(user, contentType, null);
        long start = System.nanoTime();
        Wire.Response response = exchange("POST", url, headers, body);
        return new Download(response.status(), response.header("Content-Type"), response.body(),
                System.nanoTime() - start);
    }

    Reply post(String user, String url, Object body) {
        return send("POST", url, headers(user, "application/json", null), json(body));
    }

    Reply post(String user, String url, String ifMatch, Object body) {
        return send("POST", url, headers(user, "application/json", ifMatch), json(body));
    }

    /** A POST with no body (a step such as an agreement), at the version read. */
    Reply step(String user, String url, String ifMatch) {
        return send("POST", url, headers(user, null, ifMatch), null);
    }

    Reply delete(String user, String url) {
        return send("DELETE", url, headers(user, null, null), null);
    }

    Reply put(String user, String url, String ifMatch, Object body) {
        return send("PUT", url, headers(user, "application/json", ifMatch), json(body));
    }

    /**
     * Closes every kept-alive connection, so that a scenario's hundreds of editors leave none open to the services
     * after it; a thread that calls again opens a new one. Only when no request is in flight.
     */
    void close() {
        wire.closeAll();
    }

    private Map<String, String> headers(String user, String contentType, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json, application/problem+json");
        if (user != null) {
            headers.put("Authorization", "Bearer " + token(user));
        }
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return headers;
    }

    private Reply send(String method, String url, Map<String, String> headers, String body) {
        byte[] bytes = body == null ? null : body.getBytes(StandardCharsets.UTF_8);
        long start = System.nanoTime();
        Wire.Response response = exchange(method, url, headers, bytes);
        long nanos = System.nanoTime() - start;
        String text = new String(response.body(), StandardCharsets.UTF_8);
        JsonNode parsed = null;
        if (!text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
            try {
                parsed = JSON.readTree(text);
            } catch (IOException notJson) {
                parsed = null;
            }
        }
        return new Reply(response.status(), response.header("ETag"), parsed, text, nanos);
    }

    private Wire.Response exchange(String method, String url, Map<String, String> headers, byte[] body) {
        try {
            return wire.exchange(method, URI.create(url), headers, body);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        }
    }

    static String json(Object body) {
        if (body == null) {
            return "";
        }
        if (body instanceof String text) {
            return text;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo login of a council: its name in lower case with spaces as hyphens. */
    static String loginOf(String councilName) {
        return councilName.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
