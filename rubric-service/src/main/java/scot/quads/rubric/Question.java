package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

/**
 * A question councils answer, under a quality indicator. Its code is stable within a version; {@code lineage} and
 * its sources say what it descends from in an earlier version, so trends compare like with like. The first source
 * is {@code derivedFromQuestionId}; a question merged from several keeps the others as {@link QuestionSource} rows.
 */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    /** The narrative fields of an answer, in the order they are shown; a question asks for some or all of them. */
    public static final List<String> NARRATIVE_FIELDS = List.of("evidence", "strengths", "areasForImprovement",
            "nextSteps");

    @Id
    public UUID id;
    @Column(name = "version_id")
    public UUID versionId;
    @Column(name = "indicator_id")
    public UUID indicatorId;
    public String code;
    public String title;
    public String prompt;
    public String guidance;
    public String illustration;
    public int position;
    @Column(name = "not_applicable_allowed")
    public boolean notApplicableAllowed;
    /** Graded (a level) or narrative (text only); in a version graded per quality indicator always narrative. */
    public QuestionKind kind = QuestionKind.GRADED;
    /** Whether submission needs an answer; only a narrative question may be optional. */
    public boolean required = true;
    /** The narrative fields this question asks for, in {@link #NARRATIVE_FIELDS} order. */
    @Column(name = "narrative_fields")
    @Convert(converter = NarrativeFields.class)
    public List<String> narrativeFields = NARRATIVE_FIELDS;
    /** The context indicators (authority-service's codes) the question bears on, in the order given; often none. */
    @Column(name = "context_indicators")
    @Convert(converter = CodeList.class)
    public List<String> contextIndicators = List.of();
    public String lineage;
    @Column(name = "derived_from_question_id")
    public UUID derivedFromQuestionId;
    /** The sources after the first, for a question merged from several; filled by the finders that say so. */
    @Transient
    public List<UUID> furtherSourceIds = new ArrayList<>();

    public boolean isNarrative() {
        return kind == QuestionKind.NARRATIVE;
    }

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

    /** A version's questions in position order, each with all its sources, only to read. */
    public static List<Question> ofVersion(UUID versionId) {
        List<Question> questions = Question.<Question>find("versionId = ?1 order by position", versionId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).list();
        Map<UUID, List<UUID>> further = QuestionSource.furtherSourcesIn(versionId);
        for (Question question : questions) {
            question.furtherSourceIds = new ArrayList<>(further.getOrDefault(question.id, List.of()));
        }
        return questions;
    }

    /** A version's questions without their further sources, only to read (as the autosave's rubric keeps them). */
    public static List<Question> ofVersionWithoutSources(UUID versionId) {
        return find("versionId", versionId).withHint(HibernateHints.HINT_READ_ONLY, true).list();
    }

    /** The indicator's questions in order, to change (their positions). */
    public static List<Question> ofIndicator(UUID indicatorId) {
        return list("indicatorId = ?1 order by position", indicatorId);
    }

    public static int countInIndicator(UUID indicatorId) {
        return (int) count("indicatorId", indicatorId);
    }

    public static long countInVersion(UUID versionId) {
        return count("versionId", versionId);
    }

    /** One question by code, without its further sources. */
    public static Optional<Question> inVersion(UUID versionId, String code) {
        return find("versionId = ?1 and code = ?2", versionId, code).firstResultOptional();
    }

    /** One question by code, with all its sources. */
    public static Optional<Question> withSources(UUID versionId, String code) {
        Optional<Question> question = inVersion(versionId, code);
        question.ifPresent(q -> q.furtherSourceIds = new ArrayList<>(
                QuestionSource.furtherSourcesIn(versionId).getOrDefault(q.id, List.of())));
        return question;
    }

    /**
     * Stores the question (new, or changed) with these sources: the first becomes {@code derivedFromQuestionId},
     * the rest {@link QuestionSource} rows in their order.
     */
    public void persistWithSources(List<UUID> sources) {
        derivedFromQuestionId = sources.isEmpty() ? null : sources.get(0);
        furtherSourceIds = new ArrayList<>(sources.isEmpty() ? List.of() : sources.subList(1, sources.size()));
        persist();
        QuestionSource.replace(this);
    }

    /** The fields named, in the canonical order; all four when none are named (null). */
    public static List<String> narrativeFields(List<String> named) {
        return named == null ? NARRATIVE_FIELDS : NARRATIVE_FIELDS.stream().filter(named::contains).toList();
    }

    /** Codes as given, without blanks or repeats; none for null. */
    public static List<String> codes(List<String> given) {
        return given == null ? List.of() : given.stream().map(String::strip).filter(c -> !c.isEmpty()).distinct()
                .toList();
    }

    /** A list of codes stored as comma-separated text; an empty text is none. */
    public static class CodeList implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> codes) {
            return codes == null ? "" : String.join(",", codes);
        }

        @Override
        public List<String> convertToEntityAttribute(String text) {
            return text == null || text.isBlank() ? List.of() : Arrays.stream(text.split(",")).map(String::trim)
                    .toList();
        }
    }

    /** Stored as text such as {@code evidence,nextSteps}; an empty text asks for no narrative, null for all four. */
    public static class NarrativeFields extends CodeList {
        @Override
        public String convertToDatabaseColumn(List<String> fields) {
            return super.convertToDatabaseColumn(fields == null ? NARRATIVE_FIELDS : fields);
        }
    }
}
