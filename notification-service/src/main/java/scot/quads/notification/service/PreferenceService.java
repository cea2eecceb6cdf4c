package scot.quads.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import scot.quads.notification.Preference;
import scot.quads.notification.config.NotificationConfig;
import scot.quads.notification.repository.ProjectionRepository;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;

/**
 * A person's email choices per notification type, keyed by their address so that they apply wherever that
 * address is a council's contact. Without a choice, the contact's defaults from the authority service apply.
 */
@ApplicationScoped
public class PreferenceService {

    private final ProjectionRepository projections;
    private final Set<String> adesEmails;

    public PreferenceService(ProjectionRepository projections, NotificationConfig config) {
        this.projections = projections;
        this.adesEmails = new HashSet<>(config.adesEmails().orElse(List.of()).stream()
                .map(EmailRecipients::normalise).toList());
    }

    /** Each type's email mode for this person, as it applies now (an ADES address gets every type by default). */
    @Transactional
    public Map<String, String> effective(String email) {
        String user = EmailRecipients.normalise(email);
        Set<String> defaults = new HashSet<>(adesEmails.contains(user) ? NoticeTypes.ALL : List.of());
        projections.contactsWithEmail(user).forEach(contact -> defaults.addAll(contact.defaultTypes()));
        // A question put to you as your council's named contact, or a reply to yours, is mailed unless you say not.
        defaults.add(NoticeTypes.INTRODUCTION);
        Map<String, String> chosen = new TreeMap<>();
        Preference.of(user).forEach(p -> chosen.put(p.type, p.emailMode));
        Map<String, String> modes = new LinkedHashMap<>();
        for (String type : NoticeTypes.ALL) {
            modes.put(type, chosen.getOrDefault(type,
                    defaults.contains(type) ? EmailRecipients.ON : EmailRecipients.OFF));
        }
        return modes;
    }

    /** Sets the given types' modes (others stay as they are); nothing is written when any is invalid. */
    @Transactional
    public Map<String, String> update(String email, Map<String, String> modes) {
        List<Problem.FieldError> errors = new ArrayList<>();
        modes.forEach((type, mode) -> {
            if (!NoticeTypes.ALL.contains(type)) {
                errors.add(new Problem.FieldError("email." + type,
                        "is not a notification type; one of " + String.join(", ", NoticeTypes.ALL)));
            } else if (mode == null || !EmailRecipients.MODES.contains(mode)) {
                errors.add(new Problem.FieldError("email." + type, "must be on, off or digest"));
            }
        });
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("Some preferences are not valid",
                    errors.toArray(Problem.FieldError[]::new));
        }
        String user = EmailRecipients.normalise(email);
        Preference.choose(user, modes, OffsetDateTime.now());
        return effective(user);
    }

    /** Every choice of email off or digest, by person then type. */
    @Transactional
    public List<Preference> optOuts() {
        return Preference.optOuts();
    }
}
