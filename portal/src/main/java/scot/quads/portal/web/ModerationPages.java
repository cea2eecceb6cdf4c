package scot.quads.portal.web;

import java.util.List;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Moderation;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.ServiceProblem;

/**
 * Moderation, for ADES, ADES officers and link inspectors: per rubric item, every quad's revealed levels beside the
 * national distribution, where a quad's grading stands apart, and the flags of every quad's comparison.
 */
@Path("/moderation")
@Produces(MediaType.TEXT_HTML)
public class ModerationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance moderation(Cycle cycle, Moderation moderation, List<Cycle> cycles);
    }

    private final QuadApi quads;
    private final RubricApi rubric;
    private final CurrentUser user;

    public ModerationPages(@RestClient QuadApi quads, @RestClient RubricApi rubric, CurrentUser user) {
        this.quads = quads;
        this.rubric = rubric;
        this.user = user;
    }

    @GET
    public String moderation(@QueryParam("cycle") UUID cycleId) {
        if (!user.isAdes() && !user.isAssignedReader()) {
            throw new ServiceProblem(403, "Forbidden", "Moderation is for ADES, ADES officers and link inspectors.",
                    null, null);
        }
        List<Cycle> cycles = rubric.cycles();
        Cycle cycle = cycleId != null
                ? cycles.stream().filter(c -> c.id().equals(cycleId)).findFirst().orElse(null)
                : Cycles.current(cycles).orElse(null);
        if (cycle == null) {
            return Templates.moderation(null, null, cycles).render();
        }
        return Templates.moderation(cycle, quads.moderation(cycle.id()), cycles).render();
    }
}
