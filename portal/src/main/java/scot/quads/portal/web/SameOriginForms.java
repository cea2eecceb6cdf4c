package scot.quads.portal.web;

import io.quarkus.logging.Log;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Cross-site request forgery defence: a form may only be sent to the portal from the portal's own pages.
 *
 * <p>The CSRF extensions are not in our Maven mirror, and a token in every form would be one more thing each page
 * can forget. Browsers say where a request comes from instead: {@code Sec-Fetch-Site} (every current browser)
 * and {@code Origin} (sent with every POST). A state-changing request that a browser marks as coming from another
 * site or origin is refused before it reaches sign-in or any page. Requests with neither header come from
 * programs, not browsers, and carry no one's session cookie by accident. Session cookies are also SameSite=Lax.
 */
@ApplicationScoped
public class SameOriginForms {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    static final String REFUSED = "/form-refused";
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (SAFE.contains(request.method()) || fromOwnPages(request)) {
            context.next();
            return;
        }
        Log.infof("Refused a %s to %s sent from another site (Origin %s, Sec-Fetch-Site %s)", request.method(),
                request.path(), request.getHeader("Origin"), request.getHeader("Sec-Fetch-Site"));
        context.reroute(HttpMethod.GET, REFUSED);
    }

    /** Where a refused form ends: the page explaining it, drawn like every other page (403). */
    @Path(REFUSED)
    public static class RefusedPage {

        @GET
        @Produces(MediaType.TEXT_HTML)
        public Response refused() {
            return ErrorPages.page(403, "This form came from another website",
                    "For your safety, Quads only accepts forms sent from its own pages. Go back to Quads and try again.");
        }
    }

    static boolean fromOwnPages(HttpServerRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return OWN_SITE.contains(site.toLowerCase(Locale.ROOT));
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String authority = authorityOf(origin);
        return authority != null && (authority.equalsIgnoreCase(request.getHeader("Host"))
                || authority.equalsIgnoreCase(request.getHeader("X-Forwarded-Host")));
    }

    /** host[:port] of an Origin header as the browser sent it, or null for "null" and anything unreadable. */
    static String authorityOf(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            return uri.getHost() == null ? null : uri.getRawAuthority();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
