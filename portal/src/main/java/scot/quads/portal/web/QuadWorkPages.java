package scot.quads.portal.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.logging.Log;
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
import scot.quads.portal.client.GuestApi;
import scot.quads.portal.client.QuadApi;
import scot.quads.portal.client.QuadApi.Action;
import scot.quads.portal.client.QuadApi.ActionChange;
import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.NewAction;
import scot.quads.portal.client.QuadApi.NewSession;
import scot.quads.portal.client.QuadApi.Session;
import scot.quads.portal.client.QuadApi.SessionChange;
import scot.quads.portal.client.ServiceProblem;

/**
 * The quad's work together: the actions it agreed (who owns each, by when, how far along; status changes carry the
 * version the user saw, so a colleague's change in between is reported, not overwritten), the overdue ones, and
 * its sessions with their agendas (by default the questions where answers diverge most) and notes.
 */
@Path("/quads/{quadId}")
@Produces(MediaType.TEXT_HTML)
public class QuadWorkPages {

    static final List<String> STATUSES = List.of("open", "in-progress", "done", "dropped");

    /** The key of a findings report's section of next steps and recommendations. */
    static final String NEXT_STEPS = "next-steps";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance actions(Comparison comparison, List<Action> actions, List<Action> overdue,
                boolean canWrite, String done, ErrorSummary errors, Form form, UUID failedAction,
                List<NextSteps> nextSteps);

        static native TemplateInstance sessions(Comparison comparison, List<Session> sessions, boolean canWrite,
                String done, ErrorSummary errors, Form form);

        static native TemplateInstance session(Comparison comparison, Session session, boolean canRun,
                boolean canAgree, String done, ErrorSummary errors, Form form, UUID failedItem,
                List<GuestNote> guestInput);

