package scot.quads.portal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.quarkus.logging.Log;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.rest.client.reactive.QuarkusRestClientBuilder;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Comment;
import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.MemberAnswer;
import scot.quads.portal.client.QuadApi.MemberStatus;
import scot.quads.portal.client.QuadApi.NewComment;
import scot.quads.portal.client.QuadApi.NewReply;
import scot.quads.portal.client.QuadApi.Quad;
import scot.quads.portal.client.QuadApi.QuestionComparison;
import scot.quads.portal.client.QuadExportApi;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.ServiceProblem;

/**
 * A quad as its partners (and ADES) see it: members, who has submitted, the reveal state, and once answers are
 * revealed the heat-map comparison, the divergence agenda, each question's answers side by side with its comment
 * threads, and the comparison's exports. quad-service leaves out whatever the reveal rule still hides from this user.
 */
@Path("/quads")
@Produces(MediaType.TEXT_HTML)
public class QuadPages {

    /** The longest comment quad-service keeps. */
    static final int LONGEST_COMMENT = 5000;

    /** How many of the newest cycles "Your quads" looks in (one call each). */
    static final int RECENT_CYCLES = 10;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<CycleQuad> quads);

        static native TemplateInstance quad(Comparison comparison, HeatMap heatMap, List<QuadLink> links);

        static native TemplateInstance question(Comparison comparison, QuestionComparison question,
                List<AnswerColumn> columns, List<Comment> threads, List<MemberStatus> partners, boolean canWrite,
                String posted, ErrorSummary errors, CommentAttempt attempt);
    }

    /** The user's council's quad in one cycle. */
    public record CycleQuad(Cycle cycle, Quad quad) {
    }

    /** A link to one of the quad's other pages. */
    public record QuadLink(String href, String text, String description) {
    }

    /** One member's answer beside its name, for the question page. */
    public record AnswerColumn(MemberStatus member, MemberAnswer answer, String levelText, String cssClass,
            List<String> flags) {
    }

    /**
     * What the user typed into a comment or reply form that failed, so the page shows it again with the errors;
     * {@link #NONE} when nothing failed. {@code replyTo} is null for a new thread.
     */
    public record CommentAttempt(boolean failed, UUID replyTo, String aboutCouncil, String kind, String text,
            Map<String, String> errors) {

        static final CommentAttempt NONE = new CommentAttempt(false, null, null, null, null, Map.of());

        public String error(String field) {
            return errors.get(field);
        }

        public boolean isFor(UUID thread) {
            return failed && replyTo != null && replyTo.equals(thread);
        }

        public boolean isNewThread() {
            return failed && replyTo == null;
        }
    }

    private final QuadApi quads;
    private final RubricApi rubric;
    private final CurrentUser user;

    private final QuadExportApi exports;
    private final SecurityIdentity identity;

    public QuadPages(@RestClient QuadApi quads, @RestClient RubricApi rubric, CurrentUser user,
            SecurityIdentity identity, @ConfigProperty(name = "quarkus.rest-client.quad.url") String quadUrl) {
        this.quads = quads;
        this.rubric = rubric;
        this.user = user;
        this.identity = identity;
        this.exports = QuarkusRestClientBuilder.newBuilder().baseUri(URI.create(quadUrl))
                .connectTimeout(2, TimeUnit.SECONDS).readTimeout(60, TimeUnit.SECONDS).build(QuadExportApi.class);
    }

    /** The user's council's quads in the newest cycles, newest first; ADES goes to its own quads pages. */
    @GET
    public Response mine() {
        if (user.isAdes()) {
            return Response.seeOther(URI.create("/ades")).build();
        }
        if (user.isAssignedReader()) {
            return Response.seeOther(URI.create("/assigned")).build();
        }
        List<CycleQuad> mine = new ArrayList<>();
        for (Cycle cycle : rubric.cycles().stream().limit(RECENT_CYCLES).toList()) {
            try {
                mine.add(new CycleQuad(cycle, quads.mine(cycle.id())));
            } catch (RuntimeException none) {
                ServiceProblem problem = ServiceProblem.in(none);
                if (problem == null || problem.status() >= 500) {
                    throw none;
                }
                Log.debugf("No quad in cycle %s: %s", cycle.name(), problem.detail());
            }
        }
        return Response.ok(Templates.mine(mine).render()).build();
    }

    @GET
    @Path("/{quadId}")
    public String quad(@PathParam("quadId") UUID quadId) {
        // The page shows levels and flags, not the members' words (each question's own page does).
        Comparison comparison = quads.comparisonLevels(quadId, QuadApi.LEVELS).asComparison();
        return Templates.quad(comparison, HeatMap.of(comparison), links(quadId, comparison)).render();
    }

    @GET
    @Path("/{quadId}/questions/{code}")
    public String question(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @QueryParam("posted") String posted) {
        return questionPage(quadId, code, posted, null, CommentAttempt.NONE);
    }

    @POST
    @Path("/{quadId}/questions/{code}/comments")
    public Response comment(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @RestForm String aboutCouncil, @RestForm String kind, @RestForm String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (aboutCouncil == null || aboutCouncil.isBlank()) {
            errors.put("aboutCouncil", "Select the council whose answer your comment is about");
        }
        if (kind == null || kind.isBlank()) {
            errors.put("kind", "Select whether this is a challenge or a question");
        }
        checkText(text, errors);
        CommentAttempt attempt = new CommentAttempt(true, null, aboutCouncil, kind, text, errors);
        if (errors.isEmpty()) {
            try {
                Comment posted = quads.comment(quadId, new NewComment(code, aboutCouncil, kind, text));
                return posted(quadId, code, posted.threadId());
            } catch (RuntimeException failure) {
                ServiceProblem problem = clientProblem(failure);
                problemInto(problem, errors, "text");
            }
        }
        return Response.status(422).entity(questionPage(quadId, code, null, summary(errors, "comment-"), attempt))
                .build();
    }

    @POST
    @Path("/{quadId}/questions/{code}/comments/{commentId}/replies")
    public Response reply(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @PathParam("commentId") UUID commentId, @RestForm String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkText(text, errors);
        CommentAttempt attempt = new CommentAttempt(true, commentId, null, null, text, errors);
        if (errors.isEmpty()) {
            try {
                Comment reply = quads.reply(quadId, commentId, new NewReply(text));
                return posted(quadId, code, reply.threadId());
            } catch (RuntimeException failure) {
                problemInto(clientProblem(failure), errors, "text");
            }
        }
        return Response.status(422).entity(questionPage(quadId, code, null,
                summary(errors, "reply-" + commentId + "-"), attempt)).build();
    }

    /** The comparison's PDF report or workbook, fetched with the user's token and handed over as a download. */
    @GET
    @Path("/{quadId}/export")
    @Produces(MediaType.WILDCARD)
    public Response export(@PathParam("quadId") UUID quadId, @QueryParam("format") String format) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        Response file = exports.export(quadId, "xlsx".equals(format) ? "xlsx" : "pdf",
                token == null ? null : "Bearer " + token.getToken());
        byte[] body = file.readEntity(byte[].class);
        return Response.ok(body).type(file.getMediaType())
                .header("Content-Disposition", file.getHeaderString("Content-Disposition")).build();
    }

    /** A session's pack (PDF, or Word with format=docx), fetched with the user's token and handed over. */
    @GET
    @Path("/{quadId}/sessions/{sessionId}/pack")
    @Produces(MediaType.WILDCARD)
    public Response sessionPack(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @QueryParam("format") String format) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        Response file = exports.sessionPack(quadId, sessionId, "docx".equals(format) ? "docx" : "pdf",
                token == null ? null : "Bearer " + token.getToken());
        byte[] body = file.readEntity(byte[].class);
        return Response.ok(body).type(file.getMediaType())
                .header("Content-Disposition", file.getHeaderString("Content-Disposition")).build();
    }

    private String questionPage(UUID quadId, String code, String posted, ErrorSummary errors,
            CommentAttempt attempt) {
        Comparison comparison = quads.comparison(quadId);
        QuestionComparison question = comparison.questions() == null ? null : comparison.questions().stream()
                .filter(q -> q.questionCode().equals(code)).findFirst().orElse(null);
        if (question == null) {
            throw new ServiceProblem(404, "Not found", comparison.reveal().revealed()
                    ? "This quad's comparison has no question " + code
                    : "Answers are not revealed yet, so there is no question to show", null, null);
        }
        Map<String, List<String>> flags = HeatMap.flagsByAnswer(comparison);
        List<AnswerColumn> columns = new ArrayList<>();
        for (MemberStatus member : comparison.members()) {
            MemberAnswer answer = question.answers().stream().filter(a -> a.councilCode().equals(member.code()))
                    .findFirst().orElse(null);
            columns.add(new AnswerColumn(member, answer, HeatMap.text(answer), HeatMap.cssClass(answer),
                    flags.getOrDefault(code + "|" + member.code(), List.of())));
        }
        List<Comment> threads = quads.comments(quadId, code, null);
        String own = user.getCouncil();
        List<MemberStatus> partners = comparison.members().stream()
                .filter(m -> m.answersShown() && !m.code().equals(own)).toList();
        boolean canWrite = user.canComment();
        return Templates.question(comparison, question, columns, threads, partners, canWrite, posted, errors,
                attempt).render();
    }

    private static void checkText(String text, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put("text", "Enter your comment");
        } else if (text.length() > LONGEST_COMMENT) {
            errors.put("text", "Your comment must be " + LONGEST_COMMENT + " characters or fewer");
        }
    }

    private static Response posted(UUID quadId, String code, UUID threadId) {
        return Response.seeOther(URI.create("/quads/" + quadId + "/questions/"
                + TemplateExtensions.pathSegment(code) + "?posted=" + threadId + "#thread-" + threadId)).build();
    }

    /** A refusal the user can act on; anything else (a 5xx, the service down) goes to the error page. */
    static ServiceProblem clientProblem(RuntimeException failure) {
        ServiceProblem problem = ServiceProblem.in(failure);
        if (problem == null || problem.status() >= 500 || problem.status() == 401) {
            throw failure;
        }
        return problem;
    }

    /** The service's field errors by our field names, or its detail against {@code fallback}. */
    static void problemInto(ServiceProblem problem, Map<String, String> errors, String fallback) {
        for (ServiceProblem.FieldError error : problem.errors()) {
            String field = error.field() == null ? ""
                    : error.field().replaceFirst("^.*\\.", "").replaceFirst("\\[\\d+]$", "");
            errors.putIfAbsent(field.isBlank() ? fallback : field, sentence(field, error.message()));
        }
        if (errors.isEmpty()) {
            errors.put(fallback, problem.status() == 403
                    ? "You cannot do this: " + problem.detail()
                    : problem.detail());
        }
    }

    /** The partner forms' fields in words, for the service's messages about them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("text", "Your comment"),
            Map.entry("aboutCouncil", "The council"), Map.entry("kind", "The kind of comment"),
            Map.entry("questionCode", "The question"), Map.entry("ownerCouncil", "The owner"),
            Map.entry("description", "What is to be done"), Map.entry("questionCodes", "Questions"),
            Map.entry("dueDate", "The due date"), Map.entry("status", "Status"), Map.entry("reason", "Reason"),
            Map.entry("startsAt", "The date"), Map.entry("location", "Where"), Map.entry("agenda", "Agenda"),
            Map.entry("notes", "Notes"), Map.entry("nextStepId", "The next step"),
            Map.entry("itemIds", "The agenda items to share"), Map.entry("itemId", "The agenda item"));

    static String sentence(String field, String message) {
        String label = FIELDS.get(field.replaceFirst("\\[\\d+]$", ""));
        if (label == null) {
            return ErrorSummary.sentence(field, message);
        }
        return ErrorSummary.plain(label, message);
    }

    /** One summary line per field, each linking to the input named {@code prefix + field}. */
    static ErrorSummary summary(Map<String, String> errors, String prefix) {
        List<ErrorSummary.Item> items = new ArrayList<>();
        errors.forEach((field, message) -> items.add(new ErrorSummary.Item("#" + prefix + field, message)));
        return new ErrorSummary("There is a problem", items);
    }

    /** The quad's other pages; the ones about "your council" only for a council's users and ADES. */
    private List<QuadLink> links(UUID quadId, Comparison comparison) {
        String base = "/quads/" + quadId;
        List<QuadLink> links = new ArrayList<>();
        links.add(new QuadLink(base + "/statements", "Focuses and statements",
                "Each council's agreed focus, and its context, SWOT and summary, shown with its answers"));
        if (!user.isAssignedReader()) {
            links.add(new QuadLink(base + "/learning-partners", "Learning partners",
                    "Partners at least two levels higher where your council is weaker"));
            links.add(new QuadLink(base + "/national", "National picture",
                    "How councils across Scotland graded themselves, anonymised"));
            links.add(new QuadLink(base + "/trend", "Trend", "Your council's levels across cycles"));
        }
        if (!user.isAssignedReader() || user.isAdesOfficer()) {
            links.add(new QuadLink(base + "/introductions", "Introductions",
                    "Questions a council asked a learning partner, and the replies"));
        }
        links.add(new QuadLink(base + "/sessions", "Sessions", "The quad's meetings and their agendas"));
        links.add(new QuadLink(base + "/challenges", "Challenges waiting for an answer",
                user.isCouncilUser() ? "Challenges put to your council that it has not answered yet"
                        : "Challenges the councils have not answered yet"));
        links.add(new QuadLink(base + "/actions", "Actions", "What the quad agreed to do, and what is overdue"));
        if (user.isCouncilUser() && !user.isAdes()) {
            links.add(new QuadLink(base + "/findings/" + TemplateExtensions.pathSegment(user.getCouncil()),
                    "Your findings report", "Drafted from the round, agreed with ADES, then published"));
        } else {
            for (QuadApi.MemberStatus member : comparison.members()) {
                links.add(new QuadLink(base + "/findings/" + TemplateExtensions.pathSegment(member.code()),
                        "Findings report: " + member.name(), "Drafted from the round, agreed, then published"));
            }
        }
        return links;
    }
}
