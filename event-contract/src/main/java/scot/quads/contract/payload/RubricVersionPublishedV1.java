package scot.quads.contract.payload;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A rubric version as published: immutable from then on, so readers may keep it whole. */
public record RubricVersionPublishedV1(
        UUID versionId,
        String frameworkCode,
        String frameworkTitle,
        int versionNumber,
        String label,
        List<Level> scale,
        List<Theme> themes) {

    public RubricVersionPublishedV1 {
        Objects.requireNonNull(versionId, "versionId");
        scale = List.copyOf(Objects.requireNonNull(scale, "scale"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
    }

    public record Level(int value, String label, String descriptor) {
    }

    public record Theme(String code, String title, List<Indicator> indicators) {
        public Theme {
            indicators = List.copyOf(indicators);
        }
    }

    public record Indicator(String code, String title, List<Question> questions) {
        public Indicator {
            questions = List.copyOf(questions);
        }
    }

    public record Question(String code, String prompt, boolean notApplicableAllowed) {
    }
}
