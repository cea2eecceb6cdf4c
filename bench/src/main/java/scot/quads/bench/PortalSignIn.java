package scot.quads.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a demo user in to the portal as a browser does: the portal sends it to Keycloak (authorization code flow
 * with PKCE), Keycloak's login form is filled in and posted, Keycloak sends it back to the portal with a code, the
 * portal exchanges it and sets its session cookies, and sends it on to the page first asked for. Only the sign-in
 * goes through {@code java.net.http} (its cookie manager keeps Keycloak's and the portal's cookies apart); the pages
 * are then read through the harness's own client with the portal's cookies ({@link Api#page}).
 */
final class PortalSignIn {

    private static final Pattern FORM_ACTION = Pattern.compile(
            "<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"|<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");
    private static final int MAX_HOPS = 12;

    /** A signed-in session: the Cookie header the portal expects, and how long signing in took. */
    record Session(String login, String cookies, long nanos) {
    }

    private PortalSignIn() {
    }

    /**
     * Signs {@code login} (password "demo") in, starting from {@code page} of the portal at {@code portal}; the
     * session's cookies once the portal has served that page.
     */
    static Session signIn(String portal, String page, String login) throws IOException, InterruptedException {
        CookieManager cookies = new LoopbackCookies();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        long start = System.nanoTime();
        URI portalUri = URI.create(portal);
        HttpResponse<String> response = client.send(get(URI.create(portal + page)), HttpResponse.BodyHandlers.ofString());
        boolean posted = false;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            URI at = response.uri();
            int status = response.statusCode();
            if (status / 100 == 3) {
                String location = response.headers().firstValue("Location").orElseThrow(
                        () -> new IOException(status + " without a Location from " + at));
                response = client.send(get(at.resolve(location)), HttpResponse.BodyHandlers.ofString());
                continue;
            }
            if (status == 200 && sameOrigin(at, portalUri)) {
                String header = cookieHeader(cookies.getCookieStore().get(portalUri));
                if (header.isEmpty()) {
                    throw new IOException("the portal served " + at + " to " + login + " but set no session cookie");
                }
                return new Session(login, header, System.nanoTime() - start);
            }
            String action = status == 200 ? formAction(response.body()) : null;
            if (action == null || posted) {
                throw new IOException("signing " + login + " in stopped at " + at + ": HTTP " + status
                        + (posted ? " after the credentials were posted (refused?)" : "") + ": "
                        + Api.abbreviate(response.body()));
            }
            String form = form(Map.of("username", login, "password", "demo", "credentialId", ""));
            response = client.send(HttpRequest.newBuilder(at.resolve(action)).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            posted = true;
        }
        throw new IOException("signing " + login + " in took more than " + MAX_HOPS + " redirects");
    }

    /** The login form's target in Keycloak's page (HTML-escaped ampersands undone), or null when there is none. */
    static String formAction(String html) {
        Matcher m = FORM_ACTION.matcher(html == null ? "" : html);
        if (!m.find()) {
            return null;
        }
        String action = m.group(1) != null ? m.group(1) : m.group(2);
        return action.replace("&amp;", "&");
    }

    /** The cookies as a Cookie header, in the order given. */
    static String cookieHeader(List<HttpCookie> cookies) {
        return cookies.stream().map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /**
     * A cookie jar that treats loopback as browsers do, as a secure context: Keycloak marks its sign-in cookies
     * Secure (SameSite=None), and a browser sends them back to http://localhost, where {@link CookieManager} alone
     * would keep them for https.
     */
    static final class LoopbackCookies extends CookieManager {
        LoopbackCookies() {
            super(null, CookiePolicy.ACCEPT_ALL);
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return super.get(loopback(uri) ? secure(uri) : uri, headers);
        }

        static boolean loopback(URI uri) {
            String host = uri.getHost();
            return "localhost".equalsIgnoreCase(host) || "127.0.0.1".equals(host) || "[::1]".equals(host);
        }

        private static URI secure(URI uri) {
            try {
                return new URI("https", uri.getRawUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(),
                        uri.getQuery(), null);
            } catch (java.net.URISyntaxException e) {
                return uri;
            }
        }
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equals(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && a.getPort() == b.getPort();
    }

    private static HttpRequest get(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Accept", "text/html").GET().build();
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
