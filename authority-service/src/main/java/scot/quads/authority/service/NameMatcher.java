package scot.quads.authority.service;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a council from a name as some publication spells it. Names compare ignoring case, accents, punctuation,
 * spacing, "&" against "and" and a trailing "Council", so "Perth & Kinross", "perth and  kinross" and
 * "Perth and Kinross Council" are one name. A name two councils share matches neither.
 */
public final class NameMatcher {

    private final Map<String, String> councilByKey = new HashMap<>();
    private final Set<String> ambiguous = new HashSet<>();

    /** {@code namesByCouncil}: every known name (official, LGBF, aliases) of each council, by GSS code. */
    public NameMatcher(Map<String, ? extends Collection<String>> namesByCouncil) {
        namesByCouncil.forEach((council, names) -> {
            for (String name : names) {
                String key = key(name);
                if (key.isEmpty()) {
                    continue;
                }
                String previous = councilByKey.putIfAbsent(key, council);
                if (previous != null && !previous.equals(council)) {
                    ambiguous.add(key);
                }
            }
        });
        ambiguous.forEach(councilByKey::remove);
    }

    public Optional<String> match(String name) {
        return Optional.ofNullable(councilByKey.get(key(name)));
    }

    /** The form names are compared in. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String key = plain.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("[^a-z0-9]+", " ")
                .trim();
        if (key.endsWith(" council")) {
            key = key.substring(0, key.length() - " council".length()).trim();
        }
        return key;
    }
}
