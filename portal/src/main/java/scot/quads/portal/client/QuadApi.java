package scot.quads.portal.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * quad-service as the portal uses it: quads, their comparison, learning partners, the national picture, the trend,
 * and the quad's work (comments, sessions, actions).
 */
@RegisterRestClient(configKey = "quad")
@RegisterClientHeaders(BearerToken.class)
@RegisterProvider(ProblemResponses.class)
@Produces(MediaType.APPLICATION_JSON)
public interface QuadApi {

    @GET
    @Path("/quads/mine")
    Quad mine(@QueryParam("cycleId") UUID cycleId);

    @GET
    @Path("/cycles/{cycleId}/quads")
    List<Quad> quads(@PathParam("cycleId") UUID cycleId);

    @GET
    @Path("/quads/{quadId}/comparison")
    Comparison comparison(@PathParam("quadId") UUID quadId);

    /**
     * The same comparison read for a page that shows only who is in the quad and who has submitted (the council's
     * dashboard): the rest of the document (every item's levels, the groups, the flags, the agenda) is skipped by
     * the parser instead of built into objects, and asked as {@link #LEVELS} it holds no members' words to skip.
     */
    @GET
    @Path("/quads/{quadId}/comparison")
    ComparisonHeading comparisonHeading(@PathParam("quadId") UUID quadId, @QueryParam("answers") String answers);

    /** {@code answers=levels}: the comparison without the members' words, which quad-service then leaves out. */
    String LEVELS = "levels";

    /**
     * The same comparison read for the quad's own page, which shows each member's level and the flags but none of
     * the members' words: asked with {@link #LEVELS}, quad-service leaves the narratives out (for a 200-question quad
     * most of the document, which the parser otherwise scanned to skip). See {@link ComparisonLevels#asComparison()}.
     */
    @GET
    @Path("/quads/{quadId}/comparison")
    ComparisonLevels comparisonLevels(@PathParam("quadId") UUID quadId, @QueryParam("answers") String answers);

    @GET
    @Path("/quads/{quadId}/statements")
    QuadStatements statements(@PathParam("quadId") UUID quadId);

    @GET
    @Path("/quads/{quadId}/learning-partners")
    LearningPartners learningPartners(@PathParam("quadId") UUID quadId, @QueryParam("council") String council);

    @GET
    @Path("/cycles/{cycleId}/national")
    NationalPicture national(@PathParam("cycleId") UUID cycleId, @QueryParam("council") String council);

    @GET
    @Path("/councils/{code}/trend")
    Trend trend(@PathParam("code") String council);

    @GET
    @Path("/quads/{quadId}/comments")
    List<Comment> comments(@PathParam("quadId") UUID quadId, @QueryParam("questionCode") String questionCode,
            @QueryParam("aboutCouncil") String aboutCouncil);

    /**
     * With {@code open} true, the challenges about that council (null: all the caller may read) its users have not
     * answered yet.
     */
    @GET
    @Path("/quads/{quadId}/comments")
    List<Comment> openChallenges(@PathParam("quadId") UUID quadId, @QueryParam("aboutCouncil") String aboutCouncil,
            @QueryParam("open") boolean open);

