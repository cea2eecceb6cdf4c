package scot.quads.rubric.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;

/**
 * What changed from one version to another: questions added, questions removed (retired), and questions that
 * descend from an older one with a lineage other than an unchanged "same"; and the same for quality indicators.
 * Items are matched through their lineage when the newer version descends from the older one, else by code. Every
 * source of a merged item counts as kept, not retired.
 */
public record VersionDiff(List<Entry> added, List<Entry> removed, List<Entry> changed, Indicators indicators) {

    /**
     * One question; {@code from} is the code it descends from in the older version (its first source), and
     * {@code sources} every such code (several for a question merged from several).
     */
    public record Entry(String code, String prompt, String lineage, String from, List<String> sources,
            String previousPrompt, List<String> changes) {
    }

    /** The quality indicators added, removed (retired) and changed, as questions are. */
    public record Indicators(List<IndicatorEntry> added, List<IndicatorEntry> removed,
            List<IndicatorEntry> changed) {
    }

    /** One quality indicator, as {@link Entry} is one question, its title standing for the prompt. */
    public record IndicatorEntry(String code, String title, String lineage, String from, List<String> sources,
            String previousTitle, List<String> changes) {
    }

    /** The questions' changes only (no indicators compared). */
    public static VersionDiff between(List<Question> older, List<Question> newer) {
        return between(older, newer, List.of(), List.of());
    }

    public static VersionDiff between(List<Question> older, List<Question> newer, List<Indicator> olderIndicators,
            List<Indicator> newerIndicators) {
        Compared<Question> questions = compare(older, newer, q -> q.id, q -> q.code, q -> q.lineage,
                Question::sourceIds, VersionDiff::changes);
        Compared<Indicator> indicators = compare(olderIndicators, newerIndicators, i -> i.id, i -> i.code,
                i -> i.lineage, Indicator::sourceIds, VersionDiff::changes);
        return new VersionDiff(
                questions.added().stream().map(r -> new Entry(r.item().code, r.item().prompt, r.lineage(), null,
                        List.of(), null, List.of())).toList(),
                questions.removed().stream().map(q -> new Entry(q.code, q.prompt, "retired", null, List.of(), null,
                        List.of())).toList(),
                questions.changed().stream().map(r -> new Entry(r.item().code, r.item().prompt, r.lineage(),
                        r.source().code, r.sources().stream().map(s -> s.code).toList(), r.source().prompt,
                        r.changes())).toList(),
                new Indicators(
                        indicators.added().stream().map(r -> new IndicatorEntry(r.item().code, r.item().title,
                                r.lineage(), null, List.of(), null, List.of())).toList(),
                        indicators.removed().stream().map(i -> new IndicatorEntry(i.code, i.title, "retired", null,
                                List.of(), null, List.of())).toList(),
                        indicators.changed().stream().map(r -> new IndicatorEntry(r.item().code, r.item().title,
                                r.lineage(), r.source().code, r.sources().stream().map(s -> s.code).toList(),
                                r.source().title, r.changes())).toList()));
    }

    /** A newer item with what it descends from; {@code source} null for an added one. */
    private record Row<T>(T item, String lineage, T source, List<T> sources, List<String> changes) {
    }

    private record Compared<T>(List<Row<T>> added, List<T> removed, List<Row<T>> changed) {
    }

    /** Matches newer items to older ones (through lineage when any newer one names an older one, else by code). */
    private static <T> Compared<T> compare(List<T> older, List<T> newer, Function<T, UUID> id,
            Function<T, String> code, Function<T, String> lineageOf, Function<T, List<UUID>> sourcesOf,
            BiFunction<T, T, List<String>> changesOf) {
        Map<UUID, T> olderById = older.stream().collect(Collectors.toMap(id, Function.identity()));
        Map<String, T> olderByCode = older.stream().collect(Collectors.toMap(code, Function.identity()));
        boolean linked = newer.stream().anyMatch(item -> sourcesOf.apply(item).stream()
                .anyMatch(olderById::containsKey));
        Set<UUID> kept = new HashSet<>();
        List<Row<T>> added = new ArrayList<>();
        List<Row<T>> changed = new ArrayList<>();
        for (T item : newer) {
            List<UUID> sourceIds = sourcesOf.apply(item);
            T source = linked ? (sourceIds.isEmpty() ? null : olderById.get(sourceIds.get(0)))
                    : olderByCode.get(code.apply(item));
            String lineage = linked ? lineageOf.apply(item) : (source == null ? "new" : "same");
            if (source == null) {
                added.add(new Row<>(item, lineage == null ? "new" : lineage, null, List.of(), List.of()));
                continue;
            }
            List<T> sources = linked ? sourceIds.stream().map(olderById::get).filter(Objects::nonNull).toList()
                    : List.of(source);
            sources.forEach(s -> kept.add(id.apply(s)));
            List<String> changes = changesOf.apply(source, item);
            if (!changes.isEmpty() || !"same".equals(lineage)) {
                changed.add(new Row<>(item, lineage, source, sources, changes));
            }
        }
        List<T> removed = older.stream().filter(item -> !kept.contains(id.apply(item))).toList();
        return new Compared<>(added, removed, changed);
    }

    private static List<String> changes(Indicator before, Indicator after) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.code, after.code)) {
            changes.add("code");
        }
        if (!Objects.equals(before.title, after.title)) {
            changes.add("title");
        }
        if (!Objects.equals(before.guidance, after.guidance)) {
            changes.add("guidance");
        }
        if (before.notApplicableAllowed != after.notApplicableAllowed) {
            changes.add("notApplicableAllowed");
        }
        return changes;
    }

    private static List<String> changes(Question before, Question after) {
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(before.code, after.code)) {
            changes.add("code");
        }
        if (!Objects.equals(before.title, after.title)) {
            changes.add("title");
        }
        if (!Objects.equals(before.prompt, after.prompt)) {
            changes.add("prompt");
        }
        if (!Objects.equals(before.guidance, after.guidance)) {
            changes.add("guidance");
        }
        if (!Objects.equals(before.illustration, after.illustration)) {
            changes.add("illustration");
        }
        if (before.notApplicableAllowed != after.notApplicableAllowed) {
            changes.add("notApplicableAllowed");
        }
        if (!Objects.equals(before.narrativeFields, after.narrativeFields)) {
            changes.add("narrativeFields");
        }
        if (!Objects.equals(before.contextIndicators, after.contextIndicators)) {
            changes.add("contextIndicators");
        }
        if (before.kind != after.kind) {
            changes.add("kind");
        }
        if (before.required != after.required) {
            changes.add("required");
        }
        return changes;
    }
}
