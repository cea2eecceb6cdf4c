package scot.quads.portal.web;

import java.net.URI;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.NotificationApi;
import scot.quads.portal.client.NotificationApi.Inbox;

/** The signed-in user's notifications, newest first, with the unread count. */
@Path("/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance inbox(Inbox inbox);
    }

    private final NotificationApi notifications;

    public NotificationPages(@RestClient NotificationApi notifications) {
        this.notifications = notifications;
    }

    @GET
    public String inbox() {
        return Templates.inbox(notifications.inbox()).render();
    }

    @POST
    @Path("/read-all")
    public Response readAll() {
        notifications.markAllRead();
        return Response.seeOther(URI.create("/notifications")).build();
    }
}
