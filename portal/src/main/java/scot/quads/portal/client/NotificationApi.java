package scot.quads.portal.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.smallrye.mutiny.Multi;


/** notification-service as the portal uses it: the signed-in user's inbox. */
@RegisterRestClient(configKey = "notification")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface NotificationApi {

    @GET
    @Path("/notifications")
    Inbox inbox();

    @GET
    @Path("/notifications")
    Inbox inbox(@QueryParam("limit") int limit);

    /**
     * The user's new notifications as they happen (Server-Sent Events), relayed to the browser by the portal. The
     * shared read timeout ends a quiet stream after some seconds; the browser's EventSource then reconnects and
     * the page redraws from the inbox, so nothing is missed.
     */
    @GET
    @Path("/notifications/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    Multi<Notification> stream();

    @POST
    @Path("/notifications/{id}/read")
    void markRead(@PathParam("id") UUID id);

    @POST
    @Path("/notifications/read-all")
    void markAllRead();

    record Inbox(long unreadCount, List<Notification> items) {
    }

    record Notification(UUID id, String type, String title, String body, String link, OffsetDateTime createdAt,
            boolean read) {
    }
}
