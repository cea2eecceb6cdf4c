package scot.quads.portal.web;

import io.quarkus.logging.Log;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.NotificationApi;

/**
 * The unread count in every page's header ({@code inject:unreadNotifications.count}): asked of
 * notification-service once per page, and left out (null) rather than failing the page when it cannot answer; never
 * asked for an invited guest, whose header has no notifications.
 */
@RequestScoped
@Named("unreadNotifications")
public class UnreadNotifications {

    private final NotificationApi notifications;
    private final CurrentUser user;
    private Long count;
    private boolean asked;

    public UnreadNotifications(@RestClient NotificationApi notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
    }

    public Long getCount() {
        if (!asked) {
            asked = true;
            if (user.isSignedIn() && !user.isGuest()) {
                try {
                    count = notifications.inbox(1).unreadCount();
                } catch (RuntimeException unavailable) {
                    Log.debugf("No unread count for the header: %s", unavailable.getMessage());
                }
            }
        }
        return count;
    }
}
