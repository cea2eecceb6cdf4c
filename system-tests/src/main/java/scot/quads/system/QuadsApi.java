package scot.quads.system;

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
 * Talks to the running platform as its users do: real tokens from Keycloak (the local realm's {@code quads-cli}
 * client, demo password) and plain HTTP to each service's published port.
 */
public final class QuadsApi {

    public static final String AUTHORITY = "http://127.0.0.1:8081";
    public static final String RUBRIC = "http://127.0.0.1:8082";
    public static final String QUAD = "http://127.0.0.1:8083";
    public static final String NOTIFICATION = "http://127.0.0.1:8084";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloak;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    public QuadsApi() {
        this(System.getenv().getOrDefault("KEYCLOAK_URL", "http://localhost:8180"));
    }

    public QuadsApi(String keycloak) {
        this.keycloak = keycloak;
    }

    /** A response: its status, its ETag if any, and its body as JSON (null when empty or not JSON). */
    public record Reply(int status, String etag, String contentType, JsonNode body, String text) {
        public Reply expect(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + ": expected HTTP " + expected + " but got " + status + ": " + text);
            }
            return this;
        }
    }

    /** An access token for a demo user (password {@code demo}), fetched once and reused. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, user -> {
            String form = "grant_type=password&client_id=quads-cli&username=" + encode(user) + "&password=demo";
            HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak + "/realms/quads/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form))
                    .timeout(Duration.ofSeconds(30))
                    .build();
            Reply reply = send(request);
            if (reply.status() != 200 || reply.body() == null || !reply.body().hasNonNull("access_token")) {
                throw new IllegalStateException("Keycloak gave no token for " + user + ": " + reply.text());
            }
            return reply.body().get("access_token").asText();
        });
    }

    public Reply get(String user, String url) {
        return send(request(user, url).GET().build());
    }

    public Reply post(String user, String url, Object body) {
        return send(request(user, url).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Reply post(String user, String url, String ifMatch, Object body) {
        HttpRequest.Builder request = request(user, url).header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Reply put(String user, String url, String ifMatch, Object body) {
        HttpRequest.Builder request = request(user, url).header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.PUT(HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    public Reply patch(String user, String url, String ifMatch, Object body) {
        HttpRequest.Builder request = request(user, url).header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request.method("PATCH", HttpRequest.BodyPublishers.ofString(json(body))).build());
    }

    /** A download (an export): its status, content type and raw bytes. */
    public record Download(int status, String contentType, byte[] bytes) {
    }

    public Download download(String user, String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token(user)).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("GET " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private HttpRequest.Builder request(String user, String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        return request;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = null;
            if (text != null && !text.isBlank()) {
                try {
                    body = JSON.readTree(text);
                } catch (IOException notJson) {
                    body = null;
                }
            }
            return new Reply(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""), body, text);
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public static String json(Object body) {
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

    public static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The demo login of a council: its name in lower case with spaces as hyphens. */
    public static String loginOf(String councilName) {
        return councilName.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
