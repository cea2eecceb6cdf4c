package scot.quads.notification.rest;

import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.notification.service.DeliveryService;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;

/** Lets ADES see which mails could not be sent (and any other state), newest first. */
@Path("/deliveries")
@Authenticated
public class DeliveryResource {

    private final DeliveryService deliveries;
    private final Caller caller;

    public DeliveryResource(DeliveryService deliveries, Caller caller) {
        this.deliveries = deliveries;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Mails in one state, newest first (ADES only)")
    public List<DeliveryRepresentation> list(
            @QueryParam("status") @DefaultValue("failed")
            @Pattern(regexp = "pending|sent|failed", message = "must be pending, sent or failed") String status,
            @QueryParam("limit") @DefaultValue("100")
            @Pattern(regexp = "[1-9][0-9]{0,2}|1000", message = "must be a whole number from 1 to 1000")
            String limit) {
        if (!caller.isAdes()) {
            throw ProblemException.forbidden("Only ADES can see mail deliveries");
        }
        return deliveries.list(status, Integer.parseInt(limit)).stream().map(DeliveryRepresentation::of).toList();
    }
}
