package scot.quads.notification.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestStreamElementType;
import scot.quads.notification.Audience;
import scot.quads.notification.Recipient;
import scot.quads.notification.service.InboxService;
import scot.quads.notification.service.NotificationBroadcaster;
import scot.quads.support.security.Caller;

/**
 * The signed-in user's inbox and live stream: what their council or ADES was told, and what was addressed to them
 * personally. Nobody reaches another audience's notices.
 */
@Path("/notifications")
@Authenticated
public class NotificationResource {

    private final InboxService inbox;
    private final NotificationBroadcaster broadcaster;
    private final Caller caller;
    private final JsonWebToken token;

    public NotificationResource(InboxService inbox, NotificationBroadcaster broadcaster, Caller caller,
            JsonWebToken token) {
        this.inbox = inbox;
        this.broadcaster = broadcaster;
        this.caller = caller;
        this.token = token;
    }

    // Taken as text: a value JAX-RS cannot convert would otherwise be a bare 404 instead of a 400 naming it.
    @GET
    @Operation(summary = "My notifications, newest first, with how many I have not read")
    public InboxRepresentation list(
            @QueryParam("unreadOnly") @DefaultValue("false")
            @Pattern(regexp = "[Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]", message = "must be true or false") String unreadOnly,
            @QueryParam("limit") @DefaultValue("50")
            @Pattern(regexp = "[1-9][0-9]?|1[0-9][0-9]|200", message = "must be a whole number from 1 to 200")
            String limit) {
        return InboxRepresentation.of(inbox.inbox(recipient(), Boolean.parseBoolean(unreadOnly),
                Integer.parseInt(limit)));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "My new notifications as they happen (Server-Sent Events, one JSON notification each)")
    public Multi<NotificationRepresentation> stream() {
        List<String> audiences = recipient().audienceKeys();
        return broadcaster.stream(audiences).map(created -> new NotificationRepresentation(created.id(),
                created.type(), created.title(), created.body(), created.link(), created.createdAt(), false));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of my notifications read (for me only)")
    @APIResponse(responseCode = "204", description = "Marked read (or it already was); no body")
    public void markRead(@PathParam("id") String id) {
        inbox.markRead(recipient(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all my notifications read (for me only)")
    @APIResponse(responseCode = "204", description = "Every one of my notifications is read; no body")
    public void markAllRead() {
        inbox.markAllRead(recipient());
    }

    /** Read state follows the token's subject, which stays the same when a user name changes. */
    private Recipient recipient() {
        List<Audience> audiences = new ArrayList<>(4);
        caller.council().filter(code -> !code.isBlank()).map(Audience::council).ifPresent(audiences::add);
        if (caller.isAdes()) {
            audiences.add(Audience.ADES);
        }
        String username = caller.username();
        if (username != null && !username.isBlank()) {
            audiences.add(Audience.user(username));
        }
        Object email = token.getClaim("email");
        Object verified = token.getClaim("email_verified");
        if (email != null && !email.toString().isBlank() && "true".equals(String.valueOf(verified).replace("\"", ""))) {
            // A council's named contact is told by address: what Keycloak verified is theirs.
            audiences.add(Audience.email(email.toString().replace("\"", "")));
        }
        String subject = token.getSubject();
        return new Recipient(subject != null ? subject : caller.username(), audiences);
    }
}
