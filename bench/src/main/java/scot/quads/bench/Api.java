package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The platform as its users reach it: real tokens from the local Keycloak ({@code quads-cli}, demo password) and
 * plain HTTP/1.1 on loopback. Every call reports how long it took, so scenarios record exactly what a user waits for.
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

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
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
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/quads/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).timeout(Duration.ofSeconds(60)).build();
        Reply reply = send(request);
        if (reply.status() != 200 || reply.body() == null || !reply.body().hasNonNull("access_token")) {
            throw new IllegalStateException("Keycloak gave no token for " + user + ": " + abbreviate(reply.text()));
        }
        return new Token(reply.body().get("access_token").asText(), System.nanoTime());
    }

    Reply get(String user, String url) {
        return send(request(user, url).GET().build());
    }

    /**
     * A timed read whose body is received whole but not decoded or parsed (a problem's text is kept): the harness
     * shares the cores with the services, and parsing a large comparison on every read would take CPU from them.
     */
    Reply read(String user, String url) {
        HttpRequest request = request(user, url).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            String problem = response.statusCode() >= 400 ? new String(response.body(), StandardCharsets.UTF_8) : null;
            return new Reply(response.statusCode(), response.headers().firstValue("ETag").orElse(null), null, problem,
                    nanos);
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    Reply post(String user, String url, Object body) {
        return send(request(user, url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    Reply post(String user, String url, String ifMatch, Object body) {
        HttpRequest.Builder request = request(user, url).header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    Reply put(String user, String url, String ifMatch, Object body) {
        HttpRequest.Builder request = request(user, url).header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.PUT(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    private HttpRequest.Builder request(String user, String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return request;
    }

    private Reply send(HttpRequest request) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long nanos = System.nanoTime() - start;
            String text = response.body();
            JsonNode body = null;
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                try {
                    body = JSON.readTree(text);
                } catch (IOException notJson) {
                    body = null;
                }
            }
            return new Reply(response.statusCode(), response.headers().firstValue("ETag").orElse(null), body, text,
                    nanos);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
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
