package scot.quads.portal.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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

import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.AuthorityApi;
import scot.quads.portal.client.PublishedVersions;
import scot.quads.portal.client.AuthorityApi.Council;
import scot.quads.portal.client.AuthorityApi.IndicatorDefinition;
import scot.quads.portal.client.ItemWords;
import scot.quads.portal.client.QuadAdminApi;
import scot.quads.portal.client.QuadAdminApi.National;
import scot.quads.portal.client.QuadAdminApi.Proposal;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Quad;
import scot.quads.portal.client.RubricAdminApi;
import scot.quads.portal.client.RubricAdminApi.AdminCycle;
import scot.quads.portal.client.RubricApi;
import scot.quads.portal.client.RubricApi.CouncilProgress;
import scot.quads.portal.client.RubricApi.Cycle;
import scot.quads.portal.client.RubricApi.Framework;
import scot.quads.portal.client.RubricApi.VersionSummary;
import scot.quads.portal.client.ServiceProblem;

/**
 * ADES's pages about cycles: the overview with each council's progress, opening a cycle, changing its dates and
 * reveal rule, its reminders, closing it; forming its quads from a proposal (adjusted per council, then confirmed);
 * and the national picture. Every call carries the ADES officer's own token.
 */
@Path("/ades")
@Produces(MediaType.TEXT_HTML)
public class AdesPages {

    static final Map<String, String> REVEAL_RULES = new LinkedHashMap<>();

    static {
        REVEAL_RULES.put("all-submitted-or-deadline", "When every quad partner has submitted, or at the deadline");
        REVEAL_RULES.put("on-submission", "As soon as each council submits");
        REVEAL_RULES.put("after-deadline", "Only after the submission deadline");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(List<Cycle> cycles, Cycle current, List<ProgressView.Row> rows,
                long submitted, List<OpenCycle> otherOpen);

        static native TemplateInstance quads(AdminCycle cycle, List<Quad> quads, List<IndicatorDefinition> indicators,
                AdminForm form, ErrorSummary errors);

        static native TemplateInstance newCycle(List<VersionOption> versions, Map<String, String> rules,
                AdminForm form, ErrorSummary errors);

        static native TemplateInstance cycle(AdminCycle cycle, String versionName, List<ProgressView.Row> rows,
                long councils, long submitted, ProgressView.Filter filter, List<Reminder> reminders,
                Map<String, String> rules, AdminForm form, ErrorSummary errors, String done);

        static native TemplateInstance changeCycle(AdminCycle cycle, Map<String, String> rules, AdminForm form,
                ErrorSummary errors);

        static native TemplateInstance proposal(AdminCycle cycle, Proposal proposal, Map<String, String> names,
                List<CouncilChoice> councils, AdminForm form, ErrorSummary errors, ProposalView why);

        static native TemplateInstance national(AdminCycle cycle, National national, List<Cycle> cycles,
                ItemWords words);
    }

    /** Another open cycle on the overview: how far its councils are. */
    public record OpenCycle(Cycle cycle, long submitted, long councils) {
    }

    /** A published version a new cycle may use. */
    public record VersionOption(UUID id, String name) {
    }

    /** A reminder the rubric-service deadline job announces to councils not yet submitted. */
    public record Reminder(LocalDate on, String what, boolean due) {
    }

    /** A council of a proposal and the quad it is put in (the select's current choice). */
    public record CouncilChoice(String code, String name, int family, String quad, List<String> options) {
    }

    private final RubricApi rubric;
    private final RubricAdminApi admin;
    private final QuadApi quadApi;
    private final QuadAdminApi quadAdmin;
    private final AuthorityApi authority;
    private final CurrentUser user;
    private final PublishedVersions versions;
    private final ManagedExecutor executor;