    @POST
    @Path("/quads/{quadId}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    Comment comment(@PathParam("quadId") UUID quadId, NewComment comment);

    @POST
    @Path("/quads/{quadId}/comments/{commentId}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    Comment reply(@PathParam("quadId") UUID quadId, @PathParam("commentId") UUID commentId, NewReply reply);

    @GET
    @Path("/quads/{quadId}/introductions")
    List<Introduction> introductions(@PathParam("quadId") UUID quadId);

    @GET
    @Path("/quads/{quadId}/introductions/{introductionId}")
    Introduction introduction(@PathParam("quadId") UUID quadId, @PathParam("introductionId") UUID introductionId);

    @POST
    @Path("/quads/{quadId}/introductions")
    @Consumes(MediaType.APPLICATION_JSON)
    Introduction ask(@PathParam("quadId") UUID quadId, NewIntroduction introduction);

    @POST
    @Path("/quads/{quadId}/introductions/{introductionId}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    IntroductionMessage replyToIntroduction(@PathParam("quadId") UUID quadId,
            @PathParam("introductionId") UUID introductionId, NewReply reply);

    @GET
    @Path("/cycles/{cycleId}/moderation")
    Moderation moderation(@PathParam("cycleId") UUID cycleId);

    @GET
    @Path("/quads/{quadId}/sessions")
    List<Session> sessions(@PathParam("quadId") UUID quadId);

    @GET
    @Path("/quads/{quadId}/sessions/{sessionId}")
    Session session(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId);

    @POST
    @Path("/quads/{quadId}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    Session schedule(@PathParam("quadId") UUID quadId, NewSession session);

    @PATCH
    @Path("/quads/{quadId}/sessions/{sessionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Session changeSession(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @HeaderParam("If-Match") String ifMatch, SessionChange change);

    @PUT
    @Path("/quads/{quadId}/sessions/{sessionId}/items/{itemId}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    SessionAgendaItem recordOutcome(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @PathParam("itemId") UUID itemId, @HeaderParam("If-Match") String ifMatch, Outcome outcome);

    @POST
    @Path("/quads/{quadId}/sessions/{sessionId}/items/{itemId}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    Action raiseAction(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @PathParam("itemId") UUID itemId, NewAction action);

    @GET
    @Path("/quads/{quadId}/actions")
    List<Action> actions(@PathParam("quadId") UUID quadId);

    @GET
    @Path("/councils/{code}/plan")
    List<PlanLine> plan(@PathParam("code") String code);

    @GET
    @Path("/cycles/{cycleId}/follow-up")
    FollowUp followUp(@PathParam("cycleId") UUID cycleId);

    @jakarta.ws.rs.PUT
    @Path("/cycles/{cycleId}/follow-up")
    @Consumes(MediaType.APPLICATION_JSON)
    FollowUp setFollowUp(@PathParam("cycleId") UUID cycleId, @HeaderParam("If-Match") String ifMatch,
            FollowUpChange change);

    @POST
    @Path("/quads/{quadId}/actions/{actionId}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    ProgressEntry recordProgress(@PathParam("quadId") UUID quadId, @PathParam("actionId") UUID actionId,
            @HeaderParam("If-Match") String ifMatch, NewProgress progress);

    @GET
    @Path("/councils/{code}/plan/export")
    @Produces(MediaType.WILDCARD)
    jakarta.ws.rs.core.Response planExport(@PathParam("code") String code, @QueryParam("format") String format);

    @POST
    @Path("/quads/{quadId}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    Action createAction(@PathParam("quadId") UUID quadId, NewAction action);

    @PATCH
    @Path("/quads/{quadId}/actions/{actionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    Action changeAction(@PathParam("quadId") UUID quadId, @PathParam("actionId") UUID actionId,
            @HeaderParam("If-Match") String ifMatch, ActionChange change);

    @GET
    @Path("/actions/overdue")
    List<Action> overdue(@QueryParam("cycleId") UUID cycleId);

    record Quad(UUID id, UUID cycleId, String name, List<Member> members, OffsetDateTime formedAt) {
    }

    record Member(String code, String name) {
    }

    record Comparison(QuadSummary quad, CycleSummary cycle, RevealState reveal, List<MemberStatus> members,
            List<ScaleLevel> scale, List<QuestionComparison> questions, List<GroupComparison> indicators,
            List<GroupComparison> themes, Flags flags, List<AgendaItem> agenda) {
    }

    /** A {@link Comparison} without the members' words: each answer's level only. */
    record ComparisonLevels(QuadSummary quad, CycleSummary cycle, RevealState reveal, List<MemberStatus> members,
            List<ScaleLevel> scale, List<QuestionLevels> questions, List<GroupComparison> indicators,
            List<GroupComparison> themes, Flags flags, List<AgendaItem> agenda) {

        /** As a comparison whose answers carry no words, for the pages that take one. */
        public Comparison asComparison() {
            List<QuestionComparison> items = questions == null ? null : questions.stream()
                    .map(q -> new QuestionComparison(q.themeCode(), q.themeTitle(), q.indicatorCode(),
                            q.indicatorTitle(), q.questionCode(), q.prompt(), q.answers() == null ? List.of()
                                    : q.answers().stream().map(a -> new MemberAnswer(a.councilCode(), a.answered(),
                                            a.level(), a.levelLabel(), a.notApplicable(), null, null, null, null,
                                            null)).toList(),
                            q.statistics()))
                    .toList();
            return new Comparison(quad, cycle, reveal, members, scale, items, indicators, themes, flags, agenda);
        }
    }

    record QuestionLevels(String themeCode, String themeTitle, String indicatorCode, String indicatorTitle,
            String questionCode, String prompt, List<MemberLevel> answers, Statistics statistics) {
    }

    record MemberLevel(String councilCode, boolean answered, Integer level, String levelLabel,
            boolean notApplicable) {
    }

    /** The head of a {@link Comparison}: the quad, what its reveal rule shows, and each member's submission. */
    record ComparisonHeading(QuadSummary quad, RevealState reveal, List<MemberStatus> members) {
    }

    record QuadSummary(UUID id, String name) {
    }

    /** {@code gradedPerIndicator}: the items compared ({@code questions}) are quality indicators graded whole. */
    record CycleSummary(UUID id, String name, LocalDate submissionDeadline, String revealRule,
            UUID rubricVersionId, String rubricVersionLabel, boolean rubricVersionReceived,
            boolean gradedPerIndicator) {

        public CycleSummary(UUID id, String name, LocalDate submissionDeadline, String revealRule,
                UUID rubricVersionId, String rubricVersionLabel, boolean rubricVersionReceived) {
            this(id, name, submissionDeadline, revealRule, rubricVersionId, rubricVersionLabel,
                    rubricVersionReceived, false);
        }

        /** What the comparison calls the items it compares: questions, or quality indicators graded whole. */
        public ItemWords words() {
            return ItemWords.of(gradedPerIndicator);
        }
    }

    record RevealState(boolean revealed, String reason, String explanation, OffsetDateTime revealedAt,
            OffsetDateTime revealsAt, boolean revealedToMembers) {
    }

    record MemberStatus(String code, String name, boolean submitted, OffsetDateTime submittedAt,
            boolean answersShown) {
    }

    record ScaleLevel(int value, String label) {
    }

    record QuestionComparison(String themeCode, String themeTitle, String indicatorCode, String indicatorTitle,
            String questionCode, String prompt, List<MemberAnswer> answers, Statistics statistics) {
    }

    /**
     * {@code prompts}: in a version graded per quality indicator, the member's narrative answers to the indicator's
     * questions (empty otherwise, and from an older quad-service).
     */
    record MemberAnswer(String councilCode, boolean answered, Integer level, String levelLabel,
            boolean notApplicable, String notApplicableReason, String evidence, String strengths,
            String areasForImprovement, String nextSteps, List<PromptAnswer> prompts) {

        public MemberAnswer(String councilCode, boolean answered, Integer level, String levelLabel,
                boolean notApplicable, String notApplicableReason, String evidence, String strengths,
                String areasForImprovement, String nextSteps) {
            this(councilCode, answered, level, levelLabel, notApplicable, notApplicableReason, evidence, strengths,
                    areasForImprovement, nextSteps, List.of());
        }

        /** The narrative answers to the indicator's questions, never null. */
        public List<PromptAnswer> promptAnswers() {
            return prompts == null ? List.of() : prompts;
        }
    }

    /** A member's narrative answer to one question of an indicator graded as a whole. */
    record PromptAnswer(String code, String prompt, String evidence, String strengths, String areasForImprovement,
            String nextSteps) {

        /** The words written, whichever fields the question asked for. */
        public String text() {
            return java.util.stream.Stream.of(evidence, strengths, areasForImprovement, nextSteps)
                    .filter(t -> t != null && !t.isBlank()).collect(java.util.stream.Collectors.joining("\n\n"));
        }
    }

    record Statistics(int count, Double median, Integer min, Integer max, Integer range, int notApplicable,
            int missing) {
    }

    record GroupComparison(String code, String title, String themeCode, int questions, List<MemberSummary> members,
            Statistics statistics, Integer widestSpread) {
    }

    record MemberSummary(String councilCode, Statistics statistics) {
    }

    record Flags(int thinEvidenceBelow, List<DistanceFlag> farFromMedian, List<ThinEvidenceFlag> thinEvidence) {
    }

    record DistanceFlag(String questionCode, String councilCode, int level, double median, double distance,
            String direction) {
    }

    record ThinEvidenceFlag(String questionCode, String councilCode, int level, String levelLabel,
            int evidenceLength) {
    }

    record AgendaItem(int rank, String questionCode, String themeCode, String indicatorCode, String prompt,
            int spread, int min, int max, double median, List<String> farFromMedian) {
    }

    record LearningPartners(UUID quadId, UUID cycleId, String council, boolean revealed, String reason,
            String explanation, boolean councilSubmitted, List<QuestionPartners> questions) {
    }

    record QuestionPartners(String questionCode, String themeCode, String indicatorCode, String prompt, int level,
            String levelLabel, String nextSteps, List<Partner> partners) {
    }

    record Partner(String councilCode, String name, int level, String levelLabel, int levelsHigher,
            String strengths) {
    }

    record NewIntroduction(String itemCode, String partnerCouncil, String text) {
    }

    record Introduction(UUID id, UUID quadId, UUID cycleId, String itemCode, String itemPrompt, String askerCouncil,
            String askerCouncilName, Integer askerLevel, String partnerCouncil, String partnerCouncilName,
            Integer partnerLevel, String askedBy, OffsetDateTime askedAt, boolean answered,
            List<IntroductionMessage> messages) {
    }

    record IntroductionMessage(UUID id, String author, String authorCouncil, String text, OffsetDateTime postedAt) {
    }

    record Moderation(UUID cycleId, String cycleName, String rubricVersion, boolean gradedPerIndicator,
            int fewestCouncils, double standsApartAt, String standsApartRule, String nationalWithheld,
            List<ModerationQuad> quads, List<ModerationItem> items) {
    }

    record ModerationQuad(UUID quadId, String name, boolean revealed, String reason) {
    }

    record ModerationItem(String code, String themeCode, String indicatorCode, String prompt,
            ModerationNational national, List<ModerationQuadItem> quads, List<ModerationFlag> flags) {
    }

    record ModerationNational(Integer councilsGraded, Integer notApplicable, boolean suppressed,
            String suppressedBecause, List<LevelCount> distribution, Double median) {
    }

    record ModerationQuadItem(UUID quadId, String name, List<ModerationLevel> levels, Double median,
            boolean standsApart, String direction, Double difference) {
    }

    record ModerationLevel(String councilCode, String councilName, Integer level, String levelLabel,
            boolean notApplicable) {
    }

    record ModerationFlag(UUID quadId, String quadName, String councilCode, String councilName, String kind,
            int level, String detail) {
    }

    record NationalPicture(UUID cycleId, String cycleName, String council, UUID quadId, boolean quadRevealed,
            int fewestCouncils, int councilsSubmitted, List<NationalQuestion> questions) {
    }

    record NationalQuestion(String questionCode, String themeCode, String indicatorCode, String prompt,
            Integer councilsGraded, Integer notApplicable, boolean suppressed, String suppressedBecause,
            List<LevelCount> distribution, Double median, Integer councilLevel, Boolean councilNotApplicable,
            Double quadMedian) {
    }

    record LevelCount(int level, String label, int councils) {
    }

    record Trend(String council, List<TrendCycle> cycles, List<TrendQuestion> questions) {
    }

    record TrendCycle(UUID cycleId, String name, LocalDate submissionDeadline, UUID rubricVersionId,
            String rubricVersionLabel) {
    }

    record TrendQuestion(String questionCode, String themeCode, String indicatorCode, String prompt,
            List<TrendPoint> points) {
    }

    record TrendPoint(UUID cycleId, boolean comparable, String questionCode, boolean answered, Integer level,
            String levelLabel, boolean notApplicable, String note) {
    }

    /** {@code open}: for a challenge, whether the council asked has still to answer it (null on other kinds). */
    record Comment(UUID id, UUID threadId, UUID inReplyTo, String questionCode, String aboutCouncil, String kind,
            String text, String author, String authorCouncil, OffsetDateTime postedAt, List<Comment> replies,
            Boolean open, OffsetDateTime answeredAt) {
    }

    record NewComment(String questionCode, String aboutCouncil, String kind, String text) {
    }

    record NewReply(String text) {
    }

    record Session(UUID id, UUID quadId, UUID cycleId, OffsetDateTime startsAt, String location,
            SessionPurpose purpose, List<String> hosts, List<String> invitedRoles, List<Attendee> attendance,
            List<SessionAgendaItem> agenda, String notes, List<Action> followUpActions,
            List<OpenChallenge> openChallenges, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
            String updatedBy, int version) {

        /** Whether it has started (notes, attendance and outcomes are recorded from then on). */
        public boolean started() {
            return !startsAt.isAfter(OffsetDateTime.now());
        }
    }

    /** What a session is for: a member council's focus question or key question. */
    record SessionPurpose(String kind, String council, String text) {
    }

    record Attendee(String name, String organisation) {
    }

    /** An agenda item: a rubric item (its question), a council's key question or a topic ({@code title}). */
    record SessionAgendaItem(UUID id, String kind, String questionCode, String themeCode, String indicatorCode,
            String prompt, String council, String title, String strengths, String improvements, String outcomeBy,
            OffsetDateTime outcomeAt, List<RaisedAction> actions, int version) {
    }

    record RaisedAction(UUID id, String ownerCouncil, String description, LocalDate dueDate, String status) {
    }

    record OpenChallenge(UUID id, String questionCode, String aboutCouncil, String text, String author,
            String authorCouncil, OffsetDateTime postedAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewSession(OffsetDateTime startsAt, String location, List<String> agenda, List<NewSessionItem> items,
            SessionPurpose purpose) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewSessionItem(String kind, String questionCode, String council, String title) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record SessionChange(OffsetDateTime startsAt, String location, List<String> agenda, String notes,
            List<Attendee> attendance) {
    }

    record Outcome(String strengths, String improvements) {
    }

    record Action(UUID id, UUID quadId, UUID cycleId, String ownerCouncil, String description,
            List<String> questionCodes, LocalDate dueDate, String status, String statusReason, boolean overdue,
            OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy, int version,
            String officerName, String officerRole, String successMeasure, String baseline, String target,
            String indicatorCode, String indicatorTitle, String indicatorUnit, String indicatorPeriod,
            Double indicatorValue, UUID nextStepId, String nextStepText) {

        /** Whether the action has any of the improvement plan's fields to show. */
        public boolean planned() {
            return officerName != null || officerRole != null || successMeasure != null || baseline != null
                    || target != null || indicatorCode != null || nextStepText != null;
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NewAction(String ownerCouncil, String description, List<String> questionCodes, LocalDate dueDate,
            String officerName, String officerRole, String successMeasure, String baseline, String target,
            String indicatorCode, UUID nextStepId) {

        public NewAction(String ownerCouncil, String description, List<String> questionCodes, LocalDate dueDate) {
            this(ownerCouncil, description, questionCodes, dueDate, null, null, null, null, null, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ActionChange(String ownerCouncil, String description, List<String> questionCodes, LocalDate dueDate,
            String status, String reason) {
    }

    /** One line of a council's improvement plan: an action it owns, with the cycle and quad it was agreed in. */
    record PlanLine(UUID cycleId, String cycleName, LocalDate cycleDeadline, UUID quadId, String quadName,
            Action action, LocalDate followUpOn, List<ProgressEntry> progress) {

        /** The latest progress recorded, or null. */
        public ProgressEntry latest() {
            return progress == null || progress.isEmpty() ? null : progress.get(progress.size() - 1);
        }
    }

    /** Progress recorded on an action at its follow-up. */
    record ProgressEntry(UUID id, String status, String impact, OffsetDateTime recordedAt, String recordedBy) {
    }

    record NewProgress(String status, String impact) {
    }

    /**
     * A cycle's follow-up point as ADES set it; followUpOn null when it is a year after each publication. Its
     * version (0 while none is set) goes back in If-Match when ADES sets it.
     */
    record FollowUp(UUID cycleId, LocalDate followUpOn, OffsetDateTime setAt, String setBy, String rule,
            long version) {
    }

    record FollowUpChange(LocalDate followUpOn) {
    }

    /** The members' self-evaluative statements, each shown exactly when its answers are. */
    record QuadStatements(UUID quadId, UUID cycleId, boolean revealed, String explanation,
            List<MemberStatement> members) {
    }

    record MemberStatement(String councilCode, String councilName, boolean shown, OffsetDateTime submittedAt,
            Statement statement) {
    }

    record Statement(String context, List<SwotItem> swot, String summary) {
    }

    record SwotItem(UUID id, String kind, String text, int priority, List<String> indicators, List<String> questions,
            List<String> contextIndicators) {

        /** Everything the item relates to, as codes separated by commas; empty when nothing. */
        public String related() {
            List<String> all = new java.util.ArrayList<>();
            all.addAll(indicators == null ? List.of() : indicators);
            all.addAll(questions == null ? List.of() : questions);
            all.addAll(contextIndicators == null ? List.of() : contextIndicators);
            return String.join(", ", all);
        }
    }
}
