package scot.quads.portal.web;

import java.net.URI;
import java.util.ArrayList;
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

import scot.quads.portal.client.FindingsApi;
import scot.quads.portal.client.FindingsApi.ParagraphEdit;
import scot.quads.portal.client.FindingsApi.Report;
import scot.quads.portal.client.FindingsApi.SectionEdit;
import scot.quads.portal.client.ServiceProblem;

/**
 * A council's findings report while it is drafted: every section's paragraphs in a form (each pre-filled one
 * showing where it came from), the agreements of the council and ADES, ADES's publication, and a correction of a
 * published report. Each change carries the version the user read, so a colleague's change in between is reported,
 * not overwritten.
 */
@Path("/quads/{quadId}/findings/{code}")
@Produces(MediaType.TEXT_HTML)
public class FindingsPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(UUID quadId, Report report, Abilities can, String done,
                ErrorSummary errors, Typed typed);

        static native TemplateInstance notStarted(UUID quadId, String code, boolean canStart, ErrorSummary errors);
    }

    /** What the signed-in user may do with this report now. */
    public record Abilities(boolean write, boolean agree, boolean publish, boolean correct) {
    }

    /**
     * What the user typed into one section's form (or the correction's reason) when it failed, with the errors by
     * paragraph; NONE otherwise.
     */
    public record Typed(String section, List<String> ids, List<String> texts, Map<Integer, String> errors,
            String reason, String reasonError) {

        static final Typed NONE = new Typed(null, List.of(), List.of(), Map.of(), null, null);

        public boolean isFor(String key) {
            return key.equals(section);
        }

        public String text(Integer index) {
            return index < texts.size() && texts.get(index) != null ? texts.get(index) : "";
        }

        public String error(Integer index) {
            return errors.get(index);
        }
    }

    private final FindingsApi findings;
    private final CurrentUser user;

    public FindingsPages(@RestClient FindingsApi findings, CurrentUser user) {
        this.findings = findings;
        this.user = user;
    }

    @GET
    public Response report(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @QueryParam("done") String done) {
        Report report;
        try {
            report = findings.report(quadId, code);
        } catch (RuntimeException failure) {
            ServiceProblem problem = QuadPages.clientProblem(failure);
            if (problem.status() != 404) {
                throw problem;
            }
            return Response.ok(Templates.notStarted(quadId, code, canWrite(code), null).render()).build();
        }
        return Response.ok(page(quadId, report, done, null, Typed.NONE)).build();
    }

    @POST
    public Response start(@PathParam("quadId") UUID quadId, @PathParam("code") String code) {
        try {
            findings.start(quadId, code);
            return done(quadId, code, "started");
        } catch (RuntimeException failure) {
            ServiceProblem problem = QuadPages.clientProblem(failure);
            return Response.status(problem.status() == 403 ? 403 : 409).entity(Templates.notStarted(quadId, code,
                    canWrite(code), ErrorSummary.single("#start", problem.status() == 403
                            ? "You cannot start this report: " + problem.detail()
                            : Labels.sentence(problem.detail()))).render()).build();
        }
    }

    @POST
    @Path("/sections/{section}")
    public Response saveSection(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @PathParam("section") String section, @RestForm("id") List<String> ids,
            @RestForm("text") List<String> texts, @RestForm Integer version) {
        List<String> formIds = ids == null ? List.of() : ids;
        List<String> formTexts = texts == null ? List.of() : texts;
        List<ParagraphEdit> edits = new ArrayList<>();
        List<Integer> formIndex = new ArrayList<>();
        for (int i = 0; i < formTexts.size(); i++) {
            String text = formTexts.get(i);
            if (text == null || text.isBlank()) {
                continue; // a cleared paragraph is removed; an empty new one is not added
            }
            String id = i < formIds.size() ? formIds.get(i) : null;
            edits.add(new ParagraphEdit(id == null || id.isBlank() ? null : UUID.fromString(id.strip()), text.strip()));
            formIndex.add(i);
        }
        try {
            findings.editSection(quadId, code, section, etag(version), new SectionEdit(edits));
            return done(quadId, code, "saved#" + section);
        } catch (RuntimeException failure) {
            ServiceProblem problem = QuadPages.clientProblem(failure);
            Map<Integer, String> errors = new LinkedHashMap<>();
            List<ErrorSummary.Item> items = new ArrayList<>();
            for (ServiceProblem.FieldError error : problem.errors()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("paragraphs\\[(\\d+)]")
                        .matcher(error.field() == null ? "" : error.field());
                int at = m.find() && Integer.parseInt(m.group(1)) < formIndex.size()
                        ? formIndex.get(Integer.parseInt(m.group(1))) : 0;
                String message = "Paragraph " + (at + 1) + " " + plainMessage(error.message());
                errors.putIfAbsent(at, message);
                items.add(new ErrorSummary.Item("#" + section + "-text-" + at, message));
            }
            if (items.isEmpty()) {
                String message = problem.status() == 412
                        ? "Someone else changed this report after you opened the page. Your text is shown below"
                                + " beside theirs: copy what you need, reload the page and save again"
                        : problem.status() == 403 ? "You cannot change this report: " + problem.detail()
                        : Labels.sentence(problem.detail());
                errors.put(0, message);
                items.add(new ErrorSummary.Item("#" + section + "-text-0", message));
            }
            Report current = findings.report(quadId, code);
            Typed typed = new Typed(section, formIds, formTexts, errors, null, null);
            return Response.status(problem.status() == 412 ? 409 : 422)
                    .entity(page(quadId, current, null, new ErrorSummary("There is a problem", items), typed))
                    .build();
        }
    }

    @POST
    @Path("/agreement")
    public Response agree(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @RestForm Integer version) {
        try {
            findings.agree(quadId, code, etag(version));
            return done(quadId, code, "agreed");
        } catch (RuntimeException failure) {
            return refused(quadId, code, QuadPages.clientProblem(failure), "agree");
        }
    }

    @POST
    @Path("/publication")
    public Response publish(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @RestForm Integer version) {
        try {
            findings.publish(quadId, code, etag(version));
            return done(quadId, code, "published");
        } catch (RuntimeException failure) {
            return refused(quadId, code, QuadPages.clientProblem(failure), "publish");
        }
    }

    @POST
    @Path("/corrections")
    public Response correct(@PathParam("quadId") UUID quadId, @PathParam("code") String code,
            @RestForm String reason, @RestForm Integer version) {
        String error = null;
        if (reason == null || reason.isBlank()) {
            error = "Enter what the correction corrects";
        } else {
            try {
                findings.correct(quadId, code, etag(version), new FindingsApi.Correction(reason.strip()));
                return done(quadId, code, "correction");
            } catch (RuntimeException failure) {
                ServiceProblem problem = QuadPages.clientProblem(failure);
                error = problem.status() == 412
                        ? "Someone else changed this report after you opened the page: check it, then try again"
                        : Labels.sentence(problem.detail());
            }
        }
        Report current = findings.report(quadId, code);
        Typed typed = new Typed(null, List.of(), List.of(), Map.of(), reason, error);
        return Response.status(422).entity(page(quadId, current, null,
                ErrorSummary.single("#correction-reason", error), typed)).build();
    }

    private Response refused(UUID quadId, String code, ServiceProblem problem, String what) {
        List<ErrorSummary.Item> items = new ArrayList<>();
        if (problem.status() == 412) {
            items.add(new ErrorSummary.Item("#" + what, "Someone else changed this report after you opened the"
                    + " page. Read it as it is now, then " + what + " it if you still want to"));
        } else if (problem.status() == 403) {
            items.add(new ErrorSummary.Item("#" + what, "You cannot " + what + " this report: " + problem.detail()));
        } else {
            for (ServiceProblem.FieldError error : problem.errors()) {
                items.add(new ErrorSummary.Item("#agreements", Labels.sentence(upperFirst(error.message()))));
            }
            if (items.isEmpty()) {
                items.add(new ErrorSummary.Item("#" + what, Labels.sentence(problem.detail())));
            }
        }
        Report current = findings.report(quadId, code);
        return Response.status(409).entity(page(quadId, current, null, new ErrorSummary("There is a problem", items),
                Typed.NONE)).build();
    }

    private String page(UUID quadId, Report report, String done, ErrorSummary errors, Typed typed) {
        return Templates.report(quadId, report, abilities(report), done, errors, typed).render();
    }

    private Abilities abilities(Report report) {
        boolean latest = report.supersededBy() == null;
        boolean write = canWrite(report.councilCode());
        boolean ownSide = user.isEditor() && report.councilCode().equalsIgnoreCase(user.getCouncil())
                ? report.councilAgreement() == null
                : (user.isAdes() || user.isAdesOfficer()) && report.adesAgreement() == null;
        return new Abilities(write && !report.isPublished(), !report.isPublished() && ownSide,
                user.isAdes() && report.isAgreed(), write && latest && "published".equals(report.state()));
    }

    private boolean canWrite(String council) {
        return user.isAdes() || user.isAssignedReader()
                || user.isEditor() && council.equalsIgnoreCase(user.getCouncil());
    }

    private static Response done(UUID quadId, String code, String what) {
        return Response.seeOther(URI.create("/quads/" + quadId + "/findings/" + TemplateExtensions.pathSegment(code)
                + "?done=" + what)).build();
    }

    private static String etag(Integer version) {
        return "\"" + (version == null ? 0 : version) + "\"";
    }

    private static String plainMessage(String message) {
        return message == null ? "" : message.replaceFirst("^must not be blank.*", "is empty");
    }

    private static String upperFirst(String text) {
        return text == null || text.isEmpty() ? "" : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