    public AdesPages(@RestClient RubricApi rubric, @RestClient RubricAdminApi admin, @RestClient QuadApi quadApi,
            @RestClient QuadAdminApi quadAdmin, @RestClient AuthorityApi authority, CurrentUser user,
            PublishedVersions versions, ManagedExecutor executor) {
        this.rubric = rubric;
        this.versions = versions;
        this.executor = executor;
        this.admin = admin;
        this.quadApi = quadApi;
        this.quadAdmin = quadAdmin;
        this.authority = authority;
        this.user = user;
    }

    @GET
    public String overview() {
        requireAdes();
        List<Cycle> cycles = rubric.cycles();
        Cycle current = Cycles.current(cycles).orElse(null);
        List<CouncilProgress> progress = current == null ? List.of() : rubric.progress(current.id());
        long submitted = progress.stream().filter(p -> "submitted".equals(p.state())).count();
        List<Quad> quads = current == null ? List.of() : quadsOf(current.id());
        List<ProgressView.Row> rows = ProgressView.rows(progress, quads,
                ProgressView.filter(null, null, null, quads));
        // Every other open cycle too, not only the newest: how many of its councils have submitted.
        List<OpenCycle> otherOpen = new ArrayList<>();
        for (Cycle open : cycles) {
            if (open.isOpen() && current != null && !open.id().equals(current.id())) {
                List<CouncilProgress> theirs = rubric.progress(open.id());
                otherOpen.add(new OpenCycle(open, theirs.stream().filter(p -> "submitted".equals(p.state())).count(),
                        theirs.size()));
            }
        }
        return Templates.overview(cycles, current, rows, submitted, otherOpen).render();
    }

    @GET
    @Path("/cycles/new")
    public String newCycle() {
        requireAdes();
        AdminForm form = cycleForm(AdminForm.empty()).set("revealRule", "all-submitted-or-deadline")
                .set("reminderDays", "14, 7, 1");
        return Templates.newCycle(publishedVersions(), REVEAL_RULES, form, null).render();
    }

    @POST
    @Path("/cycles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response openCycle(MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = cycleForm(AdminForm.of(posted));
        Map<String, Object> body = new LinkedHashMap<>();
        if (form.value("name").isBlank()) {
            form.reject("name", "Enter a name for the cycle");
        }
        if (form.value("rubricVersionId").isBlank()) {
            form.reject("rubricVersionId", "Select the rubric version councils will answer");
        }
        body.put("name", form.value("name"));
        body.put("rubricVersionId", form.blankToNull("rubricVersionId"));
        // Every date problem at once, before anything is sent: a real date each, in order, the deadline still ahead.
        LocalDate opensOn = form.date("opensOn", true);
        LocalDate deadline = form.date("submissionDeadline", true);
        LocalDate closesOn = form.date("closesOn", false);
        form.after("submissionDeadline", deadline, "opensOn", opensOn)
                .after("closesOn", closesOn, "submissionDeadline", deadline);
        if (deadline != null && deadline.isBefore(LocalDate.now(Labels.UK)) && !form.has("submissionDeadline")) {
            form.reject("submissionDeadline", "Submission deadline must be today or in the future");
        }
        body.put("opensOn", opensOn);
        body.put("submissionDeadline", deadline);
        body.put("closesOn", closesOn);
        body.put("revealRule", form.blankToNull("revealRule"));
        body.put("reminderDays", reminderDays(form));
        body.put("statementRequired", "true".equals(form.value("statementRequired")));
        if (!form.hasErrors()) {
            try {
                AdminCycle cycle = admin.open(body);
                return Response.seeOther(URI.create("/ades/cycles/" + cycle.id() + "?done=opened")).build();
            } catch (RuntimeException failure) {
                form.reject(clientProblem(failure));
            }
        }
        return Response.status(422).entity(Templates.newCycle(publishedVersions(), REVEAL_RULES, form,
                form.summary()).render()).build();
    }

