package scot.quads.rubric.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import scot.quads.rubric.Answer;
import scot.quads.rubric.service.EvaluationExports;
import scot.quads.rubric.service.EvaluationExports.Export;
import scot.quads.rubric.service.EvaluationExports.Format;
import scot.quads.rubric.service.EvaluationService;
import scot.quads.rubric.service.EvaluationService.EvaluationView;
import scot.quads.rubric.service.LastCycleAnswers;
import scot.quads.rubric.service.ManualReminders;
import scot.quads.support.problem.Problem.FieldError;
import scot.quads.support.problem.ProblemException;
import scot.quads.support.rest.Attachments;
import scot.quads.support.rest.ETags;
import scot.quads.support.security.Caller;
import scot.quads.support.security.Roles;

/** A council's self-evaluation in a cycle: its own users read it, its editors write it; ADES reads every one. */
@Path("/cycles/{cycleId}/evaluations/{councilCode}")
public class EvaluationResource {

    static final String INDICATOR_FILTER = "A quality indicator's code: only its questions (and, in a version graded "
            + "per indicator, its own answer) are listed, for a page about that indicator; the rest of the answer "
            + "(state, progress, what is missing) is still the whole evaluation's. 404 for a code the cycle's "
            + "version does not have.";
    static final String QUESTIONS_FILTER = "all (the default): every question (or the indicator's) with its answer; "
            + "pending: only the items that still stand in the way of submission, those missing and those carried "
            + "forward and not yet confirmed, for a dashboard that names them; the rest of the answer is the same.";

    private final EvaluationService evaluations;
    private final EvaluationExports exports;
    private final LastCycleAnswers lastCycle;
    private final ManualReminders reminders;
    private final Caller caller;

