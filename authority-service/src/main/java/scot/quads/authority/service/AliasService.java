package scot.quads.authority.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import scot.quads.authority.Council;
import scot.quads.authority.CouncilAlias;
import scot.quads.authority.event.CouncilEvents;
import scot.quads.contract.Events;
import scot.quads.support.jdbc.DatabaseFailures;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;

/** A council's other names, and finding a council by any code or name it goes by. */
@ApplicationScoped
public class AliasService {

    private static final Pattern GSS_CODE = Pattern.compile("(?i)\\s*S\\d{8}\\s*");

    private final CouncilService councils;
    private final Outbox outbox;
    private final AuditLog audit;

    public AliasService(CouncilService councils, Outbox outbox, AuditLog audit) {
        this.councils = councils;
        this.outbox = outbox;
        this.audit = audit;
    }

    public List<String> aliases(String code) {
        return CouncilAlias.of(councils.get(code).gssCode).stream().map(alias -> alias.alias).toList();
    }

    /** By GSS code (current or older), official name, LGBF name or alias. */
    public Council lookup(String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.badRequest("Say which council to look up",
                    new Problem.FieldError("name", "must not be blank"));
        }
        Optional<Council> found = GSS_CODE.matcher(name).matches()
                ? Council.findByCode(name)
                : matcher().match(name).flatMap(Council::findByCode);
        return found.orElseThrow(() -> new ProblemException(404, "Not found",
                "No council is called '" + name.trim() + "'", List.of(new Problem.FieldError("name",
                "matches no council's name or alias")), null));
    }

    /** Every name each council goes by: official, LGBF and aliases. */
    public NameMatcher matcher() {
        Map<String, List<String>> names = new HashMap<>();
        for (Council council : Council.<Council>listAll()) {
            List<String> own = names.computeIfAbsent(council.gssCode, c -> new ArrayList<>());
            own.add(council.name);
            if (council.lgbfName != null) {
                own.add(council.lgbfName);
            }
        }
        for (CouncilAlias alias : CouncilAlias.<CouncilAlias>listAll()) {
            names.computeIfAbsent(alias.gssCode, c -> new ArrayList<>()).add(alias.alias);
        }
        return new NameMatcher(names);
    }

    /** Replaces the council's aliases; one that is another council's name or alias is a 409, and nothing changes. */
    @Transactional
    public List<String> replace(String code, List<String> aliases, String by) {
        Council council = councils.get(code);
        Map<String, String> wanted = new LinkedHashMap<>();
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i) == null ? "" : aliases.get(i).trim().replaceAll("\\s+", " ");
            String key = NameMatcher.key(alias);
            if (key.isEmpty() || alias.length() > 100) {
                throw ProblemException.badRequest("Each alias needs a letter or digit and at most 100 characters",
                        new Problem.FieldError("aliases[" + i + "]",
                                key.isEmpty() ? "has no letter or digit" : "is longer than 100 characters"));
            }
            wanted.putIfAbsent(key, alias);
        }
        List<Problem.FieldError> clashes = new ArrayList<>();
        List<Council> all = Council.listAll();
        for (Map.Entry<String, String> alias : wanted.entrySet()) {
            Optional<String> owner = ownerOf(alias.getKey(), all);
            if (owner.isPresent() && !owner.get().equals(council.gssCode)) {
                clashes.add(new Problem.FieldError("aliases[" + aliases.indexOf(findOriginal(aliases, alias.getKey()))
                        + "]", "'" + alias.getValue() + "' already names council " + owner.get()));
            }
        }
        if (!clashes.isEmpty()) {
            throw aliasesTaken(clashes);
        }
        List<String> before = aliases(council.gssCode);
        // Only the difference is written: spellings no longer wanted go, new ones come, a kept one takes the new text.
        Map<String, CouncilAlias> current = new HashMap<>();
        for (CouncilAlias alias : CouncilAlias.of(council.gssCode)) {
            current.put(alias.matchKey, alias);
        }
        current.forEach((key, alias) -> {
            if (!wanted.containsKey(key)) {
                alias.delete();
            }
        });
        for (Map.Entry<String, String> alias : wanted.entrySet()) {
            CouncilAlias kept = current.get(alias.getKey());
            if (kept != null) {
                kept.alias = alias.getValue();
            } else {
                CouncilAlias added = new CouncilAlias();
                added.matchKey = alias.getKey();
                added.alias = alias.getValue();
                added.gssCode = council.gssCode;
                added.persist();
            }
        }
        try {
            CouncilAlias.flush();
        } catch (PersistenceException e) {
            // Another council took one of these spellings at the same moment (its match key is the primary key).
            if (DatabaseFailures.violatesUnique(e, CouncilAlias.PRIMARY_KEY)) {
                throw aliasesTaken(List.of());
            }
            throw e;
        }
        List<String> after = aliases(council.gssCode);
        audit.record(council.gssCode, by, AuditLog.ALIASES_CHANGED, before, after);
        outbox.publish(Events.COUNCIL_UPDATED, council.gssCode, CouncilEvents.payload(council));
        return after;
    }

    private static ProblemException aliasesTaken(List<Problem.FieldError> clashes) {
        return new ProblemException(409, "Conflict", "Some aliases already name another council", clashes, null);
    }

    private static String findOriginal(List<String> aliases, String key) {
        return aliases.stream().filter(a -> NameMatcher.key(a).equals(key)).findFirst().orElse(null);
    }

    private static Optional<String> ownerOf(String key, List<Council> all) {
        Optional<String> aliased = CouncilAlias.<CouncilAlias>findByIdOptional(key).map(alias -> alias.gssCode);
        if (aliased.isPresent()) {
            return aliased;
        }
        return all.stream()
                .filter(c -> NameMatcher.key(c.name).equals(key) || NameMatcher.key(c.lgbfName).equals(key))
                .map(c -> c.gssCode)
                .findFirst();
    }
}