    @GET
    @Path("/cycles/{cycleId}")
    public String cycle(@PathParam("cycleId") UUID cycleId, @QueryParam("done") String done,
            @QueryParam("status") String status, @QueryParam("quad") String quad, @QueryParam("sort") String sort) {
        requireAdes();
        // The councils' progress and the quads are read while the cycle is: three calls at once, not in turn.
        CompletableFuture<List<CouncilProgress>> progress = executor.supplyAsync(() -> rubric.progress(cycleId));
        CompletableFuture<List<Quad>> quads = executor.supplyAsync(() -> quadsOf(cycleId));
        try {
            AdminCycle cycle = admin.cycle(cycleId);
            return cyclePage(cycle, joined(progress), joined(quads),
                    AdminForm.empty().field("reason", "reason", "Reason"), null, done, status, quad, sort);
        } finally {
            // An unknown cycle leaves the page at once; what was still being read is dropped.
            List.of(progress, quads).forEach(call -> call.cancel(false));
        }
    }

    /** What a call made alongside returned, or what it threw, as it would have thrown it made in turn. */
    private static <T> T joined(CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException failure) {
            if (failure.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failure;
        }
    }

    @GET
    @Path("/cycles/{cycleId}/change")
    public String changeCycle(@PathParam("cycleId") UUID cycleId) {
        requireAdes();
        AdminCycle cycle = admin.cycle(cycleId);
        AdminForm form = cycleForm(AdminForm.empty()).setDate("opensOn", cycle.opensOn())
                .setDate("submissionDeadline", cycle.submissionDeadline()).setDate("closesOn", cycle.closesOn())
                .set("revealRule", cycle.revealRule()).set("version", cycle.version())
                .set("reminderDays", cycle.reminderDays() == null ? ""
                        : cycle.reminderDays().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        return Templates.changeCycle(cycle, REVEAL_RULES, form, null).render();
    }

    @POST
    @Path("/cycles/{cycleId}/change")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCycle(@PathParam("cycleId") UUID cycleId, MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = cycleForm(AdminForm.of(posted));
        Map<String, Object> change = new LinkedHashMap<>();
        LocalDate opensOn = form.date("opensOn", true);
        LocalDate deadline = form.date("submissionDeadline", true);
        LocalDate closesOn = form.date("closesOn", false);
        form.after("submissionDeadline", deadline, "opensOn", opensOn)
                .after("closesOn", closesOn, "submissionDeadline", deadline);
        change.put("opensOn", opensOn);
        change.put("submissionDeadline", deadline);
        if (closesOn != null) {
            change.put("closesOn", closesOn);
        }
        change.put("revealRule", form.blankToNull("revealRule"));
        change.put("reminderDays", reminderDays(form));
        AdminCycle cycle = admin.cycle(cycleId);
        if (!form.hasErrors()) {
            try {
                admin.change(cycleId, "\"" + form.value("version") + "\"", change);
                return Response.seeOther(URI.create("/ades/cycles/" + cycleId + "?done=changed")).build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = clientProblem(failure);
                if (problem.status() == 412) {
                    form.reject("", "Someone else changed this cycle while you were editing it: its current dates "
                            + "are shown below, check them and save again");
                    form.set("version", cycle.version());
                } else {
                    form.reject(problem);
                }
            }
        }
        return Response.status(422).entity(Templates.changeCycle(cycle, REVEAL_RULES, form, form.summary())
                .render()).build();
    }

    @POST
    @Path("/cycles/{cycleId}/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response closeCycle(@PathParam("cycleId") UUID cycleId, MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = AdminForm.of(posted).field("reason", "reason", "Reason");
        if (form.value("reason").isBlank()) {
            form.reject("reason", "Enter why the cycle is being closed");
        } else {
            try {
                admin.moveTo(cycleId, null, Map.of("state", "closed", "reason", form.value("reason")));
                return Response.seeOther(URI.create("/ades/cycles/" + cycleId + "?done=closed")).build();
            } catch (RuntimeException failure) {
                form.reject(clientProblem(failure));
            }
        }
        return Response.status(422).entity(cyclePage(admin.cycle(cycleId), form, form.summary(), null, null, null,
                null)).build();
    }

    @GET
    @Path("/cycles/{cycleId}/quads")
    public String quads(@PathParam("cycleId") UUID cycleId) {
        requireAdes();
        AdminCycle cycle = admin.cycle(cycleId);
        AdminForm form = proposalForm(AdminForm.empty()).set("familySet", "people")
                .set("avoidPreviousPartners", "yes");
        return Templates.quads(cycle, quadApi.quads(cycleId), indicators(), form, null).render();
    }

    @POST
    @Path("/cycles/{cycleId}/proposals")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response propose(@PathParam("cycleId") UUID cycleId, MultivaluedMap<String, String> posted) {
        requireAdes();
        AdminForm form = proposalForm(AdminForm.of(posted));
        List<String> chosen = posted.getOrDefault("indicators", List.of());
        if (form.value("familySet").isBlank()) {
            form.reject("familySet", "Select the family groups to split into quads");
        }
        if (chosen.isEmpty()) {
            form.reject("indicators", "Select at least one context indicator to match councils on");
        }
        if (!form.hasErrors()) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("familySet", form.value("familySet"));
            request.put("indicators", chosen.stream().map(code -> Map.of("code", code, "weight", 1)).toList());
            request.put("avoidPreviousPartners", "yes".equals(form.value("avoidPreviousPartners")));
            try {
                Proposal proposal = quadAdmin.propose(cycleId, request);
                return Response.seeOther(URI.create("/ades/cycles/" + cycleId + "/proposals/" + proposal.id()))
                        .build();
            } catch (RuntimeException failure) {
                form.reject(clientProblem(failure));
            }
        }
        return Response.status(422).entity(Templates.quads(admin.cycle(cycleId), quadApi.quads(cycleId),
                indicators(), form, form.summary()).render()).build();
    }

