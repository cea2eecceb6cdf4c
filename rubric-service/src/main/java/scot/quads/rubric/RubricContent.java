package scot.quads.rubric;

import java.util.ArrayList;
import java.util.List;

/**
 * A version's whole content in order (scale, then themes, their indicators and their questions), read in a few
 * queries and assembled by RubricRepository, for the pages, the published event and the self-evaluation that
 * answers it.
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

    /** The same content, with the version's own row as given (as a transaction that changed it holds it). */
    public RubricContent withVersion(FrameworkVersion changed) {
        return new RubricContent(changed, framework, scale, themes);
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
}
