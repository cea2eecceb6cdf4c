package scot.quads.portal.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.FollowUp;
import scot.quads.portal.client.QuadApi.FollowUpChange;
import scot.quads.portal.client.RubricAdminApi;
import scot.quads.portal.client.RubricAdminApi.AdminCycle;
import scot.quads.portal.client.ServiceProblem;

/**
 * ADES sets a cycle's follow-up point: when every council records the progress of the actions it owns. Left unset,
 * each council's point is a year after its findings report is first published.
 */
@Path("/ades")
@Produces(MediaType.TEXT_HTML)
public class AdesFollowUpPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance followUp(AdminCycle cycle, FollowUp followUp, AdminForm form,
                ErrorSummary errors, String done);
    }

    private final QuadApi quads;
    private final RubricAdminApi admin;
    private final CurrentUser user;

    public AdesFollowUpPages(@RestClient QuadApi quads, @RestClient RubricAdminApi admin, CurrentUser user) {
        this.quads = quads;
        this.admin = admin;
        this.user = user;
    }

    @GET
    @Path("/cycles/{cycleId}/follow-up")
    public String page(@PathParam("cycleId") UUID cycleId, @QueryParam("done") String done) {
        requireAdes();
        FollowUp followUp = quads.followUp(cycleId);
        AdminForm form = form(AdminForm.empty()).setDate("followUpOn", followUp.followUpOn())
                .set("version", followUp.version());
        return Templates.followUp(admin.cycle(cycleId), followUp, form, null, done).render();
    }

    @POST
    @Path("/cycles/{cycleId}/follow-up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("cycleId") UUID cycleId, MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = form(AdminForm.of(posted));
        LocalDate on = form.date("followUpOn", true);
        String version = form.value("version");
        if (version == null || !version.matches("[0-9]{1,18}")) {
            // Taken as a page that showed no date set: a date set since is then reported, not overwritten.
            version = null;
        }
        if (!form.hasErrors()) {
            try {
                quads.setFollowUp(cycleId, "\"" + (version == null ? "0" : version) + "\"",
                        new FollowUpChange(on));
                return Response.seeOther(URI.create("/ades/cycles/" + cycleId + "/follow-up?done=saved")).build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = QuadPages.clientProblem(failure);
                if (problem.status() == 412) {
                    form.reject("followUpOn", "Someone else set the follow-up date after you opened this page: the"
                            + " date that now stands is shown above. Check it, then save your date again");
                } else {
                    form.reject(problem);
                }
            }
        }
        FollowUp now = quads.followUp(cycleId);
        form.set("version", now.version());
        return Response.status(422).entity(Templates.followUp(admin.cycle(cycleId), now, form,
                form.summary(), null).render()).build();
    }

    private static AdminForm form(AdminForm form) {
        return form.field("followUpOn", "followUpOn-day", "Follow-up date");
    }

    private void requireAdes() {
        if (!user.isAdes()) {
            throw new ServiceProblem(403, "Forbidden", "These pages are for ADES officers.", null, null);
        }
    }
}