    public EvaluationResource(EvaluationService evaluations, EvaluationExports exports, LastCycleAnswers lastCycle,
            ManualReminders reminders, Caller caller) {
        this.evaluations = evaluations;
        this.exports = exports;
        this.lastCycle = lastCycle;
        this.reminders = reminders;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
    @Operation(summary = "The council's self-evaluation: state, progress and every question with its answer")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response get(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @Parameter(description = INDICATOR_FILTER) @QueryParam("indicator") String indicator,
            @Parameter(description = QUESTIONS_FILTER, schema = @Schema(enumeration = { "all", "pending" }))
            @QueryParam("questions") @DefaultValue("all") String questions) {
        if (!List.of("all", "pending").contains(questions)) {
            throw ProblemException.badRequest("The questions listed are all of them or the pending ones",
                    new FieldError("questions", "must be all or pending"));
        }
        caller.requireAccessTo(councilCode);
        EvaluationView view = evaluations.view(cycleId, councilCode);
        return Response.ok(EvaluationRepresentation.of(view, indicator, "pending".equals(questions)))
                .tag(ETags.of(view.version())).build();
    }

    @GET
    @Path("/audit")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
    @Operation(summary = "Every change to the council's self-evaluation in this cycle, newest first")
    public List<AuditEntryRepresentation> audit(@PathParam("cycleId") UUID cycleId,
            @PathParam("councilCode") String councilCode) {
        caller.requireAccessTo(councilCode);
        return evaluations.auditTrail(cycleId, councilCode).stream().map(AuditEntryRepresentation::of).toList();
    }

    @GET
    @Path("/last-cycle")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
    @Operation(summary = "The council's answers in its last submitted cycle, beside each question of this one",
            description = "The latest cycle that opened before this one and that the council submitted; each "
                    + "question of this cycle lists the answers it stems from through question lineage (as carrying "
                    + "forward maps them): one for a question kept, reworded or split, several for a merged one, "
                    + "none for a new one; graded per quality indicator in both cycles, each indicator lists its "
                    + "earlier answers the same way through the indicator's lineage. No earlier submission: cycleId "
                    + "null and no questions.")
    public LastCycleRepresentation lastCycle(@PathParam("cycleId") UUID cycleId,
            @PathParam("councilCode") String councilCode,
            @Parameter(description = INDICATOR_FILTER) @QueryParam("indicator") String indicator) {
        caller.requireAccessTo(councilCode);
        return LastCycleRepresentation.of(lastCycle.of(cycleId, councilCode, indicator));
    }

    @GET
    @Path("/export")
    @RolesAllowed({ Roles.ADES_ADMIN, Roles.AUTHORITY_EDITOR, Roles.AUTHORITY_VIEWER })
    @Operation(summary = "The council's self-evaluation as a file naming the framework version "
            + "(format=csv, xlsx or pdf)", description = "PDF is a printable report for committee papers and XLSX a "
            + "workbook with a row per question under human headings; both name the council and cycle, say when they "
            + "were generated, carry DRAFT until the evaluation is submitted and give the self-evaluative statement "
            + "(the workbook on a sheet of its own). CSV is the data, a row per question under stable machine "
            + "headings, then a row per part of the statement. The file is offered as \"<council> – self-evaluation <cycle>.<format>\".")
    @APIResponse(responseCode = "200", description = "The file, as the format asks", content = {
            @Content(mediaType = "text/csv",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf",
                    schema = @Schema(type = SchemaType.STRING, format = "binary")) },
            headers = @Header(name = "Content-Disposition", description = ETags.DISPOSITION,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response export(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @QueryParam("format") @DefaultValue("csv") String format) {
        caller.requireAccessTo(councilCode);
        if (!List.of("csv", "xlsx", "pdf").contains(format)) {
            throw ProblemException.badRequest("A self-evaluation exports as format=csv, xlsx or pdf",
                    new FieldError("format", "must be csv, xlsx or pdf"));
        }
        Export export = exports.export(cycleId, councilCode, Format.valueOf(format.toUpperCase(Locale.ROOT)));
        return Response.ok(export.content()).type(export.mediaType())
                .header("Content-Disposition", Attachments.contentDisposition(export.fileName())).build();
    }

    @PUT
    @Path("/answers/{questionCode}")
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Save one answer (the council's editors)",
            description = "If-Match carries the answer's version: \"0\" for a question never answered.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnswerRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response save(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @PathParam("questionCode") String questionCode,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AnswerRequest answer) {
        caller.requireEditorOf(councilCode);
        Answer saved = evaluations.save(cycleId, councilCode, questionCode, ETags.ifMatch(ifMatch),
                answer.toContent(), caller.username());
        return Response.ok(AnswerRepresentation.of(saved)).tag(ETags.of(saved.version)).build();
    }

    @PUT
    @Path("/indicators/{indicatorCode}/answer")
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Save the answer to a quality indicator as a whole (the council's editors)",
            description = "Only in a version graded per quality indicator (gradingGrain quality-indicator): the level,"
                    + " or not applicable with a reason, and the narrative belong to the indicator, and its questions"
                    + " are narrative prompts answered on their own. If-Match carries the answer's version: \"0\" for"
                    + " an indicator never answered.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnswerRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response saveIndicatorAnswer(@PathParam("cycleId") UUID cycleId,
            @PathParam("councilCode") String councilCode, @PathParam("indicatorCode") String indicatorCode,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AnswerRequest answer) {
        caller.requireEditorOf(councilCode);
        Answer saved = evaluations.saveIndicatorAnswer(cycleId, councilCode, indicatorCode, ETags.ifMatch(ifMatch),
                answer.toContent(), caller.username());
        return Response.ok(AnswerRepresentation.of(saved)).tag(ETags.of(saved.version)).build();
    }

    @POST
    @Path("/indicators/{indicatorCode}/answer/confirm")
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Confirm a carried-forward answer to a quality indicator as right for this cycle (the"
            + " council's editors)", description = "If-Match carries the answer's version.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnswerRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response confirmIndicatorAnswer(@PathParam("cycleId") UUID cycleId,
            @PathParam("councilCode") String councilCode, @PathParam("indicatorCode") String indicatorCode,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        caller.requireEditorOf(councilCode);
        Answer confirmed = evaluations.confirmIndicatorAnswer(cycleId, councilCode, indicatorCode,
                ETags.ifMatch(ifMatch), caller.username());
        return Response.ok(AnswerRepresentation.of(confirmed)).tag(ETags.of(confirmed.version)).build();
    }

    @POST
    @Path("/carry-forward")
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Pre-fill from the council's submitted self-evaluation of an earlier cycle (the council's "
            + "editors)", description = "Mapped through question lineage (and, graded per quality indicator in both "
            + "cycles, each indicator's answer through the indicator's lineage); each copied answer is carried-forward "
            + "until an editor saves or confirms it, and submission waits for that.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response carryForward(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull CarryForwardRequest request) {
        caller.requireEditorOf(councilCode);
        return respond(evaluations.carryForward(cycleId, councilCode, request.fromCycleId(), ETags.ifMatch(ifMatch),
                caller.username()));
    }

    @POST
    @Path("/answers/{questionCode}/confirm")
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Confirm a carried-forward answer as right for this cycle (the council's editors)",
            description = "If-Match carries the answer's version.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AnswerRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response confirm(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @PathParam("questionCode") String questionCode,
            @Parameter(required = true, description = ETags.IF_MATCH_REQUIRED)
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        caller.requireEditorOf(councilCode);
        Answer confirmed = evaluations.confirm(cycleId, councilCode, questionCode, ETags.ifMatch(ifMatch),
                caller.username());
        return Response.ok(AnswerRepresentation.of(confirmed)).tag(ETags.of(confirmed.version)).build();
    }

    @POST
    @Path("/submit")
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Submit the self-evaluation once every question is answered (the council's editors)")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response submit(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        caller.requireEditorOf(councilCode);
        return respond(evaluations.submit(cycleId, councilCode, ETags.ifMatch(ifMatch), caller.username()));
    }

    @POST
    @Path("/return")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Return a submitted self-evaluation to its council for revision, with a reason (ADES)",
            description = "The council's editors can then change and resubmit it, also after the deadline.")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response returnForRevision(@PathParam("cycleId") UUID cycleId,
            @PathParam("councilCode") String councilCode,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ReasonRequest request) {
        return respond(evaluations.returnForRevision(cycleId, councilCode, request.reason(), ETags.ifMatch(ifMatch),
                caller.username()));
    }

    @POST
    @Path("/remind")
    @RolesAllowed(Roles.ADES_ADMIN)
    @Operation(summary = "Remind the council now to submit (ADES); at most once per council and cycle a day",
            description = "Publishes the deadline event for this council alone (due in so many days, or the deadline "
                    + "has passed), so that notification-service tells its users and contacts; written to the audit "
                    + "trail. 409 when the cycle is closed, the council has submitted, or it was reminded today.")
    public ManualReminders.Sent remind(@PathParam("cycleId") UUID cycleId,
            @PathParam("councilCode") String councilCode) {
        return reminders.remindNow(cycleId, councilCode, caller.username());
    }

    @POST
    @Path("/recall")
    @RolesAllowed(Roles.AUTHORITY_EDITOR)
    @Operation(summary = "Take back the council's own submission, making it a draft again (the council's editors)",
            description = "Only before the deadline, and not in a cycle that reveals answers on submission "
                    + "(partners may already have seen it).")
    @APIResponse(responseCode = "200", description = "The result",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = EvaluationRepresentation.class)),
            headers = @Header(name = "ETag", description = ETags.HEADER,
                            schema = @Schema(type = SchemaType.STRING)))
    public Response recall(@PathParam("cycleId") UUID cycleId, @PathParam("councilCode") String councilCode,
            @Parameter(description = ETags.IF_MATCH_OPTIONAL) @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        caller.requireEditorOf(councilCode);
        return respond(evaluations.recall(cycleId, councilCode, ETags.ifMatch(ifMatch), caller.username()));
    }

    private static Response respond(EvaluationView view) {
        return Response.ok(EvaluationRepresentation.of(view)).tag(ETags.of(view.version())).build();
    }
}
