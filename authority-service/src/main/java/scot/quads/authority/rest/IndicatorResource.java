package scot.quads.authority.rest;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import scot.quads.authority.service.IndicatorImportService;
import scot.quads.authority.service.IndicatorService;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

/** The context indicators (LGBF): definitions and values for every signed-in user; imports by ADES. */
@Path("/indicators")
@Authenticated
public class IndicatorResource {

    /** The import's example in the OpenAPI: the long format, two values of one indicator (not real figures). */
    static final String CSV_EXAMPLE = """
            gss_code,area,indicator,period,value
            S12000049,Glasgow City,CHN4,2022-23,91.5
            S92000003,Scotland,CHN4,2022-23,92.8
            """;

    private final IndicatorService indicators;
    private final IndicatorImportService imports;
    private final Caller caller;

    public IndicatorResource(IndicatorService indicators, IndicatorImportService imports, Caller caller) {
        this.indicators = indicators;
        this.imports = imports;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "Every indicator with the periods that have values")
    public List<IndicatorRepresentation> list() {
        return indicators.definitions().stream().map(IndicatorRepresentation::of).toList();
    }

    @GET
    @Path("/{code}/values")
    @Operation(summary = "The councils' values of an indicator in a period (the latest period that has values when "
            + "none is given)")
    public IndicatorService.Values values(@PathParam("code") String code, @QueryParam("period") String period) {
        return indicators.values(code, period == null || period.isBlank() ? null : period);
    }

    @POST
    @Path("/import")
    @Consumes({ "text/csv", "text/plain" })
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Import indicator values from CSV, all or nothing (ADES)", description = """
            Either the long format (gss_code,area,indicator,period,value; S92000003 is Scotland) or the LGBF \
            publication's layout (LA_Information_LocalAuthority, Indicators_Information_Code, LA_Data_LGBF_Year, \
            LA_Data_LA_IndicatorReal, other LA_Information_*, Indicators_Information_* and LA_Data_* columns \
            ignored), councils matched by name through their aliases. Blank or NA values are skipped. Any problem: \
            422 listing every problem with its line, and nothing is written. dryRun=true reports what would change.""")
    @RequestBody(required = true, content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE),
            @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE) })
    public IndicatorImportService.Outcome importCsv(@QueryParam("dryRun") String dryRun, String csv) {
        return imports.importCsv(csv, dryRun(dryRun), caller.username());
    }

    private static boolean dryRun(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest("dryRun must be true or false",
                    new Problem.FieldError("dryRun", "must be true or false"));
        };
    }
}
