package scot.quads.contract.payload;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A rubric version as published: immutable from then on, so readers may keep it whole. {@code basedOnVersionId} and
 * each question's lineage let a reader follow a question across versions (for trends); both are absent in events
 * published before lineage was carried, and a reader must then treat questions as not comparable.
 * {@code gradingGrain} says what councils grade: {@code question} (each question, as every version did before the
 * field existed, so null reads as {@code question}) or {@code quality-indicator} (each indicator as a whole; its
 * questions are then narrative prompts). Each question's {@code kind} ({@code graded} or {@code narrative}, null
 * read as {@code graded}) and {@code required} (null read as true) came with it.
 */
public record RubricVersionPublishedV1(
        UUID versionId,
        String frameworkCode,
        String frameworkTitle,
        int versionNumber,
        String label,
        List<Level> scale,
        List<Theme> themes,
        UUID basedOnVersionId,
        String gradingGrain) {

    /** What a version grades when the event does not say (it was published before grains existed). */
    public static final String GRADED_PER_QUESTION = "question";
    public static final String GRADED_PER_QUALITY_INDICATOR = "quality-indicator";

    public RubricVersionPublishedV1 {
        Objects.requireNonNull(versionId, "versionId");
        scale = List.copyOf(Objects.requireNonNull(scale, "scale"));
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
    }

    public RubricVersionPublishedV1(UUID versionId, String frameworkCode, String frameworkTitle, int versionNumber,
            String label, List<Level> scale, List<Theme> themes) {
        this(versionId, frameworkCode, frameworkTitle, versionNumber, label, scale, themes, null, null);
    }

    /** A version graded per question, as every version was before grains existed. */
    public RubricVersionPublishedV1(UUID versionId, String frameworkCode, String frameworkTitle, int versionNumber,
            String label, List<Level> scale, List<Theme> themes, UUID basedOnVersionId) {
        this(versionId, frameworkCode, frameworkTitle, versionNumber, label, scale, themes, basedOnVersionId, null);
    }

    /** True when councils grade each quality indicator as a whole (false for events from before grains). */
    public boolean gradedPerIndicator() {
        return GRADED_PER_QUALITY_INDICATOR.equals(gradingGrain);
    }

    public record Level(int value, String label, String descriptor) {
    }

    public record Theme(String code, String title, List<Indicator> indicators) {
        public Theme {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * {@code notApplicableAllowed}: in a version graded per indicator, whether it may be marked not applicable.
     * {@code lineage} and {@code derivedFrom} say how the indicator relates to the version this one was based on, as
     * a question's do ({@code same}, {@code reworded}, {@code split-from}, {@code merged-from} or {@code new}, with
     * the earlier indicators' codes); both absent (null and empty) in events published before indicators carried
     * lineage, which a reader then follows by code as it did.
     */
    public record Indicator(String code, String title, List<Question> questions, Boolean notApplicableAllowed,
            String lineage, List<String> derivedFrom) {
        public Indicator {
            questions = List.copyOf(questions);
            derivedFrom = derivedFrom == null ? List.of() : List.copyOf(derivedFrom);
        }

        public Indicator(String code, String title, List<Question> questions) {
            this(code, title, questions, null);
        }

        /** An indicator without lineage, as every indicator was published before it carried one. */
        public Indicator(String code, String title, List<Question> questions, Boolean notApplicableAllowed) {
            this(code, title, questions, notApplicableAllowed, null, List.of());
        }
    }

    /**
     * {@code lineage} is how the question relates to the version this one was based on: {@code same},
     * {@code reworded}, {@code split-from}, {@code merged-from} or {@code new}; {@code derivedFrom} holds the codes
     * of the earlier version's questions it came from (none for {@code new}).
     */
    public record Question(String code, String prompt, boolean notApplicableAllowed, String lineage,
            List<String> derivedFrom, String kind, Boolean required) {

        public Question {
            derivedFrom = derivedFrom == null ? List.of() : List.copyOf(derivedFrom);
        }

        public Question(String code, String prompt, boolean notApplicableAllowed) {
            this(code, prompt, notApplicableAllowed, null, List.of());
        }

        /** A graded question, as every question was before kinds existed. */
        public Question(String code, String prompt, boolean notApplicableAllowed, String lineage,
                List<String> derivedFrom) {
            this(code, prompt, notApplicableAllowed, lineage, derivedFrom, null, null);
        }

        /** True for a narrative question (text only, no level); false for a graded one and for older events. */
        public boolean narrative() {
            return "narrative".equals(kind);
        }
    }
}
