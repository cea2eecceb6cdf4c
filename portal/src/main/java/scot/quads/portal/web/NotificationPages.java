package scot.quads.portal.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.NotificationApi;
import scot.quads.portal.client.NotificationApi.Inbox;
import scot.quads.portal.client.ServiceProblem;

/**
 * The signed-in user's notifications: the inbox page, mark as read (forms, so they work without JavaScript), and
 * for the header's count a JSON summary that the page script polls (the browser does not hold the user's token).
 *
 * <p>There is deliberately no event stream here. A stream per page held one of the browser's six HTTP/1.1
 * connections per host for as long as it stayed open, including after the page was left, and quick navigation
 * then waited about a minute for a free connection (issue 30). A short poll holds none; see notifications.js.
 */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Inbox inbox, String marked);
    }

    /** What the page script needs to redraw the count and the list. */
    public record Summary(long unreadCount, List<Item> items) {
    }

    public record Item(UUID id, String title, String body, String when, boolean read, String link,
            String linkText) {
    }

    private final NotificationApi notifications;
    private final CurrentUser user;
    private final UnreadCounts unreadCounts;

    public NotificationPages(@RestClient NotificationApi notifications, CurrentUser user, UnreadCounts unreadCounts) {
        this.notifications = notifications;
        this.user = user;
        this.unreadCounts = unreadCounts;
    }

    /** A notice's link as a path on this site (what {@link NoticeLinks} answers); null for none or another site's. */
    static String localLink(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            return null;
        }
        return link;
    }

    @GET
    public String inbox(@QueryParam("marked") String marked) {
        refuseGuests(user);
        String message = marked == null ? null : "all".equals(marked) ? "All notifications are marked as read"
                : "The notification is marked as read";
        Inbox inbox = notifications.inbox();
        unreadCounts.remember(user.getUsername(), inbox.unreadCount());
        return Templates.inbox(inbox, message).render();
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    public Summary summary(@QueryParam("limit") Integer limit) {
        int size = limit == null || limit < 1 || limit > 200 ? 50 : limit;
        Inbox inbox = notifications.inbox(size);
        unreadCounts.remember(user.getUsername(), inbox.unreadCount());
        return new Summary(inbox.unreadCount(), inbox.items().stream()
                .map(n -> new Item(n.id(), n.title(), Labels.prose(n.body()), Labels.dateTime(n.createdAt()), n.read(),
                        localLink(n.link()), NoticeLinks.linkText(localLink(n.link()), user.isAdes())))
                .toList());
    }

    /** An invited guest has no inbox here: their invitation comes by email, their sessions are under /guest. */
    static void refuseGuests(CurrentUser user) {
        if (user.isGuest()) {
            throw new ServiceProblem(403, "Forbidden", "Invited guests have no notifications here: your invitations"
                    + " come by email, and your sessions are under Your sessions.", null, null);
        }
    }

    /** Marks one read and goes back to the page the form was on (this site's pages only). */
    @POST
    @Path("/{id}/read")
    public Response read(@PathParam("id") UUID id, @HeaderParam("Referer") String referer) {
        notifications.markRead(id);
        unreadCounts.forget(user.getUsername());
        return Response.seeOther(URI.create(backTo(referer, "/notifications?marked=one"))).build();
    }

    @POST
    @Path("/read-all")
    public Response readAll() {
        notifications.markAllRead();
        unreadCounts.forget(user.getUsername());
        return Response.seeOther(URI.create("/notifications?marked=all")).build();
    }

    /** The path and query of a same-site referer; anything else (none, another site) goes to the fallback. */
    static String backTo(String referer, String fallback) {
        if (referer == null || referer.isBlank()) {
            return fallback;
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")
                    || path.startsWith("/notifications/")) {
                return fallback;
            }
            String local = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
            return "/notifications".equals(path) ? fallback : local;
        } catch (IllegalArgumentException unreadable) {
            return fallback;
        }
    }
}
