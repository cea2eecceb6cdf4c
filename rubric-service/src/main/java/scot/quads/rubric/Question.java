package scot.quads.rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A question councils answer, under a quality indicator. Its code is stable within a version; {@code lineage} and
 * its sources say what it descends from in an earlier version, so trends compare like with like. The first source
 * is {@code derivedFromQuestionId}; a question merged from several keeps the others in {@code question_source}.
 */
public class Question {

    /** The narrative fields of an answer, in the order they are shown; a question asks for some or all of them. */
    public static final List<String> NARRATIVE_FIELDS = List.of("evidence", "strengths", "areasForImprovement",
            "nextSteps");

    public UUID id;
    public UUID versionId;
    public UUID indicatorId;
    public String code;
    public String title;
    public String prompt;
    public String guidance;
    public String illustration;
    public int position;
    public boolean notApplicableAllowed;
    /** The narrative fields this question asks for, in {@link #NARRATIVE_FIELDS} order. */
    public List<String> narrativeFields = NARRATIVE_FIELDS;
    public String lineage;
    public UUID derivedFromQuestionId;
    /** The sources after the first, for a question merged from several; filled by RubricRepository. */
    public List<UUID> furtherSourceIds = new ArrayList<>();

    /** Every question of the earlier version this one descends from, first source first; none for a new one. */
    public List<UUID> sourceIds() {
        if (derivedFromQuestionId == null) {
            return List.of();
        }
        List<UUID> all = new ArrayList<>();
        all.add(derivedFromQuestionId);
        all.addAll(furtherSourceIds);
        return all;
    }

    /** The fields named, in the canonical order; all four when none are named (null). */
    public static List<String> narrativeFields(List<String> named) {
        return named == null ? NARRATIVE_FIELDS : NARRATIVE_FIELDS.stream().filter(named::contains).toList();
    }

    /** The narrative fields as the column stores them, such as {@code evidence,nextSteps}. */
    public static String narrativeFieldsText(List<String> fields) {
        return fields == null ? String.join(",", NARRATIVE_FIELDS) : String.join(",", fields);
    }

    public static List<String> narrativeFieldsOf(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::trim)
                .toList();
    }
}
