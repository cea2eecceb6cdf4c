package scot.quads.contract.payload;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A rubric version as published: immutable from then on, so readers may keep it whole. {@code basedOnVersionId} and
 * each question's lineage let a reader follow a question across versions (for trends); both are absent in events
 * published before lineage was carried, and a reader must then treat questions as not comparable.
 */
public record RubricVersionPublishedV1(
        UUID versionId,
        String frameworkCode,
        String frameworkTitle,
        int versionNumber,
        String label,
        List<Level> scale,
        List<Theme> themes,
        UUID basedOnVersionId) {

    public RubricVersionPublishedV1 {
        Objects.requireNonNull(versionId, "versionId");
        scale = List.copyOf(Objects.requireNonNull(scale, "scale"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
    }

    public RubricVersionPublishedV1(UUID versionId, String frameworkCode, String frameworkTitle, int versionNumber,
            String label, List<Level> scale, List<Theme> themes) {
        this(versionId, frameworkCode, frameworkTitle, versionNumber, label, scale, themes, null);
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

    /**
     * {@code lineage} is how the question relates to the version this one was based on: {@code same},
     * {@code reworded}, {@code split-from}, {@code merged-from} or {@code new}; {@code derivedFrom} holds the codes
     * of the earlier version's questions it came from (none for {@code new}).
     */
    public record Question(String code, String prompt, boolean notApplicableAllowed, String lineage,
            List<String> derivedFrom) {

        public Question {
            derivedFrom = derivedFrom == null ? List.of() : List.copyOf(derivedFrom);
        }

        public Question(String code, String prompt, boolean notApplicableAllowed) {
            this(code, prompt, notApplicableAllowed, null, List.of());
        }
    }
}
