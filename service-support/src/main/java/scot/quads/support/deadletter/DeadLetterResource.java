package scot.quads.support.deadletter;

import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.apache.kafka.common.KafkaException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.support.problem.Problem;
import scot.quads.support.security.Roles;

/**
 * {@code POST /dead-letters/replay} (ADES only), on every service that consumes events: puts back on their topics the
 * events this service dead-lettered since the last replay, and lists them. Run it once the cause is fixed (a release
 * that reads the event, data the event needed); see docs/operations.md.
 */
@Path("/dead-letters")
public class DeadLetterResource {

    /** What a replay did: the dead-letter topics read, and each record put back. */
    public record ReplayReport(List<String> deadLetterTopics, int replayed, List<DeadLetterReplay.Replayed> events) {
    }

    private final DeadLetterReplay replay;

    public DeadLetterResource(DeadLetterReplay replay) {
        this.replay = replay;
    }

    @POST
    @Path("/replay")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Put the events this service dead-lettered since the last replay back on their topics (ADES)",
            description = "Once their cause is fixed; each event is then applied once (the inbox drops what it has "
                    + "already applied). 503 with Retry-After when Kafka does not answer.")
    @APIResponse(responseCode = "200", description = "What was replayed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplayReport.class)))
    public Response replay(@Context UriInfo uri) {
        try {
            List<DeadLetterReplay.Replayed> events = replay.replay();
            return Response.ok(new ReplayReport(replay.topics(), events.size(), events)).build();
        } catch (KafkaException | IllegalStateException e) {
            Log.warnf("Dead-letter replay stopped: %s", e.getMessage());
            return Response.status(503)
                    .header(HttpHeaders.RETRY_AFTER, "30")
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem(null, "Service unavailable", 503,
                            "Kafka did not answer, so the replay stopped; what was replayed before stays replayed and "
                                    + "is not replayed again. Try again once Kafka is back.",
                            "/" + uri.getPath().replaceFirst("^/", ""), null, null))
                    .build();
        }
    }
}
