package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A further source of a question merged from several questions of the earlier version (the first source is the
 * question's own {@code derivedFromQuestionId}), in order from 1. Read as plain ids, never as managed rows, so that
 * replacing a question's sources within one transaction never meets a row the session already holds.
 */
@Entity
@Table(name = "question_source")
@IdClass(QuestionSource.Key.class)
public class QuestionSource extends PanacheEntityBase {

    @Id
    @Column(name = "question_id")
    public UUID questionId;
    @Id
    @Column(name = "source_question_id")
    public UUID sourceQuestionId;
    @Column(name = "version_id")
    public UUID versionId;
    public int position;

    /** The further sources of each question of the version that has any, in order. */
    public static Map<UUID, List<UUID>> furtherSourcesIn(UUID versionId) {
        List<QuestionSource> rows = list("versionId = ?1 order by questionId, position", versionId);
        Map<UUID, List<UUID>> sources = new LinkedHashMap<>();
        for (QuestionSource row : rows) {
            sources.computeIfAbsent(row.questionId, id -> new ArrayList<>()).add(row.sourceQuestionId);
        }
        return sources;
    }

    /** Writes the question's further sources as it now holds them, in place of those stored. */
    static void replace(Question question) {
        delete("questionId", question.id);
        for (int i = 0; i < question.furtherSourceIds.size(); i++) {
            QuestionSource source = new QuestionSource();
            source.questionId = question.id;
            source.sourceQuestionId = question.furtherSourceIds.get(i);
            source.versionId = question.versionId;
            source.position = i + 1;
            source.persist();
        }
    }

    /** The primary key: the question and one of its sources. */
    public static class Key implements Serializable {
        public UUID questionId;
        public UUID sourceQuestionId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(key.questionId, questionId)
                    && Objects.equals(key.sourceQuestionId, sourceQuestionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(questionId, sourceQuestionId);
        }
    }
}
