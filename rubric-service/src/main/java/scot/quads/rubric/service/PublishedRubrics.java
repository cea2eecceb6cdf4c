package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.quads.rubric.Framework;
import scot.quads.rubric.FrameworkVersion;
import scot.quads.rubric.GradingGrain;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.ScaleLevel;
import scot.quads.rubric.VersionStatus;

/**
 * The questions and scale of the rubric versions that cycles answer, kept in memory once read. A version never
 * changes once published, yet every autosave looked its question and its scale up again: two of the save's eight
 * statements, a tenth of rubric-service's time under a deadline rush (bench/run's profile). A draft is never kept,
 * since it still changes; a version is read afresh until it is seen published or retired. The questions kept were
 * read read-only and are detached once their transaction ends: only read, never changed, merged or persisted.
 * <p>
 * The same holds for a published version's whole content (scale, themes, indicators, questions with their lineage),
 * which every read of a self-evaluation, its last cycle and ADES's progress assembled again from six queries: a
 * third of rubric-service's time while the portal's pages were read (bench/run's profile). Its version and framework
 * rows are still read each time, since a version is retired and a framework renamed after publication.
 */
@ApplicationScoped
public class PublishedRubrics {

    /** More versions than ever run at once (a few a year); past it all are forgotten and read again as needed. */
    static final int MOST_VERSIONS = 64;

    private record Rubric(Map<String, Question> questionsByCode, List<Integer> levels, GradingGrain grain,
            Map<String, Indicator> indicatorsByCode) {
    }

    private final Map<UUID, Rubric> published = new ConcurrentHashMap<>();
    private final Map<UUID, RubricContent> contents = new ConcurrentHashMap<>();

    /**
     * The version's content as {@link RubricContent#load} reads it (the version's and framework's own rows as this
     * transaction holds them), its scale and tree kept from the first read once the version is published.
     */
    public Optional<RubricContent> content(UUID versionId) {
        FrameworkVersion version = FrameworkVersion.findById(versionId);
        if (version == null || version.status == VersionStatus.DRAFT) {
            return RubricContent.load(versionId);
        }
        RubricContent kept = contents.get(versionId);
        if (kept == null) {
            Optional<RubricContent> read = RubricContent.load(versionId);
            if (read.isEmpty()) {
                return read;
            }
            kept = read.get();
            if (contents.size() >= MOST_VERSIONS) {
                contents.clear();
            }
            contents.put(versionId, kept);
            return read;
        }
        return Optional.of(new RubricContent(version, Framework.findById(version.frameworkId), kept.scale(),
                kept.themes()));
    }

    /** The version's question with this code (without its further lineage sources). */
    public Optional<Question> question(UUID versionId, String code) {
        return Optional.ofNullable(rubric(versionId).questionsByCode().get(code));
    }

    /** The version's quality indicator with this code. */
    public Optional<Indicator> indicator(UUID versionId, String code) {
        return Optional.ofNullable(rubric(versionId).indicatorsByCode().get(code));
    }

    /** What the version grades: each question, or each quality indicator as a whole. */
    public GradingGrain grain(UUID versionId) {
        return rubric(versionId).grain();
    }

    /** The values of the version's scale, in its order. */
    public List<Integer> levels(UUID versionId) {
        return rubric(versionId).levels();
    }

    private Rubric rubric(UUID versionId) {
        Rubric kept = published.get(versionId);
        if (kept != null) {
            return kept;
        }
        FrameworkVersion version = FrameworkVersion.findById(versionId);
        Rubric read = new Rubric(
                Question.ofVersionWithoutSources(versionId).stream()
                        .collect(Collectors.toUnmodifiableMap(q -> q.code, Function.identity())),
                ScaleLevel.ofVersion(versionId).stream().map(level -> level.value).toList(),
                version == null ? GradingGrain.DEFAULT : version.gradingGrain,
                Indicator.ofVersion(versionId).stream()
                        .collect(Collectors.toUnmodifiableMap(i -> i.code, Function.identity())));
        if (version != null && version.status != VersionStatus.DRAFT) {
            if (published.size() >= MOST_VERSIONS) {
                published.clear();
            }
            published.put(versionId, read);
        }
        return read;
    }
}
