package scot.quads.quad;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A published rubric version, kept whole: it never changes once published. Its questions are flattened into
 * rubric order, each carrying its theme and indicator, which is how a comparison walks them.
 */
public class RubricVersion {

    public UUID id;
    public String frameworkCode;
    public String frameworkTitle;
    public int versionNumber;
    public String label;
    public List<Level> scale;
    public List<Question> questions;
    public UUID basedOnVersionId;
    /**
     * Graded per quality indicator: then {@link #questions} are the version's indicators, each compared as a whole
     * (code and prompt are the indicator's code and title); false for a version graded per question.
     */
    public boolean gradedPerIndicator;
    public OffsetDateTime receivedAt;

    public String labelOf(Integer level) {
        if (level == null) {
            return null;
        }
        return scale.stream().filter(l -> l.value() == level).map(Level::label).findFirst().orElse(null);
    }

    public record Level(int value, String label, String descriptor) {
    }

    public Question question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst().orElse(null);
    }

    /**
     * {@code lineage} says how the question descends from the questions {@code derivedFrom} of the version this
     * one was based on ({@code same}, {@code reworded}, {@code split-from}, {@code merged-from}, {@code new});
     * null in versions published before lineage was carried.
     */
    public record Question(String themeCode, String themeTitle, String indicatorCode, String indicatorTitle,
            String code, String prompt, boolean notApplicableAllowed, String lineage, List<String> derivedFrom,
            List<Prompt> prompts) {

        public Question {
            derivedFrom = derivedFrom == null ? List.of() : List.copyOf(derivedFrom);
            prompts = prompts == null ? List.of() : List.copyOf(prompts);
        }

        public Question(String themeCode, String themeTitle, String indicatorCode, String indicatorTitle,
                String code, String prompt, boolean notApplicableAllowed, String lineage, List<String> derivedFrom) {
            this(themeCode, themeTitle, indicatorCode, indicatorTitle, code, prompt, notApplicableAllowed, lineage,
                    derivedFrom, List.of());
        }
    }

    /**
     * A question of an indicator graded as a whole: a narrative prompt the council answers in words, shown beside
     * the indicator's level. {@code required}: whether submission needed it answered. None in a version graded per
     * question, or stored before prompts were kept.
     */
    public record Prompt(String code, String prompt, boolean required) {
    }
}