    @GET
    @Path("/cycles/{cycleId}/proposals/{proposalId}")
    public String proposal(@PathParam("cycleId") UUID cycleId, @PathParam("proposalId") UUID proposalId) {
        requireAdes();
        Proposal proposal = quadAdmin.proposal(proposalId);
        AdminForm form = AdminForm.empty();
        for (QuadAdminApi.ProposedQuad quad : proposal.quads()) {
            form.set("name-" + index(proposal, quad), quad.name());
            quad.members().forEach(code -> form.set("council-" + code, quad.name()));
        }
        return proposalPage(cycleId, proposal, form, null);
    }

    /** Confirms the proposal with the quads as the form puts them: each council in the quad chosen for it. */
    @POST
    @Path("/cycles/{cycleId}/proposals/{proposalId}/confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@PathParam("cycleId") UUID cycleId, @PathParam("proposalId") UUID proposalId,
            MultivaluedMap<String, String> posted) {
        requireAdes();
        Proposal proposal = quadAdmin.proposal(proposalId);
        AdminForm form = AdminForm.of(posted).field("quads", "adjust", "Quads");
        Map<String, List<String>> members = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (QuadAdminApi.ProposedQuad quad : proposal.quads()) {
            String key = quad.name();
            String name = form.value("name-" + index(proposal, quad));
            names.put(key, name.isBlank() ? quad.name() : name);
            members.put(key, new ArrayList<>());
        }
        for (QuadAdminApi.ProposedQuad quad : proposal.quads()) {
            for (String code : quad.members()) {
                String chosen = form.value("council-" + code);
                members.computeIfAbsent(members.containsKey(chosen) ? chosen : quad.name(), k -> new ArrayList<>())
                        .add(code);
            }
        }
        List<Map<String, Object>> quads = new ArrayList<>();
        members.forEach((key, codes) -> {
            if (!codes.isEmpty()) {
                quads.add(Map.of("name", names.get(key), "members", codes));
            }
        });
        try {
            quadAdmin.confirm(proposalId, Map.of("quads", quads));
            return Response.seeOther(URI.create("/ades/cycles/" + cycleId + "/quads?done=formed")).build();
        } catch (RuntimeException failure) {
            ServiceProblem problem = clientProblem(failure);
            form.reject("", problem.detail());
            problem.errors().forEach(e -> form.reject(e.field(), e.field() + ": " + e.message()));
            return Response.status(problem.status()).entity(proposalPage(cycleId, proposal, form, form.summary()))
                    .build();
        }
    }

