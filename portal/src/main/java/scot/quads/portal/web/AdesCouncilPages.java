package scot.quads.portal.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import scot.quads.portal.client.AuthorityApi;
import scot.quads.portal.client.AuthorityApi.Contact;
import scot.quads.portal.client.AuthorityApi.Council;
import scot.quads.portal.client.AuthorityApi.CouncilIndicators;
import scot.quads.portal.client.AuthorityApi.ImportOutcome;
import scot.quads.portal.client.ServiceProblem;

/**
 * ADES's pages about councils: the list with their benchmarking families, a council with its contacts (added,
 * changed, removed) and its context indicators beside its family, and the indicator import (a dry run showing
 * what would change, then the real one).
 */
@Path("/ades")
@Produces(MediaType.TEXT_HTML)
public class AdesCouncilPages {

    static final Map<String, String> NOTIFICATIONS = new LinkedHashMap<>();

    static {
        NOTIFICATIONS.put("cycle.opened", "A cycle opens");
        NOTIFICATIONS.put("deadline-approaching", "The deadline is approaching");
        NOTIFICATIONS.put("deadline-passed", "The deadline has passed");
        NOTIFICATIONS.put("self-evaluation.submitted", "A self-evaluation is submitted");
        NOTIFICATIONS.put("self-evaluation.returned", "A self-evaluation is returned");
        NOTIFICATIONS.put("quad.changed", "The quad changes");
        NOTIFICATIONS.put("comment", "A comment on an answer");
        NOTIFICATIONS.put("action", "An action is agreed or moves on");
        NOTIFICATIONS.put("focus.proposed", "A council proposes its focus");
        NOTIFICATIONS.put("focus.decided", "ADES agrees the council's focus or sends it back");
        NOTIFICATIONS.put("findings.published", "ADES publishes the council's findings report, or a quad partner's");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance councils(List<Council> councils);

        static native TemplateInstance council(Council council, List<Contact> contacts, CouncilIndicators indicators,
                String done);

        static native TemplateInstance contact(Council council, Contact contact, Map<String, String> notifications,
                AdminForm form, ErrorSummary errors);

        static native TemplateInstance importIndicators(String csv, ImportOutcome outcome, boolean applied,
                AdminForm form, ErrorSummary errors);
    }

    private final AuthorityApi authority;
    private final CurrentUser user;

    public AdesCouncilPages(@RestClient AuthorityApi authority, CurrentUser user) {
        this.authority = authority;
        this.user = user;
    }

    @GET
    @Path("/councils")
    public String councils() {
        requireAdes();
        List<Council> councils = authority.councils().stream()
                .sorted(Comparator.comparing(Council::name)).toList();
        return Templates.councils(councils).render();
    }

    @GET
    @Path("/councils/{code}")
    public String council(@PathParam("code") String code, @QueryParam("done") String done) {
        requireAdes();
        return Templates.council(authority.council(code), authority.contacts(code),
                AdesPages.optional(() -> authority.indicators(code)), done).render();
    }

    @GET
    @Path("/councils/{code}/contacts/new")
    public String newContact(@PathParam("code") String code) {
        requireAdes();
        return Templates.contact(authority.council(code), null, NOTIFICATIONS, contactForm(AdminForm.empty()), null)
                .render();
    }

    @GET
    @Path("/councils/{code}/contacts/{id}/change")
    public String changeContact(@PathParam("code") String code, @PathParam("id") UUID id) {
        requireAdes();
        Contact contact = contactOf(code, id);
        AdminForm form = contactForm(AdminForm.empty()).set("name", contact.name()).set("email", contact.email())
                .set("role", contact.role());
        form.setAll("notifications", contact.notifications());
        return Templates.contact(authority.council(code), contact, NOTIFICATIONS, form, null).render();
    }

    @POST
    @Path("/councils/{code}/contacts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addContact(@PathParam("code") String code, MultivaluedMap<String, String> posted) {
        requireAdes();
        return saveContact(code, null, posted);
    }

