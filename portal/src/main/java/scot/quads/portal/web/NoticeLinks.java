package scot.quads.portal.web;

import java.net.URI;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.logging.Log;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Quad;

/**
 * The addresses notification-service writes into its mails and inbox notices ({@code /cycles/{id}/self-evaluation},
 * {@code /cycles/{id}/quads}, ...), each sent on to the page where its recipient acts on the notice: a council
 * user to their council's pages, ADES to the cycle's. The service knows nothing of the portal's own paths, and
 * mails already sent must keep working, so these stay as they are even if the pages move.
 */
@Path("/cycles/{cycleId}")
public class NoticeLinks {

    private static final Pattern LINK = Pattern.compile(
            "^/cycles/([0-9a-fA-F-]{36})/(self-evaluation|progress|quads)(?:/([0-9a-fA-F-]{36})/(questions|actions|introductions)/([^/?#]+))?$");

    private final QuadApi quads;
    private final CurrentUser user;

    public NoticeLinks(@RestClient QuadApi quads, CurrentUser user) {
        this.quads = quads;
        this.user = user;
    }

    /** A cycle opened, its deadline near or passed, a self-evaluation returned or submitted. */
    @GET
    @Path("/self-evaluation")
    public Response selfEvaluation(@PathParam("cycleId") UUID cycleId) {
        return to(user.isAdes() ? "/ades/cycles/" + cycleId : "/council?cycle=" + cycleId);
    }

    /** A council's focus proposed (to ADES), agreed or sent back (to the council). */
    @GET
    @Path("/councils/{code}/focus")
    public Response focus(@PathParam("cycleId") UUID cycleId, @PathParam("code") String code) {
        return to(user.isAdes() ? "/ades/cycles/" + cycleId + "/councils/" + TemplateExtensions.pathSegment(code)
                + "/focus" : "/council/cycles/" + cycleId + "/focus");
    }

    /** ADES: who has not submitted by the deadline. */
    @GET
    @Path("/progress")
    public Response progress(@PathParam("cycleId") UUID cycleId) {
        return to(user.isAdes() ? "/ades/cycles/" + cycleId : "/council?cycle=" + cycleId);
    }

    /** A partner submitted, answers revealed, the quad formed or changed: the user's quad in that cycle. */
    @GET
    @Path("/quads")
    public Response quads(@PathParam("cycleId") UUID cycleId) {
        if (user.isAdes()) {
            return to("/ades/cycles/" + cycleId + "/quads");
        }
        try {
            Quad quad = quads.mine(cycleId);
            return to("/quads/" + quad.id());
        } catch (RuntimeException none) {
            // No quad in that cycle (any more): the list of the council's quads says so.
            Log.debugf("No quad of the user's in cycle %s: %s", cycleId, none.getMessage());
            return to("/quads");
        }
    }

    /** A comment on a question: the question's page in the quad, where the thread is. */
    @GET
    @Path("/quads/{quadId}/questions/{code}")
    public Response question(@PathParam("quadId") UUID quadId, @PathParam("code") String code) {
        return to("/quads/" + quadId + "/questions/" + TemplateExtensions.pathSegment(code));
    }

    /** An action assigned, due soon or overdue: the quad's actions, at that action. */
    @GET
    @Path("/quads/{quadId}/introductions/{introductionId}")
    public Response introduction(@PathParam("quadId") UUID quadId,
            @PathParam("introductionId") UUID introductionId) {
        return to("/quads/" + quadId + "/introductions/" + introductionId);
    }

    @GET
    @Path("/quads/{quadId}/actions/{actionId}")
    public Response action(@PathParam("quadId") UUID quadId, @PathParam("actionId") UUID actionId) {
        return to("/quads/" + quadId + "/actions#action-" + actionId);
    }

    private static Response to(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    /** What the inbox's link to act on a notice says, from where notification-service points it. */
    static String linkText(String link, boolean ades) {
        if (link == null) {
            return null;
        }
        if ("/preferences".equals(link)) {
            return "Choose which emails you get";
        }
        Matcher m = LINK.matcher(link);
        if (!m.matches()) {
            return "Open it in the portal";
        }
        if (m.group(4) != null) {
            return switch (m.group(4)) {
                case "questions" -> "Read the comment";
                case "introductions" -> "Read the question and reply";
                default -> "See the action";
            };
        }
        return switch (m.group(2)) {
            case "self-evaluation" -> ades ? "See the cycle's progress" : "Go to your self-evaluation";
            case "progress" -> ades ? "See the cycle's progress" : "Go to your self-evaluation";
            default -> ades ? "See the cycle's quads" : "Go to your quad";
        };
    }
}