    @GET
    @Path("/national")
    public String national(@QueryParam("cycle") UUID cycleId) {
        requireAdes();
        List<Cycle> cycles = rubric.cycles();
        UUID id = cycleId != null ? cycleId : Cycles.current(cycles).map(Cycle::id).orElse(null);
        if (id == null) {
            return Templates.national(null, null, cycles, ItemWords.QUESTIONS).render();
        }
        AdminCycle cycle = admin.cycle(id);
        // The national picture is per quality indicator in a version graded per indicator: say so in its words.
        Boolean perIndicator = optional(() -> admin.version(cycle.rubricVersionId()).gradedPerIndicator());
        return Templates.national(cycle, quadAdmin.national(id, null), cycles,
                ItemWords.of(Boolean.TRUE.equals(perIndicator))).render();
    }

    private String proposalPage(UUID cycleId, Proposal proposal, AdminForm form, ErrorSummary errors) {
        Map<String, String> names = councilNames();
        List<String> options = proposal.quads().stream().map(QuadAdminApi.ProposedQuad::name).toList();
        List<CouncilChoice> councils = new ArrayList<>();
        for (QuadAdminApi.ProposedQuad quad : proposal.quads()) {
            for (String code : quad.members()) {
                String chosen = form.value("council-" + code);
                councils.add(new CouncilChoice(code, names.getOrDefault(code, code), quad.family(),
                        chosen.isBlank() ? quad.name() : chosen, options));
            }
        }
        councils.sort(Comparator.comparing(CouncilChoice::family).thenComparing(CouncilChoice::name));
        AdminCycle cycle = admin.cycle(cycleId);
        return Templates.proposal(cycle, proposal, names, councils, form, errors,
                ProposalView.of(proposal, names, cycle.opensOn())).render();
    }

    private static int index(Proposal proposal, QuadAdminApi.ProposedQuad quad) {
        return proposal.quads().indexOf(quad);
    }

    private String cyclePage(AdminCycle cycle, AdminForm form, ErrorSummary errors, String done, String status,
            String quad, String sort) {
        return cyclePage(cycle, rubric.progress(cycle.id()), quadsOf(cycle.id()), form, errors, done, status, quad,
                sort);
    }

    private String cyclePage(AdminCycle cycle, List<CouncilProgress> progress, List<Quad> quads, AdminForm form,
            ErrorSummary errors, String done, String status, String quad, String sort) {
        long submitted = progress.stream().filter(p -> "submitted".equals(p.state())).count();
        ProgressView.Filter filter = ProgressView.filter(status, quad, sort, quads);
        List<ProgressView.Row> rows = ProgressView.rows(progress, quads, filter);
        // A cycle runs a published version: kept once read, where the whole version was read for its name before.
        String versionName = optional(() -> {
            var v = versions.get(cycle.rubricVersionId());
            return v.frameworkTitle() + ", version " + v.number() + " (" + v.label() + ")"
                    + (v.gradedPerIndicator() ? ", graded per quality indicator" : "");
        });
        return Templates.cycle(cycle, versionName == null ? String.valueOf(cycle.rubricVersionId()) : versionName,
                rows, progress.size(), submitted, filter, reminders(cycle, LocalDate.now(Labels.UK)), REVEAL_RULES,
                form, errors, done).render();
    }