    @POST
    @Path("/councils/{code}/contacts/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateContact(@PathParam("code") String code, @PathParam("id") UUID id,
            MultivaluedMap<String, String> posted) {
        requireAdes();
        return saveContact(code, id, posted);
    }

    @POST
    @Path("/councils/{code}/contacts/{id}/remove")
    public Response removeContact(@PathParam("code") String code, @PathParam("id") UUID id) {
        requireAdes();
        authority.removeContact(code, id);
        return Response.seeOther(URI.create("/ades/councils/" + code + "?done=removed")).build();
    }

    @GET
    @Path("/indicators/import")
    public String importForm() {
        requireAdes();
        return Templates.importIndicators("", null, false, importForm(AdminForm.empty()), null).render();
    }

    /**
     * A dry run unless {@code apply} is sent: the page then shows what would change and offers to apply the same
     * file, carried in the form, so nothing is written before the officer has seen the counts.
     */
    @POST
    @Path("/indicators/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importIndicators(@RestForm("file") FileUpload file, @RestForm String csv,
            @RestForm String apply) {
        requireAdes();
        AdminForm form = importForm(AdminForm.empty());
        String content = csv == null ? "" : csv;
        try {
            if (file != null && file.size() > 0) {
                content = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            form.reject("file", "The file could not be read: try again");
        }
        if (content.isBlank()) {
            form.reject("file", "Select a CSV file of indicator values, or paste its lines");
        }
        boolean real = "yes".equals(apply);
        if (!form.hasErrors()) {
            try {
                ImportOutcome outcome = authority.importIndicators(!real, content);
                return Response.ok(Templates.importIndicators(content, outcome, real, form, null).render()).build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = AdesPages.clientProblem(failure);
                int n = 0;
                for (ServiceProblem.FieldError e : problem.errors()) {
                    form.reject(e.field() + "#" + n++, capitalised(e.field()) + ": " + e.message());
                }
                if (problem.errors().isEmpty()) {
                    form.reject("file", problem.detail());
                }
            }
        }
        return Response.status(422).entity(Templates.importIndicators(content, null, false, form, form.summary())
                .render()).build();
    }

    private Response saveContact(String code, UUID id, MultivaluedMap<String, String> posted) {
        AdminForm form = contactForm(AdminForm.of(posted));
        List<String> notifications = posted.getOrDefault("notifications", List.of());
        if (form.value("name").isBlank()) {
            form.reject("name", "Enter the contact's name");
        }
        if (form.value("email").isBlank()) {
            form.reject("email", "Enter the contact's email address");
        }
        if (!form.hasErrors()) {
            Map<String, Object> contact = new LinkedHashMap<>();
            contact.put("name", form.value("name"));
            contact.put("email", form.value("email"));
            contact.put("role", form.blankToNull("role"));
            contact.put("notifications", notifications);
            try {
                if (id == null) {
                    authority.addContact(code, contact);
                } else {
                    authority.changeContact(code, id, contact);
                }
                return Response.seeOther(URI.create("/ades/councils/" + code + "?done=" + (id == null ? "added"
                        : "changed"))).build();
            } catch (RuntimeException failure) {
                form.reject(AdesPages.clientProblem(failure));
            }
        }
        return Response.status(422).entity(Templates.contact(authority.council(code),
                id == null ? null : contactOf(code, id), NOTIFICATIONS, form, form.summary()).render()).build();
    }

    private Contact contactOf(String code, UUID id) {
        return authority.contacts(code).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new ServiceProblem(404, "Not found", "The council has no such contact", null,
                        null));
    }

    private static AdminForm contactForm(AdminForm form) {
        return form.field("name", "name", "Name").field("email", "email", "Email address").field("role", "role",
                "Role").field("notifications", "notifications", "Notifications");
    }

    private static AdminForm importForm(AdminForm form) {
        return form.field("file", "file", "File");
    }

    private static String capitalised(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void requireAdes() {
        if (!user.isAdes()) {
            throw new ServiceProblem(403, "Forbidden", "These pages are for ADES officers.", null, null);
        }
    }
}
