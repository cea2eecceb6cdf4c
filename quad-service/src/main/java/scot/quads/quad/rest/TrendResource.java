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
    @Operation(summary = "The council's level per question across cycles, following question lineage; questions not"
            + " comparable across versions are marked so (the council itself or ADES)")
    public Trend get(@PathParam("code") String code) {
        return trends.trend(code);
    }
}
