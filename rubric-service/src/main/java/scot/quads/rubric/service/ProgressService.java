package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.CouncilProgress;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.repository.CycleProgress;
import scot.quads.support.problem.ProblemException;

/** ADES's overview of a cycle: one line per active council, read in one query whatever the number of councils. */
@ApplicationScoped
public class ProgressService {

    private final CycleProgress progress;
    private final PublishedRubrics rubrics;

    public ProgressService(CycleProgress progress, PublishedRubrics rubrics) {
        this.progress = progress;
        this.rubrics = rubrics;
    }

    public List<CouncilProgress> of(UUID cycleId) {
        Cycle cycle = Cycle.<Cycle>findByIdOptional(cycleId)
                .orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
        RubricContent content = rubrics.content(cycle.rubricVersionId).orElseThrow(() -> new IllegalStateException(
                "Cycle " + cycle.id + " answers version " + cycle.rubricVersionId + ", which does not exist"));
        return progress.of(cycleId, Completion.required(Completion.items(content)));
    }
}
