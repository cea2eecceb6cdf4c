package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A question councils answer, under a quality indicator. Its code is stable within a version; {@code lineage} and
 * its sources say what it descends from in an earlier version, so trends compare like with like. The first source
 * is {@code derivedFromQuestionId}; a question merged from several keeps the others in {@code question_source}.
 */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

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
    public String lineage;
    @Column(name = "derived_from_question_id")
    public UUID derivedFromQuestionId;
    /** The sources after the first, for a question merged from several; filled by {@link #ofVersion}. */
    @Transient
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

    /** A version's questions in position order, each with all its sources. */
    public static List<Question> ofVersion(UUID versionId) {
        List<Question> questions = list("from Question q where q.versionId = ?1 order by q.position", versionId);
        Map<UUID, List<UUID>> further = furtherSources(versionId);
        for (Question question : questions) {
            question.furtherSourceIds = new ArrayList<>(further.getOrDefault(question.id, List.of()));
        }
        return questions;
    }

    /** One question by code, without its further sources. */
    public static Optional<Question> inVersion(UUID versionId, String code) {
        return find("versionId = ?1 and code = ?2", versionId, code).firstResultOptional();
    }

    /** One question by code, with all its sources. */
    public static Optional<Question> withSources(UUID versionId, String code) {
        Optional<Question> question = inVersion(versionId, code);
        question.ifPresent(q -> q.furtherSourceIds = new ArrayList<>(
                furtherSources(versionId).getOrDefault(q.id, List.of())));
        return question;
    }

    /** Stores the question with these sources: the first becomes {@code derivedFromQuestionId}, the rest link rows. */
    public void persistWithSources(List<UUID> sources) {
        derivedFromQuestionId = sources.isEmpty() ? null : sources.get(0);
        furtherSourceIds = new ArrayList<>(sources.isEmpty() ? List.of() : sources.subList(1, sources.size()));
        persist();
        flush();
        getEntityManager().createNativeQuery("DELETE FROM question_source WHERE question_id = ?1")
                .setParameter(1, id).executeUpdate();
        for (int i = 0; i < furtherSourceIds.size(); i++) {
            getEntityManager().createNativeQuery("""
                    INSERT INTO question_source (version_id, question_id, source_question_id, position)
                    VALUES (?1, ?2, ?3, ?4)""")
                    .setParameter(1, versionId)
                    .setParameter(2, id)
                    .setParameter(3, furtherSourceIds.get(i))
                    .setParameter(4, i + 1)
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, List<UUID>> furtherSources(UUID versionId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT question_id, source_question_id FROM question_source
                 WHERE version_id = ?1 ORDER BY question_id, position""")
                .setParameter(1, versionId).getResultList();
        Map<UUID, List<UUID>> sources = new LinkedHashMap<>();
        for (Object[] row : rows) {
            sources.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((UUID) row[1]);
        }
        return sources;
    }
}
