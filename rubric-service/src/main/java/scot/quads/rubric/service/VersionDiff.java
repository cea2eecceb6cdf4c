package scot.quads.rubric.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.quads.rubric.Question;

/**
 * What changed from one version to another: questions added, questions removed (retired), and questions that
 * descend from an older one with a lineage other than an unchanged "same". Questions are matched through their
 * lineage when the newer version descends from the older one, else by code. Every source of a merged question
 * counts as kept, not retired.
 */
public record VersionDiff(List<Entry> added, List<Entry> removed, List<Entry> changed) {

    /**
     * One question; {@code from} is the code it descends from in the older version (its first source), and
     * {@code sources} every such code (several for a question merged from several).
     */
    public record Entry(String code, String prompt, String lineage, String from, List<String> sources,
            String previousPrompt, List<String> changes) {
    }

    public static VersionDiff between(List<Question> older, List<Question> newer) {
        Map<UUID, Question> olderById = older.stream().collect(Collectors.toMap(q -> q.id, Function.identity()));
        Map<String, Question> olderByCode = older.stream()
                .collect(Collectors.toMap(q -> q.code, Function.identity()));
        boolean linked = newer.stream().anyMatch(q -> q.sourceIds().stream().anyMatch(olderById::containsKey));
        Set<UUID> kept = new HashSet<>();
        List<Entry> added = new ArrayList<>();
        List<Entry> changed = new ArrayList<>();
        for (Question question : newer) {
            Question source = linked
                    ? (question.derivedFromQuestionId == null ? null : olderById.get(question.derivedFromQuestionId))
                    : olderByCode.get(question.code);
            String lineage = linked ? question.lineage : (source == null ? "new" : "same");
            if (source == null) {
                added.add(new Entry(question.code, question.prompt, lineage == null ? "new" : lineage, null,
                        List.of(), null, List.of()));
                continue;
            }
            List<Question> sources = linked ? question.sourceIds().stream().map(olderById::get)
                    .filter(Objects::nonNull).toList() : List.of(source);
            sources.forEach(s -> kept.add(s.id));
            List<String> changes = changes(source, question);
            if (!changes.isEmpty() || !"same".equals(lineage)) {
                changed.add(new Entry(question.code, question.prompt, lineage, source.code,
                        sources.stream().map(s -> s.code).toList(), source.prompt, changes));
            }
        }
        List<Entry> removed = older.stream().filter(q -> !kept.contains(q.id))
                .map(q -> new Entry(q.code, q.prompt, "retired", null, List.of(), null, List.of())).toList();
        return new VersionDiff(added, removed, changed);
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