    /** The cycle's quads, for the progress table's quad column and filter; none when quad-service cannot say. */
    private List<Quad> quadsOf(UUID cycleId) {
        List<Quad> quads = optional(() -> quadApi.quads(cycleId));
        return quads == null ? List.of() : quads;
    }

    /** The reminder days before the deadline, and the notice the day after it, each past or still to come. */
    static List<Reminder> reminders(AdminCycle cycle, LocalDate today) {
        List<Reminder> reminders = new ArrayList<>();
        if (cycle.submissionDeadline() == null) {
            return reminders;
        }
        List<Integer> days = cycle.reminderDays() == null ? List.of() : cycle.reminderDays();
        days.stream().sorted(Comparator.reverseOrder()).forEach(d -> {
            LocalDate on = cycle.submissionDeadline().minusDays(d);
            reminders.add(new Reminder(on, d + (d == 1 ? " day" : " days") + " before the deadline",
                    !on.isAfter(today)));
        });
        LocalDate after = cycle.submissionDeadline().plusDays(1);
        reminders.add(new Reminder(after, "The day after the deadline (deadline passed)", !after.isAfter(today)));
        return reminders;
    }

    private List<VersionOption> publishedVersions() {
        List<VersionOption> options = new ArrayList<>();
        for (Framework framework : rubric.frameworks()) {
            for (VersionSummary v : framework.versions()) {
                if ("published".equals(v.status())) {
                    options.add(new VersionOption(v.id(), framework.title() + ", version " + v.number() + " ("
                            + v.label() + ")"));
                }
            }
        }
        return options;
    }

    private List<IndicatorDefinition> indicators() {
        List<IndicatorDefinition> all = optional(authority::indicatorDefinitions);
        return all == null ? List.of() : all;
    }

    private Map<String, String> councilNames() {
        List<Council> councils = optional(authority::councils);
        Map<String, String> names = new LinkedHashMap<>();
        if (councils != null) {
            councils.forEach(c -> names.put(c.gssCode(), c.name()));
        }
        return names;
    }

    private static AdminForm cycleForm(AdminForm form) {
        return form.field("name", "name", "Name").field("rubricVersionId", "rubricVersionId", "Rubric version")
                .field("opensOn", "opensOn-day", "Opening date")
                .field("submissionDeadline", "submissionDeadline-day", "Submission deadline")
                .field("closesOn", "closesOn-day", "Closing date")
                .field("revealRule", "revealRule", "Reveal rule")
                .field("reminderDays", "reminderDays", "Reminder days")
                .field("statementRequired", "statementRequired", "Self-evaluative statement");
    }

    private static AdminForm proposalForm(AdminForm form) {
        return form.field("familySet", "familySet", "Family groups").field("indicators", "indicators",
                "Context indicators");
    }

    private static List<Integer> reminderDays(AdminForm form) {
        String text = form.value("reminderDays");
        if (text.isBlank()) {
            return null;
        }
        List<Integer> days = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                days.add(Integer.parseInt(part));
            } catch (NumberFormatException e) {
                form.reject("reminderDays", "Reminder days must be whole numbers of days, separated by commas");
                return null;
            }
        }
        return days;
    }

    /** The service's refusal of what the user asked for; anything else (a 5xx, no answer) goes to the error page. */
    static ServiceProblem clientProblem(RuntimeException failure) {
        ServiceProblem problem = ServiceProblem.in(failure);
        if (problem == null || problem.status() >= 500 || problem.status() == 401 || problem.status() == 403) {
            throw failure;
        }
        return problem;
    }

    static <T> T optional(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (ServiceProblem.in(e) == null && !(e instanceof jakarta.ws.rs.ProcessingException)) {
                throw e;
            }
            return null;
        }
    }

    private void requireAdes() {
        if (!user.isAdes()) {
            throw new ServiceProblem(403, "Forbidden", "These pages are for ADES officers.", null, null);
        }
    }
}
