package scot.quads.portal.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
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

import scot.quads.portal.client.RubricAdminApi;
import scot.quads.portal.client.RubricAdminApi.Diff;
import scot.quads.portal.client.RubricAdminApi.FullVersion;
import scot.quads.portal.client.RubricAdminApi.Indicator;
import scot.quads.portal.client.RubricAdminApi.Question;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.RubricApi.Framework;
import scot.quads.portal.client.RubricApi.VersionSummary;
import scot.quads.portal.client.ServiceProblem;

/**
 * ADES's rubric pages: each framework's versions with their lineage, a version's themes, indicators and questions,
 * a new draft from a published version, editing a draft (questions added, changed, deleted and reordered; themes
 * and indicators retitled), its diff against the version it was based on, publish, retire, export and import.
 */
@Path("/ades")
@Produces(MediaType.TEXT_HTML)
public class AdesFrameworkPages {

    static final List<String> LINEAGES = List.of("same", "reworded", "split-from", "merged-from", "new");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance frameworks(List<FrameworkLine> frameworks, Paging paging);

        static native TemplateInstance version(FullVersion version, FullVersion basedOn, AdminForm form,
                ErrorSummary errors, String done);

        static native TemplateInstance question(FullVersion version, String indicatorCode, Question question,
                List<String> lineages, AdminForm form, ErrorSummary errors);

        static native TemplateInstance heading(FullVersion version, String kind, String code, List<String> lineages,
                AdminForm form, ErrorSummary errors);

        static native TemplateInstance diff(FullVersion version, Diff diff);

