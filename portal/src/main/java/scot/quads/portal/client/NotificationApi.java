package scot.quads.portal.client;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

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

    @POST
    @Path("/notifications/{id}/read")
    void markRead(@PathParam("id") UUID id);

    @POST
    @Path("/notifications/read-all")
    void markAllRead();

    /** The user's email choice per notification type: on, off or digest (the in-app inbox is always on). */
    @GET
    @Path("/preferences")
    Preferences preferences();

    /** Sets the given types' modes; the others stay as they are. */
    @PUT
    @Path("/preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    Preferences updatePreferences(PreferencesUpdate update);

    record Preferences(String user, Map<String, String> email, String inApp) {
    }

    record PreferencesUpdate(Map<String, String> email) {
    }

    record Inbox(long unreadCount, List<Notification> items) {
    }

    record Notification(UUID id, String type, String title, String body, String link, OffsetDateTime createdAt,
            boolean read) {
    }
}
