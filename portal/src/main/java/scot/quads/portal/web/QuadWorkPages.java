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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance actions(Comparison comparison, List<Action> actions, List<Action> overdue,
                boolean canWrite, String done, ErrorSummary errors, Form form, UUID failedAction);

        static native TemplateInstance sessions(Comparison comparison, List<Session> sessions, boolean canWrite,
                String done, ErrorSummary errors, Form form);

        static native TemplateInstance session(Comparison comparison, Session session, boolean canWrite,
                String done, ErrorSummary errors, Form form);
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

    private final QuadApi quads;
    private final CurrentUser user;

    public QuadWorkPages(@RestClient QuadApi quads, CurrentUser user) {
        this.quads = quads;
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
            @RestForm String target, @RestForm String indicatorCode) {
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
        if (errors.isEmpty()) {
            try {
                quads.createAction(quadId, new NewAction(ownerCouncil, description.trim(), codes(questionCodes), due,
                        trimmed(officerName), trimmed(officerRole), trimmed(successMeasure), trimmed(baseline),
                        trimmed(target), trimmed(indicatorCode)));
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
            @RestForm("starts-time") String time, @RestForm String location, @RestForm List<String> agenda) {
        Map<String, String> values = new LinkedHashMap<>();
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
        if (errors.isEmpty()) {
            OffsetDateTime startsAt = date.atTime(at).atZone(Labels.UK).toOffsetDateTime();
            List<String> codes = agenda == null ? List.of() : agenda.stream().filter(c -> !blank(c)).toList();
            try {
                Session session = quads.schedule(quadId, new NewSession(startsAt, blank(location) ? null
                        : location.trim(), codes.isEmpty() ? null : codes));
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
        return sessionPage(quadId, sessionId, done, null, Form.EMPTY);
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
                        new SessionChange(null, null, null, notes));
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
                QuadPages.summary(errors, "session-"), new Form(Map.of("notes", notes == null ? "" : notes), errors)))
                .build();
    }

    private String actionsPage(UUID quadId, String done, ErrorSummary errors, Form form, UUID failedAction) {
        Comparison comparison = quads.comparison(quadId);
        List<Action> actions = new ArrayList<>(quads.actions(quadId));
        // Still to do first (soonest due first, as the service lists them), then those done or dropped.
        actions.sort(java.util.Comparator.comparing(a -> "done".equals(a.status()) || "dropped".equals(a.status())));
        List<Action> overdue = new ArrayList<>(quads.overdue(comparison.cycle().id()));
        return Templates.actions(comparison, actions, overdue, canWrite(), done, errors, form, failedAction).render();
    }

    private String sessionsPage(UUID quadId, String done, ErrorSummary errors, Form form) {
        Comparison comparison = quads.comparison(quadId);
        if (form == Form.EMPTY && comparison.agenda() != null) {
            List<String> top = comparison.agenda().stream().limit(5).map(QuadApi.AgendaItem::questionCode).toList();
            form = new Form(Map.of("agenda", String.join(",", top)), Map.of());
        }
        return Templates.sessions(comparison, quads.sessions(quadId), canWrite(), done, errors, form).render();
    }

    private String sessionPage(UUID quadId, UUID sessionId, String done, ErrorSummary errors, Form form) {
        Comparison comparison = quads.comparison(quadId);
        Session session = quads.session(quadId, sessionId);
        Session listed = quads.sessions(quadId).stream().filter(s -> s.id().equals(sessionId)).findFirst()
                .orElse(session);
        return Templates.session(comparison, listed, canWrite(), done, errors, form).render();
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
