package scot.quads.rubric;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import scot.quads.contract.EventCodec;

/**
 * A council's self-evaluative statement in a cycle: its context, a prioritised SWOT and an overall summary. It
 * belongs to the council's self-evaluation, so it is submitted, locked, returned and recalled with the answers.
 * {@code version} is its ETag and optimistic lock: 1 for the first save, bumped by every change; 0 stands for a
 * statement never written. Every change is made under the evaluation's exclusive lock.
 */
@Entity
@Table(name = "evaluation_statement")
public class Statement extends PanacheEntityBase {

    /** The four parts of a SWOT, as the API names them. */
    public static final List<String> KINDS = List.of("strength", "weakness", "opportunity", "threat");

    @Id
    public UUID id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    public SelfEvaluation evaluation;
    public String context;
    @Convert(converter = SwotColumn.class)
    public List<SwotItem> swot;
    public String summary;
    @Column(name = "carried_forward")
    public boolean carriedForward;
    @Version
    public long version;
    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
    @Column(name = "updated_by")
    public String updatedBy;

    /**
     * One item of the SWOT: its kind, its text, its priority among the items of its kind (1 first), and the rubric's
     * quality indicators and questions and the council's context indicators it relates to (codes).
     */
    public record SwotItem(UUID id, String kind, String text, int priority, List<String> indicators,
            List<String> questions, List<String> contextIndicators) {

        public SwotItem {
            indicators = indicators == null ? List.of() : List.copyOf(indicators);
            questions = questions == null ? List.of() : List.copyOf(questions);
            contextIndicators = contextIndicators == null ? List.of() : List.copyOf(contextIndicators);
        }
    }

    /** What counts for submission: a context, a summary and at least one SWOT item. */
    public boolean isComplete() {
        return context != null && !context.isBlank() && summary != null && !summary.isBlank() && swot != null
                && !swot.isEmpty();
    }

    public boolean sameContentAs(String otherContext, List<SwotItem> otherSwot, String otherSummary) {
        return Objects.equals(context, otherContext) && Objects.equals(swot, otherSwot)
                && Objects.equals(summary, otherSummary);
    }

    /** The SWOT in order: strengths, weaknesses, opportunities, threats, each by priority. */
    public List<SwotItem> orderedSwot() {
        return swot.stream().sorted(java.util.Comparator.<SwotItem>comparingInt(i -> KINDS.indexOf(i.kind()))
                .thenComparingInt(SwotItem::priority)).toList();
    }

    public static Optional<Statement> of(SelfEvaluation evaluation) {
        return evaluation == null ? Optional.empty() : find("evaluation", evaluation).firstResultOptional();
    }

    /** Stored as a JSON array in a text column, read and written whole. */
    public static class SwotColumn implements AttributeConverter<List<SwotItem>, String> {
        private static final TypeReference<List<SwotItem>> TYPE = new TypeReference<>() {
        };

        @Override
        public String convertToDatabaseColumn(List<SwotItem> items) {
            try {
                return EventCodec.mapper().writeValueAsString(items == null ? List.of() : items);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A SWOT cannot be written as JSON", e);
            }
        }

        @Override
        public List<SwotItem> convertToEntityAttribute(String json) {
            if (json == null || json.isBlank()) {
                return List.of();
            }
            try {
                return List.copyOf(EventCodec.mapper().readValue(json, TYPE));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A stored SWOT cannot be read", e);
            }
        }
    }
}
