package scot.quads.rubric.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.RubricContent;

/** A rubric version with its whole content in order: scale, themes, indicators, questions. */
public record VersionRepresentation(
        UUID id,
        UUID frameworkId,
        String frameworkCode,
        String frameworkTitle,
        int number,
        String label,
        String status,
        UUID derivedFromVersionId,
        OffsetDateTime createdAt,
        String createdBy,
        OffsetDateTime publishedAt,
        String publishedBy,
        long version,
        int questionCount,
        String gradingGrain,
        List<Level> scale,
        List<ThemeRepresentation> themes) {

    public record Level(int value, String label, String descriptor) {
    }

    public record ThemeRepresentation(UUID id, String code, String title, String guidance,
            List<IndicatorRepresentation> indicators) {
    }

    /**
     * {@code notApplicableAllowed}: graded per quality indicator, whether the indicator may be not applicable;
     * {@code lineage} and {@code derivedFromIndicatorIds} (first source first) say what it descends from in the
     * version this one was derived from, as a question's do (null and empty in a framework's first version).
     */
    public record IndicatorRepresentation(UUID id, String code, String title, String guidance,
            boolean notApplicableAllowed, List<QuestionRepresentation> questions, String lineage,
            UUID derivedFromIndicatorId, List<UUID> derivedFromIndicatorIds) {

        static IndicatorRepresentation of(RubricContent.IndicatorNode node) {
            Indicator i = node.indicator();
            return new IndicatorRepresentation(i.id, i.code, i.title, i.guidance, i.notApplicableAllowed,
                    node.questions().stream().map(QuestionRepresentation::of).toList(), i.lineage,
                    i.derivedFromIndicatorId, i.sourceIds());
        }
    }

    /** {@code kind}: graded or narrative; {@code required}: false only for an optional narrative question. */
    public record QuestionRepresentation(UUID id, String code, String title, String prompt, String guidance,
            String illustration, boolean notApplicableAllowed, List<String> narrativeFields,
            List<String> contextIndicators, String lineage, UUID derivedFromQuestionId,
            List<UUID> derivedFromQuestionIds, String kind, boolean required) {

        static QuestionRepresentation of(Question q) {
            return new QuestionRepresentation(q.id, q.code, q.title, q.prompt, q.guidance, q.illustration,
                    q.notApplicableAllowed, q.narrativeFields, q.contextIndicators, q.lineage,
                    q.derivedFromQuestionId, q.sourceIds(), q.kind.wire(), q.required);
        }
    }

    static VersionRepresentation of(RubricContent content) {
        FrameworkVersion v = content.version();
        return new VersionRepresentation(v.id, v.frameworkId, content.framework().code, content.framework().title,
                v.number, v.label, v.status.wire(), v.derivedFromVersionId, v.createdAt, v.createdBy, v.publishedAt,
                v.publishedBy, v.version, content.questions().size(), v.gradingGrain.wire(),
                content.scale().stream().map(l -> new Level(l.value, l.label, l.descriptor)).toList(),
                content.themes().stream().map(t -> new ThemeRepresentation(t.theme().id, t.theme().code,
                        t.theme().title, t.theme().guidance,
                        t.indicators().stream().map(IndicatorRepresentation::of).toList()))
                        .toList());
    }
}
