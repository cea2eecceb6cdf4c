package scot.quads.notification.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import scot.quads.notification.Audience;

/** How the rules name councils, cycles and dates, whether or not the names have arrived yet. */
final class Wording {

    /** A date as GOV.UK writes one: "31 March 2026", never "2026-03-31". */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Wording() {
    }

    static String council(String code, Map<String, String> names) {
        String name = names.get(code);
        return name == null || name.isBlank() ? code : name;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String cycle(String name, UUID cycleId) {
        return name == null || name.isBlank() ? "cycle " + cycleId : name;
    }

    static String councils(Collection<String> codes, Map<String, String> names) {
        return String.join(", ", codes.stream().map(code -> council(code, names)).toList());
    }

    /** Normalised, distinct and sorted codes, so that notices come out in a stable order. */
    static List<String> codes(Collection<String> codes) {
        return codes.stream().map(Audience::normaliseCode).distinct().sorted().toList();
    }

    static String cycleLink(UUID cycleId, String page) {
        return "/cycles/" + cycleId + "/" + page;
    }
}
