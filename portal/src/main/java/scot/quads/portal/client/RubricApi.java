package scot.quads.portal.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** rubric-service as the portal uses it: cycles, rubric versions and a council's self-evaluation. */
@RegisterRestClient(configKey = "rubric")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface RubricApi {

    @GET
    @Path("/cycles")
    List<Cycle> cycles();

    @GET
    @Path("/cycles/{id}")
    Cycle cycle(@PathParam("id") UUID id);

    @GET
    @Path("/cycles/{id}/progress")
    List<CouncilProgress> progress(@PathParam("id") UUID id);

    @GET
    @Path("/frameworks")
    List<Framework> frameworks();

    @GET
    @Path("/versions/{id}")
    Version version(@PathParam("id") UUID id);

    @GET
    @Path("/cycles/{cycleId}/evaluations/{council}")
    Evaluation evaluation(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council);

    /** The evaluation with one quality indicator's questions only (progress and state still the whole one's). */
    @GET
    @Path("/cycles/{cycleId}/evaluations/{council}")
    Evaluation evaluation(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @QueryParam("indicator") String indicator);

    /**
     * The evaluation with only what still stands in the way of submitting it ({@code questions=pending}: the items
     * missing and those carried forward and not yet confirmed); state and progress still the whole one's. For the
     * dashboard, which names those and no others.
     */
    @GET
    @Path("/cycles/{cycleId}/evaluations/{council}")
    Evaluation evaluationPending(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @QueryParam("questions") String questions);

    @PUT
    @Path("/cycles/{cycleId}/evaluations/{council}/answers/{question}")
    @Consumes(MediaType.APPLICATION_JSON)
    Answer save(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @PathParam("question") String question, @HeaderParam("If-Match") String ifMatch, AnswerRequest answer);

    @PUT
    @Path("/cycles/{cycleId}/evaluations/{council}/indicators/{indicator}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    Answer saveIndicator(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @PathParam("indicator") String indicator, @HeaderParam("If-Match") String ifMatch, AnswerRequest answer);

    @POST
    @Path("/cycles/{cycleId}/evaluations/{council}/indicators/{indicator}/answer/confirm")
    Answer confirmIndicator(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @PathParam("indicator") String indicator, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/cycles/{cycleId}/evaluations/{council}/submit")
    Evaluation submit(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/cycles/{cycleId}/evaluations/{council}/recall")
    Evaluation recall(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council);

    @POST
    @Path("/cycles/{cycleId}/evaluations/{council}/carry-forward")
    @Consumes(MediaType.APPLICATION_JSON)
    Evaluation carryForward(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            CarryForwardRequest request);

    @POST
    @Path("/cycles/{cycleId}/evaluations/{council}/answers/{question}/confirm")
    Answer confirm(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @PathParam("question") String question, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/councils/{council}/evaluations")
    List<Standing> standings(@PathParam("council") String council);

    @GET
    @Path("/cycles/{cycleId}/evaluations/{council}/statement")
    Statement statement(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council);

    @PUT
    @Path("/cycles/{cycleId}/evaluations/{council}/statement")
    @Consumes(MediaType.APPLICATION_JSON)
    Statement saveStatement(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @HeaderParam("If-Match") String ifMatch, StatementRequest statement);

    @GET
    @Path("/cycles/{cycleId}/evaluations/{council}/focus")
    Focus focus(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council);

    @PUT
    @Path("/cycles/{cycleId}/evaluations/{council}/focus")
    @Consumes(MediaType.APPLICATION_JSON)
    Focus saveFocus(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @HeaderParam("If-Match") String ifMatch, FocusRequest focus);

    @POST
    @Path("/cycles/{cycleId}/evaluations/{council}/focus/propose")
    Focus proposeFocus(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/cycles/{cycleId}/evaluations/{council}/focus/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    Focus decideFocus(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @PathParam("step") String step, @HeaderParam("If-Match") String ifMatch, FocusDecision decision);

    @GET
    @Path("/cycles/{cycleId}/evaluations/{council}/audit")
    List<AuditEntry> audit(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council);

    @GET
    @Path("/cycles/{cycleId}/evaluations/{council}/last-cycle")
    LastCycle lastCycle(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council);

    /** Last cycle's answers for one quality indicator's questions only. */
    @GET
    @Path("/cycles/{cycleId}/evaluations/{council}/last-cycle")
    LastCycle lastCycle(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @QueryParam("indicator") String indicator);

    @GET
    @Path("/cycles/{cycleId}/evaluations/{council}/export")
    @Produces(MediaType.WILDCARD)
    Response export(@PathParam("cycleId") UUID cycleId, @PathParam("council") String council,
            @QueryParam("format") String format);

    record Cycle(UUID id, String name, UUID rubricVersionId, LocalDate opensOn, LocalDate submissionDeadline,
            String revealRule, String state, long version) {

        public boolean isOpen() {
            return "open".equals(state);
        }
    }

    record CouncilProgress(String councilCode, String councilName, String state, long answered, long total,
            int percentAnswered, OffsetDateTime lastEditedAt, OffsetDateTime submittedAt) {
    }

    record Framework(UUID id, String code, String title, String description, List<VersionSummary> versions) {
    }

    record VersionSummary(UUID id, int number, String label, String status, OffsetDateTime publishedAt) {
    }

    /** {@code gradingGrain}: {@code question} (each question takes a level) or {@code quality-indicator}. */
    record Version(UUID id, String frameworkCode, String frameworkTitle, int number, String label, String status,
            int questionCount, List<Level> scale, List<Theme> themes, String gradingGrain) {

        public Version(UUID id, String frameworkCode, String frameworkTitle, int number, String label, String status,
                int questionCount, List<Level> scale, List<Theme> themes) {
            this(id, frameworkCode, frameworkTitle, number, label, status, questionCount, scale, themes, null);
        }

        /** Whether each quality indicator is graded as a whole and its questions are narrative prompts. */
        public boolean gradedPerIndicator() {
            return QUALITY_INDICATOR.equals(gradingGrain);
        }
    }

    /** The grading grain of a version graded per quality indicator. */
    String QUALITY_INDICATOR = "quality-indicator";

    record Level(int value, String label, String descriptor) {
    }

    record Theme(String code, String title, String guidance, List<Indicator> indicators) {
    }

    /** {@code notApplicableAllowed}: graded as a whole, whether the indicator may be marked not applicable. */
    record Indicator(String code, String title, String guidance, List<Question> questions,
            boolean notApplicableAllowed) {

        public Indicator(String code, String title, String guidance, List<Question> questions) {
            this(code, title, guidance, questions, false);
        }
    }

    /**
     * {@code kind}: {@code graded} (a level) or {@code narrative} (text only, {@code required} or optional);
     * {@code narrativeFields}: the narrative fields the question asks for (null: all four).
     */
    record Question(String code, String title, String prompt, String guidance, String illustration,
            boolean notApplicableAllowed, List<String> contextIndicators, List<String> narrativeFields, String kind,
            Boolean required) {

        public Question(String code, String title, String prompt, String guidance, String illustration,
                boolean notApplicableAllowed, List<String> contextIndicators) {
            this(code, title, prompt, guidance, illustration, notApplicableAllowed, contextIndicators, null, null,
                    null);
        }

        /** A question answered in words only: it takes no level. */
        public boolean narrative() {
            return "narrative".equals(kind);
        }

        /** A narrative question the council may leave unanswered. */
        public boolean optional() {
            return narrative() && Boolean.FALSE.equals(required);
        }
    }

    /** The council's self-evaluation in one cycle without its answers (a cycle with none: not started). */
    record Standing(UUID cycleId, String state, OffsetDateTime submittedAt, long version) {

        public boolean started() {
            return !"not-started".equals(state);
        }

        public boolean isSubmitted() {
            return "submitted".equals(state);
        }
    }

    record Evaluation(UUID id, UUID cycleId, String cycleName, String councilCode, String councilName, UUID rubricVersionId,
            LocalDate submissionDeadline, String state, boolean acceptingAnswers, OffsetDateTime submittedAt,
            String submittedBy, Returned returned, Progress progress, long version, List<QuestionAnswer> questions,
            String gradingGrain, List<IndicatorAnswer> indicators) {

        public Evaluation(UUID id, UUID cycleId, String cycleName, String councilCode, String councilName,
                UUID rubricVersionId, LocalDate submissionDeadline, String state, boolean acceptingAnswers,
                OffsetDateTime submittedAt, String submittedBy, Returned returned, Progress progress, long version,
                List<QuestionAnswer> questions) {
            this(id, cycleId, cycleName, councilCode, councilName, rubricVersionId, submissionDeadline, state,
                    acceptingAnswers, submittedAt, submittedBy, returned, progress, version, questions, null, List.of());
        }

        /** Whether each quality indicator is graded as a whole and its questions are narrative prompts. */
        public boolean gradedPerIndicator() {
            return QUALITY_INDICATOR.equals(gradingGrain);
        }

        /** The quality indicators graded as a whole (none in a version graded per question). */
        public List<IndicatorAnswer> wholeIndicators() {
            return indicators == null ? List.of() : indicators;
        }

        /** What progress counts, in words: questions, or in a version graded per indicator, items. */
        public String itemsNoun() {
            return gradedPerIndicator() ? "items (each quality indicator's level and its required questions)"
                    : "questions";
        }

        /** Whether the council has saved anything in this cycle. */
        public boolean started() {
            return id != null && !"not-started".equals(state);
        }

        public boolean isSubmitted() {
            return "submitted".equals(state);
        }

        /** The questions whose answers were carried forward from an earlier cycle and are not yet confirmed. */
        public List<Answer> carried() {
            return java.util.stream.Stream.concat(wholeIndicators().stream().map(IndicatorAnswer::answer),
                    questions.stream().map(QuestionAnswer::answer))
                    .filter(a -> a != null && a.carriedForward()).toList();
        }
    }

    record Returned(OffsetDateTime at, String by, String reason) {
    }

    record Progress(long answered, int total, List<ThemeProgress> themes, List<String> missing) {
    }

    record ThemeProgress(String code, String title, long answered, int total) {
    }

    /** {@code kind}: graded or narrative (null from an older rubric-service: graded); {@code required}: see Question. */
    record QuestionAnswer(String themeCode, String indicatorCode, String code, String prompt,
            boolean notApplicableAllowed, Answer answer, String kind, Boolean required) {

        public QuestionAnswer(String themeCode, String indicatorCode, String code, String prompt,
                boolean notApplicableAllowed, Answer answer) {
            this(themeCode, indicatorCode, code, prompt, notApplicableAllowed, answer, null, null);
        }

        public boolean narrative() {
            return "narrative".equals(kind);
        }
    }

    /** A quality indicator graded as a whole, with the council's answer to it (null while unanswered). */
    record IndicatorAnswer(String themeCode, String code, String title, boolean notApplicableAllowed,
            Answer answer) {
    }

    /** An answer to a question ({@code questionCode}) or to a quality indicator as a whole ({@code indicatorCode}). */
    record Answer(String questionCode, Integer level, boolean notApplicable, String notApplicableReason,
            String evidence, String strengths, String areasForImprovement, String nextSteps, boolean carriedForward,
            String carryNote, long version, OffsetDateTime updatedAt, String updatedBy, String indicatorCode) {

        public Answer(String questionCode, Integer level, boolean notApplicable, String notApplicableReason,
                String evidence, String strengths, String areasForImprovement, String nextSteps,
                boolean carriedForward, String carryNote, long version, OffsetDateTime updatedAt, String updatedBy) {
            this(questionCode, level, notApplicable, notApplicableReason, evidence, strengths, areasForImprovement,
                    nextSteps, carriedForward, carryNote, version, updatedAt, updatedBy, null);
        }

        /** The words written in whichever narrative fields were filled, or null when none was. */
        public String text() {
            String text = java.util.stream.Stream.of(evidence, strengths, areasForImprovement, nextSteps)
                    .filter(t -> t != null && !t.isBlank()).collect(java.util.stream.Collectors.joining("\n\n"));
            return text.isEmpty() ? null : text;
        }
    }

    record CarryForwardRequest(UUID fromCycleId) {
    }

    /** A council's self-evaluative statement; version 0 until first saved. */
    record Statement(UUID cycleId, String cycleName, String councilCode, String councilName, String evaluationState,
            boolean required, boolean acceptingChanges, String context, List<SwotItem> swot, String summary,
            boolean carriedForward, long version, OffsetDateTime updatedAt, String updatedBy) {
    }

    /** One SWOT item: strength, weakness, opportunity or threat, its priority (1 first) and what it relates to. */
    record SwotItem(UUID id, String kind, String text, int priority, List<String> indicators, List<String> questions,
            List<String> contextIndicators) {
    }

    record StatementRequest(String context, List<SwotItem> swot, String summary) {
    }

    /** A council's focus: state not-started, draft, proposed, agreed or sent-back; version 0 until first saved. */
    record Focus(UUID id, UUID cycleId, String cycleName, String councilCode, String councilName, String state,
            String area, String focusQuestion, List<String> keyQuestions, List<String> indicators,
            List<String> questions, List<String> contextIndicators, String adesComment, OffsetDateTime proposedAt,
            String proposedBy, OffsetDateTime decidedAt, String decidedBy, long version, OffsetDateTime updatedAt,
            String updatedBy) {

        /** Every code the focus relates to, separated by commas. */
        public String related() {
            List<String> all = new java.util.ArrayList<>();
            all.addAll(indicators == null ? List.of() : indicators);
            all.addAll(questions == null ? List.of() : questions);
            all.addAll(contextIndicators == null ? List.of() : contextIndicators);
            return String.join(", ", all);
        }
    }

    record FocusRequest(String area, String focusQuestion, List<String> keyQuestions, List<String> indicators,
            List<String> questions, List<String> contextIndicators) {
    }

    record FocusDecision(String comment) {
    }

    /** The council's last submitted cycle, and per question of this cycle what it answered there (lineage). */
    record LastCycle(UUID cycleId, String cycleName, List<LastCycleQuestion> questions,
            List<LastCycleQuestion> indicators) {

        public static final LastCycle NONE = new LastCycle(null, null, List.of(), List.of());

        public LastCycle(UUID cycleId, String cycleName, List<LastCycleQuestion> questions) {
            this(cycleId, cycleName, questions, List.of());
        }

        /** The earlier answer to the quality indicator of this code graded as a whole, when both cycles grade so. */
        public List<EarlierAnswer> ofIndicator(String indicatorCode) {
            return (indicators == null ? List.<LastCycleQuestion>of() : indicators).stream()
                    .filter(q -> q.code().equals(indicatorCode)).findFirst()
                    .map(LastCycleQuestion::earlier).orElse(List.of());
        }

        /** The earlier answers this question stems from: one, several for a merged question, none for a new one. */
        public List<EarlierAnswer> of(String questionCode) {
            return questions.stream().filter(q -> q.code().equals(questionCode)).findFirst()
                    .map(LastCycleQuestion::earlier).orElse(List.of());
        }
    }

    record LastCycleQuestion(String code, List<EarlierAnswer> earlier) {
    }

    record EarlierAnswer(String questionCode, Integer level, String levelLabel, boolean notApplicable,
            String nextSteps) {
    }

    /** One line of the audit trail: who did what when, to which question, level before and after. */
    record AuditEntry(OffsetDateTime at, String by, String action, String questionCode, Integer oldLevel,
            Integer newLevel, com.fasterxml.jackson.databind.JsonNode detail) {
    }

    record AnswerRequest(Integer level, Boolean notApplicable, String notApplicableReason, String evidence,
            String strengths, String areasForImprovement, String nextSteps) {
    }
}
