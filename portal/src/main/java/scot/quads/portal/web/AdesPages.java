package scot.quads.portal.web;

import java.util.List;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Quad;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.CouncilProgress;
import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.RubricApi.Framework;
import scot.quads.portal.client.ServiceProblem;

/** ADES's pages: the cycles with each council's progress, the rubric frameworks, a cycle's quads. */
@Path("/ades")
@Produces(MediaType.TEXT_HTML)
public class AdesPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(List<Cycle> cycles, Cycle current, List<CouncilProgress> progress,
                long submitted);

        static native TemplateInstance frameworks(List<Framework> frameworks);

        static native TemplateInstance quads(Cycle cycle, List<Quad> quads);
    }

    private final RubricApi rubric;
    private final QuadApi quadApi;
    private final CurrentUser user;

    public AdesPages(@RestClient RubricApi rubric, @RestClient QuadApi quadApi, CurrentUser user) {
        this.rubric = rubric;
        this.quadApi = quadApi;
        this.user = user;
    }

    @GET
    public String overview() {
        requireAdes();
        List<Cycle> cycles = rubric.cycles();
        Cycle current = Cycles.current(cycles).orElse(null);
        List<CouncilProgress> progress = current == null ? List.of() : rubric.progress(current.id());
        long submitted = progress.stream().filter(p -> "submitted".equals(p.state())).count();
        return Templates.overview(cycles, current, progress, submitted).render();
    }

    @GET
    @Path("/frameworks")
    public String frameworks() {
        requireAdes();
        return Templates.frameworks(rubric.frameworks()).render();
    }

    @GET
    @Path("/cycles/{cycleId}/quads")
    public String quads(@PathParam("cycleId") UUID cycleId) {
        requireAdes();
        return Templates.quads(rubric.cycle(cycleId), quadApi.quads(cycleId)).render();
    }

    private void requireAdes() {
        if (!user.isAdes()) {
            throw new ServiceProblem(403, "Forbidden", "These pages are for ADES officers.", null, null);
        }
    }
}
