package scot.quads.authority.service;

import jakarta.enterprise.context.ApplicationScoped;
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
import scot.quads.authority.repository.CouncilRepository;
import scot.quads.contract.Events;
import scot.quads.support.outbox.Outbox;
import scot.quads.support.problem.Problem;
import scot.quads.support.problem.ProblemException;

/** A council's other names, and finding a council by any code or name it goes by. */
@ApplicationScoped
public class AliasService {

    private static final Pattern GSS_CODE = Pattern.compile("(?i)\\s*S\\d{8}\\s*");

    private final CouncilService councils;
    private final CouncilRepository repository;
    private final Outbox outbox;
    private final AuditLog audit;

    public AliasService(CouncilService councils, CouncilRepository repository, Outbox outbox, AuditLog audit) {
        this.councils = councils;
        this.repository = repository;
        this.outbox = outbox;
        this.audit = audit;
    }

    public List<String> aliases(String code) {
        return repository.aliasesOf(councils.get(code).gssCode).stream().map(alias -> alias.alias).toList();
    }

    /** By GSS code (current or older), official name, LGBF name or alias. */
    public Council lookup(String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.badRequest("Say which council to look up",
                    new Problem.FieldError("name", "must not be blank"));
        }
        Optional<Council> found = GSS_CODE.matcher(name).matches()
                ? repository.byCode(name)
                : matcher().match(name).flatMap(repository::byCode);
        return found.orElseThrow(() -> new ProblemException(404, "Not found",
                "No council is called '" + name.trim() + "'", List.of(new Problem.FieldError("name",
                "matches no council's name or alias")), null));
    }

    /** Every name each council goes by: official, LGBF and aliases. */
    public NameMatcher matcher() {
        Map<String, List<String>> names = new HashMap<>();
        for (Council council : repository.byName()) {
            List<String> own = names.computeIfAbsent(council.gssCode, c -> new ArrayList<>());
            own.add(council.name);
            if (council.lgbfName != null) {
                own.add(council.lgbfName);
            }
        }
        for (CouncilAlias alias : repository.allAliases()) {
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
        for (Map.Entry<String, String> alias : wanted.entrySet()) {
            Optional<String> owner = ownerOf(alias.getKey());
            if (owner.isPresent() && !owner.get().equals(council.gssCode)) {
                clashes.add(new Problem.FieldError("aliases[" + aliases.indexOf(findOriginal(aliases, alias.getKey()))
                        + "]", "'" + alias.getValue() + "' already names council " + owner.get()));
            }
        }
        if (!clashes.isEmpty()) {
            throw new ProblemException(409, "Conflict", "Some aliases already name another council", clashes, null);
        }
        List<String> before = aliases(council.gssCode);
        List<CouncilAlias> replacing = new ArrayList<>();
        for (Map.Entry<String, String> alias : wanted.entrySet()) {
            CouncilAlias row = new CouncilAlias();
            row.matchKey = alias.getKey();
            row.alias = alias.getValue();
            row.gssCode = council.gssCode;
            replacing.add(row);
        }
        repository.replaceAliases(council.gssCode, replacing);
        List<String> after = aliases(council.gssCode);
        audit.record(council.gssCode, by, AuditLog.ALIASES_CHANGED, before, after);
        outbox.publish(Events.COUNCIL_UPDATED, council.gssCode, CouncilEvents.payload(council));
        return after;
    }

    private static String findOriginal(List<String> aliases, String key) {
        return aliases.stream().filter(a -> NameMatcher.key(a).equals(key)).findFirst().orElse(null);
    }

    private Optional<String> ownerOf(String key) {
        Optional<String> aliased = repository.aliasOwner(key);
        if (aliased.isPresent()) {
            return aliased;
        }
        return repository.byName().stream()
                .filter(c -> NameMatcher.key(c.name).equals(key) || NameMatcher.key(c.lgbfName).equals(key))
                .map(c -> c.gssCode)
                .findFirst();
    }
}
