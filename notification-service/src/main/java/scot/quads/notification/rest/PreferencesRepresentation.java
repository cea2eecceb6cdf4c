package scot.quads.notification.rest;

import java.util.Map;

/** A person's choices: {@code email} per notification type is on, off or digest; the in-app inbox is always on. */
public record PreferencesRepresentation(String user, Map<String, String> email, String inApp) {

    static PreferencesRepresentation of(String user, Map<String, String> email) {
        return new PreferencesRepresentation(user, email, "always");
    }
}
