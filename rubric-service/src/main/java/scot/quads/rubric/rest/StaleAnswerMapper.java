package scot.quads.rubric.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import scot.quads.rubric.service.StaleAnswerException;
import scot.quads.support.problem.Problem;
import scot.quads.support.rest.ETags;

/**
 * A stale save is a 412 whose {@code current} member is the answer as it now stands, so that nobody overwrites a
 * colleague's answer unseen.
 */
public class StaleAnswerMapper {

    @ServerExceptionMapper
    public Response stale(StaleAnswerException e, UriInfo uri) {
        Problem problem = new Problem(null, "Precondition failed", 412, e.getMessage(),
                "/" + uri.getPath().replaceFirst("^/", ""), null,
                Map.of("current", AnswerRepresentation.of(e.current())));
        return Response.status(412).type(Problem.MEDIA_TYPE).entity(problem)
                .tag(ETags.of(e.current().version)).build();
    }
}
