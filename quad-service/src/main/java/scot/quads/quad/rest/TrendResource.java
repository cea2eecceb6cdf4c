package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.quad.trend.Trend;
import scot.quads.quad.trend.TrendService;
import scot.quads.support.security.Roles;

@Path("/councils/{code}/trend")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
public class TrendResource {

    private final TrendService trends;

    public TrendResource(TrendService trends) {
        this.trends = trends;
    }

    @GET
    @Operation(summary = "The council's level per question across its most recent cycles, following question"
            + " lineage; questions not comparable across versions are marked so (the council itself or ADES)",
            description = "Shows the council's most recent cycles with a shown submission, by submission deadline,"
                    + " oldest first: at most 5, unless the deployment sets quads.quad.trend-cycles."
                    + " earlierCyclesLeftOut says how many earlier cycles the council also answered, which are not"
                    + " shown; the cost of the read does not grow with them.")
    public Trend get(@PathParam("code") String code) {
        return trends.trend(code);
    }
}
