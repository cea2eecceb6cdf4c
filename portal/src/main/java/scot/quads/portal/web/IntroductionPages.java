package scot.quads.portal.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.Introduction;
import scot.quads.portal.client.QuadApi.MemberAnswer;
import scot.quads.portal.client.QuadApi.MemberStatus;
import scot.quads.portal.client.QuadApi.NewIntroduction;
import scot.quads.portal.client.QuadApi.NewReply;
import scot.quads.portal.client.QuadApi.QuestionComparison;
import scot.quads.portal.client.ServiceProblem;

/**
 * Learning-partner introductions: from the learning partners page a council's editor asks a stronger partner about
 * one item (the partner's named contact is told, with the item, both levels and the words), and either council's
 * editors write back in the thread. The two councils' users, ADES and the quad's ADES officers read the threads.
 */
@Path("/quads/{quadId}/introductions")
@Produces(MediaType.TEXT_HTML)
public class IntroductionPages {

    /** The longest question or reply quad-service keeps. */
    static final int LONGEST = 2000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(Comparison comparison, List<Introduction> introductions);

        static native TemplateInstance ask(Comparison comparison, QuestionComparison item, MemberStatus partner,
                String ownLevel, String partnerLevel, String text, ErrorSummary errors, Map<String, String> fieldErrors);

        static native TemplateInstance thread(Comparison comparison, Introduction introduction, boolean canReply,
                String done, String text, ErrorSummary errors, String error);
    }

    private final QuadApi quads;
    private final CurrentUser user;

    public IntroductionPages(@RestClient QuadApi quads, CurrentUser user) {
        this.quads = quads;
        this.user = user;
    }

    @GET
    public String list(@PathParam("quadId") UUID quadId) {
        return Templates.list(quads.comparison(quadId), quads.introductions(quadId)).render();
    }

    @GET
    @Path("/new")
    public String askForm(@PathParam("quadId") UUID quadId, @QueryParam("item") String item,
            @QueryParam("partner") String partner) {
        return askPage(quadId, item, partner, "", Map.of()).render();
    }

    @POST
    public Response ask(@PathParam("quadId") UUID quadId, @RestForm String item, @RestForm String partner,
            @RestForm String text) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            errors.put("text", "Enter your question");
        } else if (text.length() > LONGEST) {
            errors.put("text", "Your question must be " + LONGEST + " characters or fewer");
        }
        if (errors.isEmpty()) {
            try {
                Introduction asked = quads.ask(quadId, new NewIntroduction(item, partner, text));
                return Response.seeOther(URI.create("/quads/" + quadId + "/introductions/" + asked.id()
                        + "?done=asked")).build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = QuadPages.clientProblem(failure);
                QuadPages.problemInto(problem, errors, "text");
            }
        }
        return Response.status(422).entity(askPage(quadId, item, partner, text == null ? "" : text, errors).render())
                .build();
    }

    @GET
    @Path("/{introductionId}")
    public String thread(@PathParam("quadId") UUID quadId, @PathParam("introductionId") UUID introductionId,
            @QueryParam("done") String done) {
        return threadPage(quadId, introductionId, done, "", null).render();
    }

    @POST
    @Path("/{introductionId}/replies")
    public Response reply(@PathParam("quadId") UUID quadId, @PathParam("introductionId") UUID introductionId,
            @RestForm String text) {
        String error = null;
        if (text == null || text.isBlank()) {
            error = "Enter your reply";
        } else if (text.length() > LONGEST) {
            error = "Your reply must be " + LONGEST + " characters or fewer";
        } else {
            try {
                quads.replyToIntroduction(quadId, introductionId, new NewReply(text));
                return Response.seeOther(URI.create("/quads/" + quadId + "/introductions/" + introductionId
                        + "?done=replied#messages")).build();
            } catch (RuntimeException failure) {
                Map<String, String> errors = new LinkedHashMap<>();
                QuadPages.problemInto(QuadPages.clientProblem(failure), errors, "text");
                error = errors.values().iterator().next();
            }
        }
        return Response.status(422).entity(threadPage(quadId, introductionId, null, text == null ? "" : text, error)
                .render()).build();
    }

    private TemplateInstance threadPage(UUID quadId, UUID introductionId, String done, String text, String error) {
        Comparison comparison = quads.comparison(quadId);
        Introduction introduction = quads.introduction(quadId, introductionId);
        String council = user.getCouncil();
        boolean canReply = user.isEditor() && council != null
                && (council.equalsIgnoreCase(introduction.askerCouncil())
                        || council.equalsIgnoreCase(introduction.partnerCouncil()));
        ErrorSummary errors = error == null ? null : QuadPages.summary(Map.of("text", error), "reply-");
        return Templates.thread(comparison, introduction, canReply, done, text, errors, error);
    }

    private TemplateInstance askPage(UUID quadId, String item, String partner, String text,
            Map<String, String> errors) {
        Comparison comparison = quads.comparison(quadId);
        QuestionComparison question = comparison.questions() == null ? null
                : comparison.questions().stream().filter(q -> q.questionCode().equals(item)).findFirst().orElse(null);
        MemberStatus member = comparison.members().stream().filter(m -> m.code().equalsIgnoreCase(String.valueOf(
                partner))).findFirst().orElse(null);
        String own = user.getCouncil();
        return Templates.ask(comparison, question, member, levelOf(question, own), levelOf(question, partner), text,
                errors.isEmpty() ? null : QuadPages.summary(errors, "ask-"), errors);
    }

    private static String levelOf(QuestionComparison question, String council) {
        if (question == null || council == null) {
            return null;
        }
        return question.answers().stream().filter(a -> a.councilCode().equalsIgnoreCase(council)).findFirst()
                .map(IntroductionPages::levelText).orElse(null);
    }

    private static String levelText(MemberAnswer answer) {
        return answer.level() == null ? answer.notApplicable() ? "Not applicable" : "No level"
                : answer.level() + " " + (answer.levelLabel() == null ? "" : answer.levelLabel());
    }
}
