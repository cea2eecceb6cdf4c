package scot.quads.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.notification.Audience;
import scot.quads.notification.Recipient;
import scot.quads.notification.service.InboxService;
import scot.quads.support.security.Caller;

/** The signed-in user's inbox: what their council or ADES was told. Nobody reaches another audience's notices. */
@Path("/notifications")
@Authenticated
public class NotificationResource {

    private final InboxService inbox;
    private final Caller caller;
    private final JsonWebToken token;

    public NotificationResource(InboxService inbox, Caller caller, JsonWebToken token) {
        this.inbox = inbox;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(summary = "My notifications, newest first, with how many I have not read")
    public InboxRepresentation list(@QueryParam("unreadOnly") @DefaultValue("false") boolean unreadOnly,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        return InboxRepresentation.of(inbox.inbox(recipient(), unreadOnly, limit));
    }

    @POST
    @Path("/{id}/read")
    @Operation(summary = "Mark one of my notifications read (for me only)")
    public void markRead(@PathParam("id") String id) {
        inbox.markRead(recipient(), id);
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Mark all my notifications read (for me only)")
    public void markAllRead() {
        inbox.markAllRead(recipient());
    }

    /** Read state follows the token's subject, which stays the same when a user name changes. */
    private Recipient recipient() {
        List<Audience> audiences = new ArrayList<>(2);
        caller.council().filter(code -> !code.isBlank()).map(Audience::council).ifPresent(audiences::add);
        if (caller.isAdes()) {
            audiences.add(Audience.ADES);
        }
        String subject = token.getSubject();
        return new Recipient(subject != null ? subject : caller.username(), audiences);
    }
}