        static native TemplateInstance importRubric(AdminForm form, ErrorSummary errors);
    }

    /** A framework with, for each version, the version it was based on. */
    public record FrameworkLine(Framework framework, List<VersionLine> versions) {
    }

    /** A version, the version it was based on, and the cycles that use it (by name). */
    public record VersionLine(VersionSummary version, String basedOn, List<String> cycles) {
    }

    /** Which frameworks one page of the list shows: {@link #PER_PAGE} at a time, pages counted from 1. */
    public record Paging(int page, int pages, int from, int to, int total) {

        static final int PER_PAGE = 10;

        /** The page asked for, or the nearest one there is (the first for anything that is not a number). */
        static Paging of(int total, String asked) {
            int pages = Math.max(1, (total + PER_PAGE - 1) / PER_PAGE);
            int page;
            try {
                page = asked == null ? 1 : Integer.parseInt(asked.trim());
            } catch (NumberFormatException notANumber) {
                page = 1;
            }
            page = Math.min(Math.max(page, 1), pages);
            int from = (page - 1) * PER_PAGE;
            return new Paging(page, pages, from, Math.min(total, from + PER_PAGE), total);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }

        public List<Integer> numbers() {
            return java.util.stream.IntStream.rangeClosed(1, pages).boxed().toList();
        }
    }

    private final RubricApi rubric;
    private final RubricAdminApi admin;
    private final CurrentUser user;

    public AdesFrameworkPages(@RestClient RubricApi rubric, @RestClient RubricAdminApi admin, CurrentUser user) {
        this.rubric = rubric;
        this.admin = admin;
        this.user = user;
    }

    @GET
    @Path("/frameworks")
    public String frameworks(@QueryParam("page") String page) {
        requireAdes();
        List<Framework> all = rubric.frameworks();
        Paging paging = Paging.of(all.size(), page);
        Map<UUID, List<String>> cyclesByVersion = new LinkedHashMap<>();
        for (Cycle cycle : rubric.cycles()) {
            cyclesByVersion.computeIfAbsent(cycle.rubricVersionId(), id -> new ArrayList<>()).add(cycle.name());
        }
        List<FrameworkLine> lines = new ArrayList<>();
        for (Framework framework : all.subList(paging.from(), paging.to())) {
            Map<UUID, VersionSummary> byId = new LinkedHashMap<>();
            framework.versions().forEach(v -> byId.put(v.id(), v));
            List<VersionLine> versions = new ArrayList<>();
            for (VersionSummary v : framework.versions()) {
                FullVersion full = admin.version(v.id());
                VersionSummary base = full.derivedFromVersionId() == null ? null
                        : byId.get(full.derivedFromVersionId());
                versions.add(new VersionLine(v, base == null ? null : "Version " + base.number() + " (" + base.label()
                        + ")", cyclesByVersion.getOrDefault(v.id(), List.of())));
            }
            lines.add(new FrameworkLine(framework, versions));
        }
        return Templates.frameworks(lines, paging).render();
    }

    @GET
    @Path("/versions/{id}")
    public String version(@PathParam("id") UUID id, @QueryParam("done") String done) {
        requireAdes();
        return versionPage(admin.version(id), AdminForm.empty(), null, done);
    }

    @POST
    @Path("/versions/{id}/new-version")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response newDraft(@PathParam("id") UUID id, MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = AdminForm.of(posted).field("label", "label", "Label");
        if (form.value("label").isBlank()) {
            form.reject("label", "Enter a label for the new draft, for example 2027-28");
        } else {
            try {
                FullVersion draft = admin.newVersion(id, Map.of("label", form.value("label")));
                return see("/ades/versions/" + draft.id() + "?done=drafted");
            } catch (RuntimeException failure) {
                form.reject(AdesPages.clientProblem(failure));
            }
        }
        return Response.status(422).entity(versionPage(admin.version(id), form, form.summary(), null)).build();
    }

    @POST
    @Path("/versions/{id}/publish")
    public Response publish(@PathParam("id") UUID id) {
        requireAdes();
        return act(id, () -> admin.publish(id, null), "published");
    }

    @POST
    @Path("/versions/{id}/retire")
    public Response retire(@PathParam("id") UUID id) {
        requireAdes();
        return act(id, () -> admin.retire(id), "retired");
    }

    @POST
    @Path("/versions/{id}/questions/{code}/delete")
    public Response deleteQuestion(@PathParam("id") UUID id, @PathParam("code") String code) {
        requireAdes();
        return act(id, () -> admin.deleteQuestion(id, code), "deleted");
    }

    @POST
    @Path("/versions/{id}/questions/{code}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moveQuestion(@PathParam("id") UUID id, @PathParam("code") String code,
            @RestForm String direction) {
        requireAdes();
        FullVersion version = admin.version(id);
        Indicator indicator = indicatorOf(version, code);
        List<String> codes = new ArrayList<>(indicator.questions().stream().map(Question::code).toList());
        int at = codes.indexOf(code);
        int to = "up".equals(direction) ? at - 1 : at + 1;
        if (to < 0 || to >= codes.size()) {
            return see("/ades/versions/" + id + "#" + Labels.domId(code));
        }
        codes.set(at, codes.get(to));
        codes.set(to, code);
        return act(id, () -> admin.reorderQuestions(id, indicator.code(), Map.of("codes", codes)), "moved",
                "#" + Labels.domId(code));
    }

    @GET
    @Path("/versions/{id}/questions/{code}/change")
    public String changeQuestion(@PathParam("id") UUID id, @PathParam("code") String code) {
        requireAdes();
        FullVersion version = admin.version(id);
        Question question = questionOf(version, code);
        AdminForm form = questionForm(AdminForm.empty()).set("prompt", question.prompt())
                .set("title", question.title()).set("guidance", question.guidance())
                .set("lineage", question.lineage())
                .set("kind", question.kind() == null ? "graded" : question.kind())
                .set("required", question.optional() ? "no" : "yes");
        return Templates.question(version, indicatorOf(version, code).code(), question, LINEAGES, form, null)
                .render();
    }

    @POST
    @Path("/versions/{id}/questions/{code}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveQuestion(@PathParam("id") UUID id, @PathParam("code") String code,
            MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = questionForm(AdminForm.of(posted));
        if (form.value("prompt").isBlank()) {
            form.reject("prompt", "Enter the question");
        }
        if (!form.hasErrors()) {
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("prompt", form.value("prompt"));
            change.put("title", form.blankToNull("title"));
            change.put("guidance", form.blankToNull("guidance"));
            if (!form.value("lineage").isBlank()) {
                change.put("lineage", form.value("lineage"));
            }
            kindAndRequired(form, change);
            try {
                admin.changeQuestion(id, code, change);
                return see("/ades/versions/" + id + "?done=saved#" + Labels.domId(code));
            } catch (RuntimeException failure) {
                form.reject(AdesPages.clientProblem(failure));
            }
        }
        FullVersion version = admin.version(id);
        return Response.status(422).entity(Templates.question(version, indicatorOf(version, code).code(),
                questionOf(version, code), LINEAGES, form, form.summary()).render()).build();
    }

    @GET
    @Path("/versions/{id}/indicators/{indicator}/questions/new")
    public String newQuestion(@PathParam("id") UUID id, @PathParam("indicator") String indicator) {
        requireAdes();
        return Templates.question(admin.version(id), indicator, null, LINEAGES,
                questionForm(AdminForm.empty()).set("lineage", "new").set("required", "yes"), null).render();
    }

    @POST
    @Path("/versions/{id}/indicators/{indicator}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addQuestion(@PathParam("id") UUID id, @PathParam("indicator") String indicator,
            MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = questionForm(AdminForm.of(posted));
        if (form.value("code").isBlank()) {
            form.reject("code", "Enter the question's code, for example D1.1.4");
        }
        if (form.value("prompt").isBlank()) {
            form.reject("prompt", "Enter the question");
        }
        if (!form.hasErrors()) {
            Map<String, Object> question = new LinkedHashMap<>();
            question.put("code", form.value("code"));
            question.put("prompt", form.value("prompt"));
            question.put("title", form.blankToNull("title"));
            question.put("guidance", form.blankToNull("guidance"));
            question.put("lineage", form.value("lineage").isBlank() ? "new" : form.value("lineage"));
            if (!form.value("derivedFrom").isBlank()) {
                question.put("derivedFrom", List.of(form.value("derivedFrom").split("\\s*,\\s*")));
            }
            kindAndRequired(form, question);
            try {
                admin.addQuestion(id, indicator, question);
                return see("/ades/versions/" + id + "?done=added#" + Labels.domId(form.value("code")));
            } catch (RuntimeException failure) {
                form.reject(AdesPages.clientProblem(failure));
            }
        }
        return Response.status(422).entity(Templates.question(admin.version(id), indicator, null, LINEAGES, form,
                form.summary()).render()).build();
    }

    @GET
    @Path("/versions/{id}/{kind: themes|indicators}/{code}/change")
    public String changeHeading(@PathParam("id") UUID id, @PathParam("kind") String kind,
            @PathParam("code") String code) {
        requireAdes();
        FullVersion version = admin.version(id);
        AdminForm form = headingForm(AdminForm.empty());
        if ("themes".equals(kind)) {
            form.set("title", version.themes().stream().filter(t -> t.code().equals(code))
                    .map(RubricAdminApi.Theme::title).findFirst().orElseThrow(() -> notFound(kind, code)));
        } else {
            Indicator indicator = version.themes().stream().flatMap(t -> t.indicators().stream())
                    .filter(i -> i.code().equals(code)).findFirst().orElseThrow(() -> notFound(kind, code));
            form.set("title", indicator.title()).set("lineage", indicator.lineage());
        }
        return Templates.heading(version, kind, code, LINEAGES, form, null).render();
    }

    /**
     * A theme's title; a quality indicator's title and, in a version based on an earlier one, its lineage and what
     * it came from (the earlier version's indicator codes; left blank, the sources it has stay).
     */
    @POST
    @Path("/versions/{id}/{kind: themes|indicators}/{code}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveHeading(@PathParam("id") UUID id, @PathParam("kind") String kind,
            @PathParam("code") String code, MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = headingForm(AdminForm.of(posted));
        if (form.value("title").isBlank()) {
            form.reject("title", "Enter a title");
        } else {
            try {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("title", form.value("title"));
                if ("themes".equals(kind)) {
                    admin.changeTheme(id, code, change);
                } else {
                    if (!form.value("lineage").isBlank()) {
                        change.put("lineage", form.value("lineage"));
                    }
                    if (!form.value("derivedFrom").isBlank()) {
                        change.put("derivedFrom", List.of(form.value("derivedFrom").trim().split("\\s*,\\s*")));
                    }
                    admin.changeIndicator(id, code, change);
                }
                return see("/ades/versions/" + id + "?done=saved");
            } catch (RuntimeException failure) {
                form.reject(AdesPages.clientProblem(failure));
            }
        }
        return Response.status(422).entity(Templates.heading(admin.version(id), kind, code, LINEAGES, form,
                form.summary()).render()).build();
    }

    @GET
    @Path("/versions/{id}/diff")
    public String diff(@PathParam("id") UUID id) {
        requireAdes();
        FullVersion version = admin.version(id);
        if (version.derivedFromVersionId() == null) {
            throw new ServiceProblem(404, "Not found", "This version was not based on an earlier one, so there is "
                    + "nothing to compare it with.", null, null);
        }
        return Templates.diff(version, admin.diff(version.derivedFromVersionId(), id)).render();
    }

    /** The version as a file, fetched with the user's token and handed to the browser as a download. */
    @GET
    @Path("/versions/{id}/export")
    @Produces(MediaType.WILDCARD)
    public Response export(@PathParam("id") UUID id, @QueryParam("format") String format) {
        requireAdes();
        Response file = admin.export(id, "xlsx".equals(format) ? "xlsx" : "json");
        byte[] body = file.readEntity(byte[].class);
        return Response.ok(body).type(file.getMediaType())
                .header("Content-Disposition", file.getHeaderString("Content-Disposition")).build();
    }

    @GET
    @Path("/frameworks/import")
    public String importForm() {
        requireAdes();
        return Templates.importRubric(importForm(AdminForm.empty()), null).render();
    }

    @POST
    @Path("/frameworks/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importRubric(@RestForm("file") FileUpload file) {
        requireAdes();
        AdminForm form = importForm(AdminForm.empty());
        if (file == null || file.size() == 0) {
            form.reject("file", "Select a rubric file (.json or .xlsx)");
        } else {
            try {
                byte[] content = Files.readAllBytes(file.uploadedFile());
                String name = file.fileName() == null ? "" : file.fileName().toLowerCase();
                FullVersion draft = name.endsWith(".xlsx") ? admin.importWorkbook(content)
                        : admin.importJson(new String(content, StandardCharsets.UTF_8));
                return see("/ades/versions/" + draft.id() + "?done=imported");
            } catch (IOException e) {
                form.reject("file", "The file could not be read: try again");
            } catch (RuntimeException failure) {
                ServiceProblem problem = AdesPages.clientProblem(failure);
                problem.errors().forEach(e -> form.reject(e.field(), e.field() + ": " + e.message()));
                if (problem.errors().isEmpty()) {
                    form.reject("file", problem.detail());
                }
            }
        }
        return Response.status(422).entity(Templates.importRubric(form, form.summary()).render()).build();
    }

    private String versionPage(FullVersion version, AdminForm form, ErrorSummary errors, String done) {
        FullVersion basedOn = version.derivedFromVersionId() == null ? null
                : AdesPages.optional(() -> admin.version(version.derivedFromVersionId()));
        return Templates.version(version, basedOn, form.field("label", "label", "Label"), errors, done).render();
    }

    /** Runs a change to a version; the service's refusal is shown at the top of the version page. */
    private Response act(UUID id, Runnable change, String done) {
        return act(id, change, done, "");
    }

    private Response act(UUID id, Runnable change, String done, String anchor) {
        try {
            change.run();
            return see("/ades/versions/" + id + "?done=" + done + anchor);
        } catch (RuntimeException failure) {
            ServiceProblem problem = AdesPages.clientProblem(failure);
            AdminForm form = AdminForm.empty().field("version", "version-actions", "Version");
            problem.errors().forEach(e -> form.reject(e.field(), e.field() + ": " + e.message()));
            if (problem.errors().isEmpty()) {
                form.reject("version", problem.detail());
            }
            return Response.status(problem.status()).entity(versionPage(admin.version(id), form, form.summary(),
                    null)).build();
        }
    }

    private static AdminForm questionForm(AdminForm form) {
        return form.field("code", "code", "Code").field("prompt", "prompt", "Question")
                .field("title", "title", "Short title").field("guidance", "guidance", "Guidance")
                .field("lineage", "lineage", "Lineage").field("derivedFrom", "derivedFrom", "Derived from")
                .field("kind", "kind", "How the question is answered")
                .field("required", "required", "Whether the council must answer it")
                .field("notApplicableAllowed", "kind", "“Does not apply”");
    }

    /**
     * The question's kind (graded or narrative) and whether a narrative one is required, as chosen; left out when
     * the form does not say, so that the service keeps them or applies the version's grain.
     */
    private static void kindAndRequired(AdminForm form, Map<String, Object> body) {
        String kind = form.value("kind");
        if ("graded".equals(kind) || "narrative".equals(kind)) {
            body.put("kind", kind);
        }
        String required = form.value("required");
        if ("yes".equals(required) || "no".equals(required)) {
            body.put("required", "yes".equals(required));
        }
    }

    private static AdminForm headingForm(AdminForm form) {
        return form.field("title", "title", "Title").field("code", "title", "Code")
                .field("lineage", "lineage", "Lineage").field("derivedFrom", "derivedFrom", "Derived from");
    }

    private static AdminForm importForm(AdminForm form) {
        return form.field("file", "file", "File");
    }

    private static Indicator indicatorOf(FullVersion version, String questionCode) {
        return version.themes().stream().flatMap(t -> t.indicators().stream())
                .filter(i -> i.questions().stream().anyMatch(q -> q.code().equals(questionCode))).findFirst()
                .orElseThrow(() -> notFound("questions", questionCode));
    }

    private static Question questionOf(FullVersion version, String code) {
        return indicatorOf(version, code).questions().stream().filter(q -> q.code().equals(code)).findFirst()
                .orElseThrow();
    }

    private static ServiceProblem notFound(String kind, String code) {
        return new ServiceProblem(404, "Not found", "The version has no " + kind.replaceAll("s$", "") + " " + code,
                null, null);
    }

    private static Response see(String location) {
        return Response.seeOther(URI.create(location)).build();
    }

    private void requireAdes() {
        if (!user.isAdes()) {
            throw new ServiceProblem(403, "Forbidden", "These pages are for ADES officers.", null, null);
        }
    }
}
