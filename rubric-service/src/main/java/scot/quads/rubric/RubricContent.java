package scot.quads.rubric;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A version's whole content in order (scale, then themes, their indicators and their questions), read kind by kind
 * (one query each, only to read) and assembled here, for the pages, the published event and the self-evaluation
 * that answers it.
 */
public record RubricContent(FrameworkVersion version, Framework framework, List<ScaleLevel> scale,
        List<ThemeNode> themes) {

    public record ThemeNode(Theme theme, List<IndicatorNode> indicators) {
    }

    public record IndicatorNode(Indicator indicator, List<Question> questions) {
    }

    /** One question with the theme and indicator it sits under. */
    public record Placed(Theme theme, Indicator indicator, Question question) {
    }

    /** The version's content as stored (the version's own row as this transaction holds it, if it does). */
    public static Optional<RubricContent> load(UUID versionId) {
        FrameworkVersion version = FrameworkVersion.findById(versionId);
        if (version == null) {
            return Optional.empty();
        }
        Framework framework = Framework.findById(version.frameworkId);
        Map<UUID, List<Question>> questionsByIndicator = new LinkedHashMap<>();
        for (Question question : Question.ofVersion(versionId)) {
            questionsByIndicator.computeIfAbsent(question.indicatorId, id -> new ArrayList<>()).add(question);
        }
        Map<UUID, List<IndicatorNode>> indicatorsByTheme = new LinkedHashMap<>();
        for (Indicator indicator : Indicator.ofVersionWithSources(versionId)) {
            indicatorsByTheme.computeIfAbsent(indicator.themeId, id -> new ArrayList<>())
                    .add(new IndicatorNode(indicator,
                            List.copyOf(questionsByIndicator.getOrDefault(indicator.id, List.of()))));
        }
        List<ThemeNode> themes = Theme.ofVersion(versionId).stream()
                .map(theme -> new ThemeNode(theme, List.copyOf(indicatorsByTheme.getOrDefault(theme.id, List.of()))))
                .toList();
        return Optional.of(new RubricContent(version, framework, ScaleLevel.ofVersion(versionId), themes));
    }

    /** Every question in the order councils see them. */
    public List<Placed> questions() {
        List<Placed> placed = new ArrayList<>();
        for (ThemeNode theme : themes) {
            for (IndicatorNode indicator : theme.indicators()) {
                for (Question question : indicator.questions()) {
                    placed.add(new Placed(theme.theme(), indicator.indicator(), question));
                }
            }
        }
        return placed;
    }

    /** Every quality indicator in the order councils see them (an indicator's position counts within its theme). */
    public List<Indicator> indicators() {
        return themes.stream().flatMap(theme -> theme.indicators().stream()).map(IndicatorNode::indicator).toList();
    }
}
