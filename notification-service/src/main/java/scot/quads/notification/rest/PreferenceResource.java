package scot.quads.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.notification.service.EmailRecipients;
import scot.quads.notification.service.PreferenceService;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;

/**
 * The signed-in user's email preferences, keyed by their address (the token's {@code email}, else their user
 * name) so that they match the council contacts that mails go to; and, for ADES, who opted out of what.
 */
@Path("/preferences")
@Authenticated
public class PreferenceResource {

    private final PreferenceService preferences;
    private final Caller caller;
    private final JsonWebToken token;

    public PreferenceResource(PreferenceService preferences, Caller caller, JsonWebToken token) {
        this.preferences = preferences;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @Operation(summary = "My email preferences per notification type (in-app is always on)")
    public PreferencesRepresentation get() {
        String user = user();
        return PreferencesRepresentation.of(user, preferences.effective(user));
    }

    @PUT
    @Operation(summary = "Set my email preference (on, off or digest) for some notification types")
    public PreferencesRepresentation update(@Valid @NotNull PreferencesUpdate update) {
        String user = user();
        return PreferencesRepresentation.of(user, preferences.update(user, update.email()));
    }

    @GET
    @Path("/opt-outs")
    @Operation(summary = "Who chose email off or a digest, for which type (ADES only)")
    public List<OptOutRepresentation> optOuts() {
        if (!caller.isAdes()) {
            throw ProblemException.forbidden("Only ADES can see who opted out");
        }
        return preferences.optOuts().stream().map(OptOutRepresentation::of).toList();
    }

    private String user() {
        Object email = token.getClaim("email");
        String address = email == null ? "" : email.toString().replace("\"", "").trim();
        return EmailRecipients.normalise(address.isEmpty() ? caller.username() : address);
    }
}
