package scot.quads.notification.rest;

import jakarta.validation.constraints.NotNull;
import java.util.Map;

/** The email modes to set, by notification type ({@code on}, {@code off} or {@code digest}); others stay. */
public record PreferencesUpdate(@NotNull Map<String, String> email) {
}
