package scot.quads.authority.rest;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import scot.quads.authority.Council;
import scot.quads.authority.service.CouncilService;
import scot.quads.authority.service.IndicatorService;

/** A council's context indicators beside its benchmarking family's and Scotland's, for any signed-in user. */
@Path("/councils/{code}/indicators")
@Authenticated
public class CouncilIndicatorResource {

    private final CouncilService councils;
    private final IndicatorService indicators;

    public CouncilIndicatorResource(CouncilService councils, IndicatorService indicators) {
        this.councils = councils;
        this.indicators = indicators;
    }

    @GET
    @Operation(summary = "Each indicator in its latest period (or the period given): the council's value, its "
            + "family's average and its rank there (1 = best), and Scotland's value")
    public CouncilIndicatorsRepresentation get(@PathParam("code") String code, @QueryParam("period") String period) {
        Council council = councils.get(code);
        return new CouncilIndicatorsRepresentation(council.gssCode, council.name,
                indicators.forCouncil(council.gssCode, period == null || period.isBlank() ? null : period).stream()
                        .map(CouncilIndicatorsRepresentation.Entry::of).toList());
    }
}
