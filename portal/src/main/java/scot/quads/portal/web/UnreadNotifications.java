package scot.quads.portal.web;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import scot.quads.portal.client.NotificationApi;

/**
 * The unread count in every page's header ({@code inject:unreadNotifications.count}): asked of
 * notification-service once per page, and left out (null) rather than failing the page when it cannot answer; never
 * asked for an invited guest, whose header has no notifications. For a page a browser asks for, the question is sent
 * as the request arrives ({@link Prefetch}), so that it is answered while the page reads its own data rather than
 * after, when the header is written: one call fewer waited for in turn on every page. A count given less than a few
 * seconds ago is not asked again ({@link UnreadCounts}).
 */
@RequestScoped
@Named("unreadNotifications")
public class UnreadNotifications {

    private final NotificationApi notifications;
    private final CurrentUser user;
    private final ManagedExecutor executor;
    private final UnreadCounts kept;
    private CompletableFuture<Long> asking;
    private Long count;
    private boolean asked;

    public UnreadNotifications(@RestClient NotificationApi notifications, CurrentUser user, ManagedExecutor executor,
            UnreadCounts kept) {
        this.notifications = notifications;
        this.user = user;
        this.executor = executor;
        this.kept = kept;
    }

    public Long getCount() {
        if (!asked) {
            asked = true;
            if (asking != null) {
                count = asking.join();
            } else if (wanted()) {
                String name = user.getUsername();
                Long known = kept.kept(name);
                count = known != null ? known : ask(name);
            }
        }
        return count;
    }

    /** Sends the question now, to be answered by the time the header is written. */
    void askAhead() {
        if (asking == null && !asked && wanted()) {
            String name = user.getUsername();
            if (kept.kept(name) == null) {
                asking = executor.supplyAsync(() -> ask(name));
            }
        }
    }

    private boolean wanted() {
        return user.isSignedIn() && !user.isGuest();
    }

    private Long ask(String name) {
        try {
            long unread = notifications.inbox(1).unreadCount();
            kept.remember(name, unread);
            return unread;
        } catch (RuntimeException unavailable) {
            Log.debugf("No unread count for the header: %s", unavailable.getMessage());
            return null;
        }
    }

    /** Asks ahead for a page: a GET whose client accepts HTML (a browser's navigation). */
    public static class Prefetch {

        @Inject
        UnreadNotifications unread;

        @ServerRequestFilter
        public void askAhead(ContainerRequestContext request) {
            String accept = request.getHeaderString("Accept");
            if (HttpMethod.GET.equals(request.getMethod()) && accept != null
                    && accept.contains(MediaType.TEXT_HTML)) {
                unread.askAhead();
            }
        }
    }
}
