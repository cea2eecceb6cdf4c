package scot.quads.portal.web;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import scot.quads.portal.client.ServiceProblem;

/** What a user sees when a service refuses a page or cannot be reached: a GOV.UK error page, never a stack trace. */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);

        static native TemplateInstance notFound();
    }

    @ServerExceptionMapper
    public Response problem(ServiceProblem problem) {
        return switch (problem.status()) {
            case 401 -> page(401, "You need to sign in again", "Your session has ended. Sign out and sign in again.");
            case 403 -> page(403, "You cannot see this page", problem.detail());
            case 404 -> notFound();
            case 409, 412, 422, 400 -> page(problem.status(), "That could not be done", problem.detail());
            default -> {
                Log.warnf("A service answered %d: %s", problem.status(), problem.detail());
                yield page(503, "Sorry, there is a problem with the service", "Try again later.");
            }
        };
    }

    /** An address the portal has no page for (a mistyped or old link): the GOV.UK "Page not found" pattern. */
    @ServerExceptionMapper
    public Response unknownAddress(NotFoundException e) {
        return notFound();
    }

    static Response notFound() {
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.notFound().render()).build();
    }

    @ServerExceptionMapper
    public Response unreachable(ProcessingException e) {
        ServiceProblem problem = ServiceProblem.in(e);
        if (problem != null) {
            return problem(problem);
        }
        Log.warnf("A service could not be reached: %s", e.getMessage());
        return page(503, "Sorry, there is a problem with the service",
                "A part of Quads is not available at the moment. Try again later.");
    }

    static Response page(int status, String title, String detail) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, title, detail).render()).build();
    }
}
