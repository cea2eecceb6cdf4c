package scot.quads.portal.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import scot.quads.portal.client.NotificationApi;
import scot.quads.portal.client.NotificationApi.PreferencesUpdate;
import scot.quads.portal.client.ServiceProblem;

/**
 * The signed-in user's email preferences, one choice per kind of notification (an email each time, one daily
 * digest, or none), kept by notification-service. Every mail links here ("choose which emails you get"); the
 * in-app inbox always has every notice.
 */
@Path("/preferences")
@Produces(MediaType.TEXT_HTML)
public class PreferencePages {

    /** The choices as the page offers them, in the order it offers them. */
    static final Map<String, String> MODES = modes();

    /** What each kind of notification is, in the user's words; a kind the portal does not know shows its code. */
    static final Map<String, String[]> TYPES = types();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(List<Choice> choices, Map<String, String> modes, boolean saved,
                ErrorSummary errors);
    }

    /** One kind of notification with the user's current choice; {@code error} when that choice was refused. */
    public record Choice(String type, String id, String label, String hint, String mode, String error) {
    }

    private final NotificationApi notifications;
    private final CurrentUser user;

    public PreferencePages(@RestClient NotificationApi notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
    }

    @GET
    public String preferences(@QueryParam("saved") String saved) {
        NotificationPages.refuseGuests(user);
        return Templates.preferences(choices(notifications.preferences().email(), Map.of()), MODES,
                saved != null, null).render();
    }

    @POST
    public Response save(MultivaluedMap<String, String> posted) {
        Map<String, String> current = notifications.preferences().email();
        Map<String, String> chosen = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        for (String type : current.keySet()) {
            String mode = posted.getFirst(id(type));
            if (mode == null) {
                continue;
            }
            if (MODES.containsKey(mode)) {
                chosen.put(type, mode);
            } else {
                errors.put(type, "Select how you want to hear about " + lower(label(type)));
            }
        }
        if (errors.isEmpty() && !chosen.isEmpty()) {
            try {
                notifications.updatePreferences(new PreferencesUpdate(chosen));
                return Response.seeOther(URI.create("/preferences?saved=1")).build();
            } catch (RuntimeException refused) {
                ServiceProblem problem = ServiceProblem.in(refused);
                if (problem == null || problem.status() >= 500) {
                    throw refused;
                }
                for (ServiceProblem.FieldError e : problem.errors()) {
                    String type = e.field() == null ? "" : e.field().replaceFirst("^email\\.", "");
                    if (current.containsKey(type)) {
                        errors.put(type, "Select how you want to hear about " + lower(label(type)));
                    }
                }
                if (errors.isEmpty()) {
                    errors.put(current.keySet().iterator().next(), problem.detail());
                }
            }
        }
        if (errors.isEmpty()) {
            return Response.seeOther(URI.create("/preferences")).build();
        }
        Map<String, String> shown = new LinkedHashMap<>(current);
        chosen.forEach(shown::put);
        List<ErrorSummary.Item> items = new ArrayList<>();
        errors.forEach((type, message) -> items.add(new ErrorSummary.Item("#" + id(type), message)));
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(Templates.preferences(
                choices(shown, errors), MODES, false, new ErrorSummary("There is a problem", items)).render())
                .build();
    }

    static List<Choice> choices(Map<String, String> modes, Map<String, String> errors) {
        List<Choice> choices = new ArrayList<>();
        modes.forEach((type, mode) -> {
            String[] words = TYPES.get(type);
            choices.add(new Choice(type, id(type), label(type), words == null ? null : words[1], mode,
                    errors.get(type)));
        });
        return choices;
    }

    static String label(String type) {
        String[] words = TYPES.get(type);
        return words == null ? type : words[0];
    }

    /** A form field name and element id for a type ({@code cycle.opened} -> {@code email-cycle-opened}). */
    static String id(String type) {
        return "email-" + type.replaceAll("[^A-Za-z0-9]", "-");
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static Map<String, String> modes() {
        Map<String, String> modes = new LinkedHashMap<>();
        modes.put("on", "An email each time");
        modes.put("digest", "In one email a day");
        modes.put("off", "No emails");
        return modes;
    }

    private static Map<String, String[]> types() {
        Map<String, String[]> types = new LinkedHashMap<>();
        types.put("cycle.opened", new String[] {"A new cycle opens", "When ADES opens a self-evaluation cycle."});
        types.put("deadline-approaching", new String[] {"A deadline is near",
                "When your council's self-evaluation is due soon and has not been submitted."});
        types.put("deadline-passed", new String[] {"A deadline has passed",
                "When a self-evaluation was not submitted by its deadline."});
        types.put("self-evaluation.submitted", new String[] {"A partner submits",
                "When a council in your quad submits its self-evaluation."});
        types.put("self-evaluation.submission-confirmed", new String[] {"Your council submits",
                "A confirmation when your council's self-evaluation is submitted."});
        types.put("quad.all-submitted", new String[] {"Everyone in your quad has submitted",
                "When all the councils in your quad have submitted and answers can be compared."});
        types.put("self-evaluation.returned", new String[] {"A self-evaluation is returned",
                "When ADES returns your council's self-evaluation for revision."});
        types.put("self-evaluation.recalled", new String[] {"A partner recalls its submission",
                "When a council in your quad takes back its self-evaluation to change it."});
        types.put("quad.changed", new String[] {"Your quad is formed or changed",
                "When ADES forms your quad or changes who is in it."});
        types.put("comment", new String[] {"Comments",
                "A comment on your council's answer, or a reply where you wrote."});
        types.put("action", new String[] {"Actions",
                "An action given to your council, due within a week, or overdue."});
        types.put("focus.proposed", new String[] {"A council proposes its focus",
                "When a council asks ADES to agree its focus."});
        types.put("focus.decided", new String[] {"Your focus is agreed or sent back",
                "When ADES agrees your council's focus or sends it back with a comment."});
        types.put("findings.published", new String[] {"A findings report is published",
                "When ADES publishes your council's findings report, or a quad partner's, on the public pages."});
        types.put("introduction", new String[] {"Learning-partner questions",
                "A partner's question to you as your council's named contact, or the reply to a question you asked."});
        return Map.copyOf(types);
    }
}
