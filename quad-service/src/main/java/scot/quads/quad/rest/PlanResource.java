package scot.quads.quad.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.export.PlanExport;
import scot.quads.quad.work.PlanService;
import scot.quads.quad.work.PlanService.Plan;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.Attachments;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Roles;

@Path("/councils/{code}/plan")
@RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
public class PlanResource {

    /** One line of a council's improvement plan: an action it owns, with the cycle and quad it was agreed in. */
    public record PlanLine(UUID cycleId, String cycleName, LocalDate cycleDeadline, UUID quadId, String quadName,
            ActionRepresentation action,
            @Schema(description = "When the council records the action's progress: ADES's date for the cycle, else a"
                    + " year after its report was first published; null before either") LocalDate followUpOn,
            List<ActionProgressResource.ProgressEntry> progress) {
    }

    private final PlanService plans;
    private final Clock clock;
    private final QuadConfig config;

    public PlanResource(PlanService plans, Clock clock, QuadConfig config) {
        this.plans = plans;
        this.clock = clock;
        this.config = config;
    }

    @GET
    @Operation(summary = "The council's improvement plan: every action it owns across its quads and cycles, newest"
            + " cycle first, soonest due first within one (the council itself and ADES)")
    public List<PlanLine> get(@PathParam("code") String code) {
        LocalDate today = LocalDate.now(clock.withZone(config.timeZone()));
        return plans.of(code).lines().stream().map(line -> new PlanLine(line.action().cycleId, line.cycleName(),
                line.cycleDeadline(), line.action().quadId, line.quadName(),
                ActionRepresentation.of(line.action(), today), line.followUpOn(),
                line.progress().stream().map(ActionProgressResource.ProgressEntry::of).toList())).toList();
    }

    @GET
    @Path("/export")
    @Operation(summary = "The council's improvement plan as a workbook (format=xlsx, the default) or CSV"
            + " (format=csv), laid out as a council's own plan: one row per action", description = "Columns: cycle,"
            + " quad, action, questions it follows up (quality indicators, for a cycle whose version grades each"
            + " quality indicator as a whole), accountable officer and role, measure of success, baseline, target,"
            + " indicator with its latest value and period, next step it serves, due date, status and why, last"
            + " changed. The CSV is UTF-8 with a byte order mark; a value beginning with =, +, - or @ is prefixed"
            + " with ' so that no spreadsheet runs it as a formula.")
    @APIResponse(responseCode = "200", description = "The file, as the format asks", content = {
            @Content(mediaType = PlanExport.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PlanExport.CSV, schema = @Schema(type = SchemaType.STRING)) },
            headers = @Header(name = "Content-Disposition", description = ETags.DISPOSITION,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response export(@PathParam("code") String code, @QueryParam("format") String format) {
        boolean csv = csv(format);
        Plan plan = plans.of(code);
        if (csv) {
            return Response.ok(PlanExport.csv(plan, config.timeZone()), PlanExport.CSV + "; charset=UTF-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            Attachments.contentDisposition(PlanExport.fileName(plan, "csv")))
                    .build();
        }
        return Response.ok(PlanExport.xlsx(plan, ZonedDateTime.now(clock.withZone(config.timeZone()))),
                        PlanExport.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachments.contentDisposition(PlanExport.fileName(plan,
                        "xlsx")))
                .build();
    }

    private static boolean csv(String value) {
        String format = value == null || value.isBlank() ? "xlsx" : value.trim().toLowerCase(Locale.ROOT);
        return switch (format) {
            case "csv" -> true;
            case "xlsx" -> false;
            default -> throw ProblemException.badRequest("format must be xlsx or csv",
                    new Problem.FieldError("format", "must be xlsx or csv"));
        };
    }
}