        static native TemplateInstance challenges(Comparison comparison, List<QuadApi.Comment> challenges,
                String council);
    }

    /** What the user typed into a form, shown again with its errors when it failed; EMPTY otherwise. */
    public record Form(Map<String, String> values, Map<String, String> errors) {

        static final Form EMPTY = new Form(Map.of(), Map.of());

        public String value(String field) {
            String value = values.get(field);
            return value == null ? "" : value;
        }

        public String error(String field) {
            return errors.get(field);
        }

        /** The status a status form shows: what the user chose when their change failed, else the action's own. */
        public String statusFor(boolean failed, String current) {
            return failed && values.get("status") != null ? values.get("status") : current;
        }

        /** The improvement plan's fields, in the order the action form asks for them. */
        public List<PartnerTemplateExtensions.PlanField> planFields() {
            return PartnerTemplateExtensions.PLAN_FIELDS;
        }

        public boolean has(String field, String value) {
            String values = this.values.get(field);
            return values != null && Arrays.asList(values.split(",")).contains(value);
        }
    }

    /** One member's findings report's next steps for the cycle, that an action it owns can serve. */
    public record NextSteps(String councilCode, String councilName, List<NextStep> steps) {
    }

    /** A next step (a paragraph of the report's next steps), shown in the picker by its first words. */
    public record NextStep(String id, String text) {

        static final int SHOWN = 120;

        public String shortText() {
            return text.length() <= SHOWN ? text : text.substring(0, SHOWN - 1).stripTrailing() + "…";
        }
    }

    /**
     * What an invited partner wrote to the session's record, as the quad reads it: who, from where, when, and what
     * it is about (an agenda item by its place and words, or the session as a whole).
     */
    public record GuestNote(String author, String organisation, OffsetDateTime postedAt, String about,
            String text) {

        static List<GuestNote> of(List<GuestApi.Input> input, Session session) {
            List<QuadApi.SessionAgendaItem> agenda = session.agenda() == null ? List.of() : session.agenda();
            return input.stream().map(i -> new GuestNote(i.authorName(), i.organisation(), i.postedAt(),
                    about(i.itemId(), agenda), i.text())).toList();
        }

        private static String about(UUID itemId, List<QuadApi.SessionAgendaItem> agenda) {
            if (itemId == null) {
                return "the session";
            }
            for (int n = 0; n < agenda.size(); n++) {
                QuadApi.SessionAgendaItem item = agenda.get(n);
                if (item.id().equals(itemId)) {
                    String words = item.questionCode() != null ? item.questionCode()
                            + (item.prompt() == null ? "" : " " + item.prompt()) : item.title();
                    return "agenda item " + (n + 1) + (words == null ? "" : ": " + words);
                }
            }
            return "an agenda item since taken off";
        }
    }

    private final QuadApi quads;
    private final FindingsApi findings;
    private final GuestApi guests;
    private final CurrentUser user;

    public QuadWorkPages(@RestClient QuadApi quads, @RestClient FindingsApi findings, @RestClient GuestApi guests,
            CurrentUser user) {
        this.quads = quads;
        this.findings = findings;
        this.guests = guests;
        this.user = user;
    }

    @GET
    @Path("/actions")
    public String actions(@PathParam("quadId") UUID quadId, @QueryParam("done") String done) {
        return actionsPage(quadId, done, null, Form.EMPTY, null);
    }

    @POST
    @Path("/actions")
    public Response createAction(@PathParam("quadId") UUID quadId, @RestForm String ownerCouncil,
            @RestForm String description, @RestForm String questionCodes, @RestForm("due-day") String day,
            @RestForm("due-month") String month, @RestForm("due-year") String year, @RestForm String officerName,
            @RestForm String officerRole, @RestForm String successMeasure, @RestForm String baseline,
            @RestForm String target, @RestForm String indicatorCode, @RestForm String nextStepId) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("ownerCouncil", ownerCouncil);
        values.put("description", description);
        values.put("questionCodes", questionCodes);
        values.put("due-day", day);
        values.put("due-month", month);
        values.put("due-year", year);
        values.put("officerName", officerName);
        values.put("officerRole", officerRole);
        values.put("successMeasure", successMeasure);
        values.put("baseline", baseline);
        values.put("target", target);
        values.put("indicatorCode", indicatorCode);
        values.put("nextStepId", nextStepId);
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(ownerCouncil)) {
            errors.put("ownerCouncil", "Select the council that owns the action");
        }
        if (blank(description)) {
            errors.put("description", "Enter what is to be done");
        }
        LocalDate due = DateInput.read(day, month, year, true, "dueDate", "The due date", errors);
        // An action is agreed for the future: a due date already past would be overdue the moment it is saved.
        if (due != null && due.isBefore(LocalDate.now(Labels.UK))) {
            errors.put("dueDate", "The due date must be today or in the future");
        }
        if (!blank(target) && blank(baseline)) {
            errors.put("baseline", "Enter the baseline, where the measure starts from, to set a target");
        }
        UUID nextStep = blank(nextStepId) ? null : nextStep(quadId, ownerCouncil, nextStepId.trim(), errors);
        if (errors.isEmpty()) {
            try {
                quads.createAction(quadId, new NewAction(ownerCouncil, description.trim(), codes(questionCodes), due,
                        trimmed(officerName), trimmed(officerRole), trimmed(successMeasure), trimmed(baseline),
                        trimmed(target), trimmed(indicatorCode), nextStep));
                return Response.seeOther(URI.create("/quads/" + quadId + "/actions?done=created")).build();
            } catch (RuntimeException failure) {
                QuadPages.problemInto(QuadPages.clientProblem(failure), errors, "description");
            }
        }
        Form form = new Form(values, errors);
        return Response.status(422).entity(actionsPage(quadId, null,
                QuadPages.summary(relink(errors), "action-"), form, null)).build();
    }

    @POST
    @Path("/actions/{actionId}/status")
    public Response changeStatus(@PathParam("quadId") UUID quadId, @PathParam("actionId") UUID actionId,
            @RestForm String status, @RestForm String reason, @RestForm Integer version) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(status) || !STATUSES.contains(status)) {
            errors.put("status", "Select a status");
        } else if ("dropped".equals(status) && blank(reason)) {
            errors.put("reason", "Enter why the action is dropped");
        }
        String prefix = "status-" + actionId + "-";
        if (errors.isEmpty()) {
            try {
                quads.changeAction(quadId, actionId, "\"" + (version == null ? 0 : version) + "\"",
                        new ActionChange(null, null, null, null, status, blank(reason) ? null : reason.trim()));
                return Response.seeOther(URI.create("/quads/" + quadId + "/actions?done=changed#action-" + actionId))
                        .build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = QuadPages.clientProblem(failure);
                if (problem.status() == 412) {
                    errors.put("status", "Someone else changed this action after you opened the page. Its status"
                            + " is now shown below: check it, then change it again if you still need to");
                } else {
                    QuadPages.problemInto(problem, errors, "status");
                }
            }
        }
        Form form = new Form(Map.of("status", status == null ? "" : status, "reason", reason == null ? "" : reason),
                errors);
        return Response.status(errors.containsKey("status") && errors.get("status").startsWith("Someone") ? 409 : 422)
                .entity(actionsPage(quadId, null, QuadPages.summary(errors, prefix), form, actionId)).build();
    }

    @GET
    @Path("/sessions")
    public String sessions(@PathParam("quadId") UUID quadId, @QueryParam("done") String done) {
        return sessionsPage(quadId, done, null, Form.EMPTY);
    }

    @POST
    @Path("/sessions")
    public Response schedule(@PathParam("quadId") UUID quadId, @RestForm("starts-day") String day,
            @RestForm("starts-month") String month, @RestForm("starts-year") String year,
            @RestForm("starts-time") String time, @RestForm String location, @RestForm List<String> agenda,
            @RestForm String purposeCouncil, @RestForm String purposeKind, @RestForm String purposeText,
            @RestForm String topics) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("purposeCouncil", purposeCouncil);
        values.put("purposeKind", purposeKind);
        values.put("purposeText", purposeText);
        values.put("topics", topics);
        values.put("starts-day", day);
        values.put("starts-month", month);
        values.put("starts-year", year);
        values.put("starts-time", time);
        values.put("location", location);
        values.put("agenda", agenda == null ? "" : String.join(",", agenda));
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate date = DateInput.read(day, month, year, true, "startsAt", "The date", errors);
        LocalTime at = null;
        if (blank(time)) {
            errors.putIfAbsent("startsTime", "Enter the time the session starts, for example 10:00");
        } else {
            try {
                at = LocalTime.parse(time.trim().length() == 4 ? "0" + time.trim() : time.trim());
            } catch (DateTimeParseException e) {
                errors.putIfAbsent("startsTime", "Enter the time as hours and minutes, for example 10:00 or 14:30");
            }
        }
        String kind = "key-question".equals(purposeKind) ? "key-question" : "focus-question";
        if (blank(purposeCouncil) && !blank(purposeText)) {
            errors.put("purpose", "Select the council whose question the session takes up");
        } else if ("key-question".equals(kind) && !blank(purposeCouncil) && blank(purposeText)) {
            errors.put("purpose", "Enter the key question the session takes up");
        }
        List<String> topicLines = blank(topics) ? List.of()
                : topics.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
        if (topicLines.stream().anyMatch(line -> line.length() > 500)) {
            errors.put("topics", "Each topic must be 500 characters or fewer");
        }
        if (errors.isEmpty()) {
            OffsetDateTime startsAt = date.atTime(at).atZone(Labels.UK).toOffsetDateTime();
            List<String> codes = agenda == null ? List.of() : agenda.stream().filter(c -> !blank(c)).toList();
            QuadApi.SessionPurpose purpose = blank(purposeCouncil) ? null
                    : new QuadApi.SessionPurpose(kind, purposeCouncil.trim(), blank(purposeText) ? null
                            : purposeText.trim());
            List<QuadApi.NewSessionItem> items = null;
            if (!topicLines.isEmpty()) {
                // Topics make the agenda a list of items: the ticked questions first (or, none ticked, the
                // questions where the answers the user can see diverge most), then the topics.
                List<String> questions = codes.isEmpty() && quads.comparison(quadId).agenda() != null
                        ? quads.comparison(quadId).agenda().stream().limit(5).map(QuadApi.AgendaItem::questionCode)
                                .toList()
                        : codes;
                items = new ArrayList<>();
                for (String code : questions) {
                    items.add(new QuadApi.NewSessionItem("rubric-item", code, null, null));
                }
                for (String topic : topicLines) {
                    items.add(new QuadApi.NewSessionItem("topic", null, null, topic));
                }
            }
            try {
                Session session = quads.schedule(quadId, new NewSession(startsAt, blank(location) ? null
                        : location.trim(), items != null || codes.isEmpty() ? null : codes, items, purpose));
                return Response.seeOther(URI.create("/quads/" + quadId + "/sessions/" + session.id()
                        + "?done=scheduled")).build();
            } catch (RuntimeException failure) {
                QuadPages.problemInto(QuadPages.clientProblem(failure), errors, "startsAt");
            }
        }
        return Response.status(422).entity(sessionsPage(quadId, null,
                QuadPages.summary(relink(errors), "session-"), new Form(values, errors))).build();
    }

    @GET
    @Path("/sessions/{sessionId}")
    public String session(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @QueryParam("done") String done) {
        return sessionPage(quadId, sessionId, done, null, Form.EMPTY, null);
    }

    @POST
    @Path("/sessions/{sessionId}/notes")
    public Response notes(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @RestForm String notes, @RestForm Integer version) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(notes)) {
            errors.put("notes", "Enter the session's notes");
        }
        if (errors.isEmpty()) {
            try {
                quads.changeSession(quadId, sessionId, "\"" + (version == null ? 0 : version) + "\"",
                        new SessionChange(null, null, null, notes, null));
                return Response.seeOther(URI.create("/quads/" + quadId + "/sessions/" + sessionId + "?done=notes"))
                        .build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = QuadPages.clientProblem(failure);
                if (problem.status() == 412) {
                    errors.put("notes", "Someone else changed this session after you opened the page: their notes"
                            + " are shown; your words are kept in the box below");
                } else {
                    QuadPages.problemInto(problem, errors, "notes");
                }
            }
        }
        return Response.status(422).entity(sessionPage(quadId, sessionId, null,
                QuadPages.summary(errors, "session-"), new Form(Map.of("notes", notes == null ? "" : notes), errors),
                null)).build();
    }

    /** Who attended, one a line: a name, then optionally a comma and the organisation they came from. */
    @POST
    @Path("/sessions/{sessionId}/attendance")
    public Response attendance(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @RestForm String attendance, @RestForm Integer version) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<QuadApi.Attendee> attendees = new ArrayList<>();
        for (String line : attendance == null ? List.<String>of() : attendance.lines().toList()) {
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            String name = (comma < 0 ? line : line.substring(0, comma)).trim();
            String from = comma < 0 ? null : line.substring(comma + 1).trim();
            if (name.isEmpty()) {
                errors.put("attendance", "Start each line with the person's name");
            } else if (name.length() > 200 || from != null && from.length() > 200) {
                errors.put("attendance", "Each name and organisation must be 200 characters or fewer");
            }
            attendees.add(new QuadApi.Attendee(name, from == null || from.isEmpty() ? null : from));
        }
        if (attendees.size() > 60) {
            errors.put("attendance", "List 60 people or fewer");
        }
        if (errors.isEmpty()) {
            try {
                quads.changeSession(quadId, sessionId, "\"" + (version == null ? 0 : version) + "\"",
                        new SessionChange(null, null, null, null, attendees));
                return Response.seeOther(URI.create("/quads/" + quadId + "/sessions/" + sessionId
                        + "?done=attendance")).build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = QuadPages.clientProblem(failure);
                if (problem.status() == 412) {
                    errors.put("attendance", "Someone else changed this session after you opened the page: check"
                            + " the attendance shown, then save yours again");
                } else {
                    errors.put("attendance", problem.errors().isEmpty() ? problem.detail()
                            : QuadPages.sentence("attendance", problem.errors().get(0).message()));
                }
            }
        }
        return Response.status(422).entity(sessionPage(quadId, sessionId, null,
                QuadPages.summary(errors, "session-"), new Form(Map.of("attendance",
                        attendance == null ? "" : attendance), errors), null)).build();
    }

    /** An agenda item's outcome, at the item's version the user saw. */
    @POST
    @Path("/sessions/{sessionId}/items/{itemId}/outcome")
    public Response outcome(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @PathParam("itemId") UUID itemId, @RestForm String strengths, @RestForm String improvements,
            @RestForm Integer version) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(strengths) && blank(improvements)) {
            errors.put("strengths", "Enter the strengths or the areas for improvement the quad agreed");
        } else if (length(strengths) > 5000 || length(improvements) > 5000) {
            errors.put("strengths", "The strengths and the areas for improvement must each be 5,000 characters or"
                    + " fewer");
        }
        if (errors.isEmpty()) {
            try {
                quads.recordOutcome(quadId, sessionId, itemId, "\"" + (version == null ? 0 : version) + "\"",
                        new QuadApi.Outcome(blank(strengths) ? null : strengths, blank(improvements) ? null
                                : improvements));
                return Response.seeOther(URI.create("/quads/" + quadId + "/sessions/" + sessionId
                        + "?done=outcome#item-" + itemId)).build();
            } catch (RuntimeException failure) {
                ServiceProblem problem = QuadPages.clientProblem(failure);
                if (problem.status() == 412) {
                    errors.put("strengths", "Someone else recorded this item's outcome after you opened the page:"
                            + " theirs is shown; your words are kept in the boxes");
                } else {
                    errors.put("strengths", problem.errors().isEmpty() ? problem.detail()
                            : QuadPages.sentence("strengths", problem.errors().get(0).message()));
                }
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("strengths", strengths == null ? "" : strengths);
        values.put("improvements", improvements == null ? "" : improvements);
        return Response.status(422).entity(sessionPage(quadId, sessionId, null,
                QuadPages.summary(errors, "item-" + itemId + "-"), new Form(values, errors), itemId)).build();
    }

    /** An action agreed from an agenda item, linked to it. */
    @POST
    @Path("/sessions/{sessionId}/items/{itemId}/actions")
    public Response raiseAction(@PathParam("quadId") UUID quadId, @PathParam("sessionId") UUID sessionId,
            @PathParam("itemId") UUID itemId, @RestForm String ownerCouncil, @RestForm String description,
            @RestForm("due-day") String day, @RestForm("due-month") String month, @RestForm("due-year") String year) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(ownerCouncil)) {
            errors.put("ownerCouncil", "Select the council that owns the action");
        }
        if (blank(description)) {
            errors.put("description", "Enter what is to be done");
        }
        LocalDate due = DateInput.read(day, month, year, true, "due", "The due date", errors);
        if (due != null && due.isBefore(LocalDate.now(Labels.UK))) {
            errors.put("due", "The due date must be today or in the future");
        }
        if (errors.isEmpty()) {
            try {
                quads.raiseAction(quadId, sessionId, itemId, new NewAction(ownerCouncil, description.trim(),
                        List.<String>of(), due));
                return Response.seeOther(URI.create("/quads/" + quadId + "/sessions/" + sessionId
                        + "?done=action#item-" + itemId)).build();
            } catch (RuntimeException failure) {
                QuadPages.problemInto(QuadPages.clientProblem(failure), errors, "description");
            }
        }
        Map<String, String> linked = new LinkedHashMap<>();
        errors.forEach((field, message) -> linked.put("dueDate".equals(field) || "due".equals(field) ? "due-day"
                : field, message));
        return Response.status(422).entity(sessionPage(quadId, sessionId, null,
                QuadPages.summary(linked, "item-" + itemId + "-"), new Form(Map.of(), linked), itemId)).build();
    }

    /**
     * The challenges waiting for an answer: a council's users see those put to their council (and answer each in
     * its thread, on the question's page); the quad's other readers see all that they may read.
     */
    @GET
    @Path("/challenges")
    public String challenges(@PathParam("quadId") UUID quadId) {
        Comparison comparison = quads.comparison(quadId);
        String council = user.isCouncilUser() ? user.getCouncil() : null;
        return Templates.challenges(comparison, quads.openChallenges(quadId, council, true), council).render();
    }

    private String actionsPage(UUID quadId, String done, ErrorSummary errors, Form form, UUID failedAction) {
        Comparison comparison = quads.comparison(quadId);
        List<Action> actions = new ArrayList<>(quads.actions(quadId));
        // Still to do first (soonest due first, as the service lists them), then those done or dropped.
        actions.sort(java.util.Comparator.comparing(a -> "done".equals(a.status()) || "dropped".equals(a.status())));
        List<Action> overdue = new ArrayList<>(quads.overdue(comparison.cycle().id()));
        List<NextSteps> nextSteps = canWrite() ? nextSteps(quadId, comparison) : List.of();
        return Templates.actions(comparison, actions, overdue, canWrite(), done, errors, form, failedAction,
                nextSteps).render();
    }

    /**
     * The next steps an action agreed here can serve: those of each member's findings report for the cycle that
     * the user may read (a council's users their own council's, ADES and the quad's officers every member's). A
     * member without a report yet, or whose report the user may not read, offers none.
     */
    private List<NextSteps> nextSteps(UUID quadId, Comparison comparison) {
        List<NextSteps> offered = new ArrayList<>();
        for (QuadApi.MemberStatus member : comparison.members()) {
            if (user.isCouncilUser() && !member.code().equalsIgnoreCase(user.getCouncil())) {
                continue;
            }
            FindingsApi.Report report;
            try {
                report = findings.report(quadId, member.code());
            } catch (RuntimeException none) {
                // Not started yet (404), or not the user's to read (403): nothing to pick from it.
                Log.debugf("No findings report of %s to offer next steps from: %s",
                        member.code(), none.getMessage());
                continue;
            }
            List<NextStep> steps = report.sections() == null ? List.of() : report.sections().stream()
                    .filter(section -> NEXT_STEPS.equals(section.key()))
                    .flatMap(section -> section.paragraphs().stream())
                    .filter(paragraph -> paragraph.id() != null && paragraph.text() != null
                            && !paragraph.text().isBlank())
                    .map(paragraph -> new NextStep(paragraph.id().toString(), paragraph.text().strip()))
                    .toList();
            if (!steps.isEmpty()) {
                offered.add(new NextSteps(member.code(), member.name() == null ? member.code() : member.name(),
                        steps));
            }
        }
        return offered;
    }

    /**
     * The next step chosen, when it is one the picker offered from the owner's report; else an error on the
     * picker naming what to choose instead (the service checks it again).
     */
    private UUID nextStep(UUID quadId, String owner, String chosen, Map<String, String> errors) {
        Comparison comparison = quads.comparison(quadId);
        for (NextSteps report : nextSteps(quadId, comparison)) {
            if (report.steps().stream().anyMatch(step -> step.id().equals(chosen))) {
                if (owner != null && report.councilCode().equalsIgnoreCase(owner.trim())) {
                    return UUID.fromString(chosen);
                }
                errors.put("nextStepId", "Choose a next step from the owner's findings report: the one chosen is"
                        + " from " + report.councilName() + "'s");
                return null;
            }
        }
        errors.put("nextStepId", "Choose one of the next steps listed, or none");
        return null;
    }

    private String sessionsPage(UUID quadId, String done, ErrorSummary errors, Form form) {
        Comparison comparison = quads.comparison(quadId);
        if (form == Form.EMPTY && comparison.agenda() != null) {
            List<String> top = comparison.agenda().stream().limit(5).map(QuadApi.AgendaItem::questionCode).toList();
            form = new Form(Map.of("agenda", String.join(",", top)), Map.of());
        }
        return Templates.sessions(comparison, quads.sessions(quadId), canRun(), done, errors, form).render();
    }

    private String sessionPage(UUID quadId, UUID sessionId, String done, ErrorSummary errors, Form form,
            UUID failedItem) {
        Comparison comparison = quads.comparison(quadId);
        Session session = quads.session(quadId, sessionId);
        Session listed = quads.sessions(quadId).stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElse(session);
        List<GuestNote> guestInput = List.of();
        try {
            guestInput = GuestNote.of(guests.input(quadId, sessionId), listed);
        } catch (RuntimeException unread) {
            // The page stands without what guests wrote when it cannot be read now.
            Log.debugf("Guests' input left out of the session page: %s", unread.getMessage());
        }
        return Templates.session(comparison, listed, canRun(), canWrite(), done, errors, form, failedItem,
                guestInput).render();
    }

    /** Who plans sessions and records their outcomes: editors, ADES, and the ADES officers assigned. */
    private boolean canRun() {
        return canWrite() || user.isAdesOfficer();
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private boolean canWrite() {
        return user.isAdes() || user.isEditor();
    }

    /** The service names dates as one field; the page's date inputs are three, linked by their first. */
    private static Map<String, String> relink(Map<String, String> errors) {
        Map<String, String> linked = new LinkedHashMap<>();
        errors.forEach((field, message) -> linked.put(switch (field) {
            case "dueDate" -> "due-day";
            case "startsAt" -> "starts-day";
            case "startsTime" -> "starts-time";
            case "text", "council" -> "purpose";
            case "title" -> "topics";
            default -> field;
        }, message));
        return linked;
    }

    private static List<String> codes(String questionCodes) {
        if (blank(questionCodes)) {
            return List.of();
        }
        return Arrays.stream(questionCodes.split("[,\\s]+")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.trim();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
