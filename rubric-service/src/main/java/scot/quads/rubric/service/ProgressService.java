package scot.quads.rubric.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.Cycle;
import scot.quads.rubric.repository.CycleRepository;
import scot.quads.rubric.repository.EvaluationRepository;
import scot.quads.rubric.repository.RubricRepository;
import scot.quads.support.problem.ProblemException;

/** ADES's overview of a cycle: one line per active council, read in one query whatever the number of councils. */
@ApplicationScoped
public class ProgressService {

    /** One council's standing; {@code state} is not-started when it has saved nothing. */
    public record CouncilProgress(String councilCode, String councilName, String state, long answered, long total,
            OffsetDateTime lastEditedAt, OffsetDateTime submittedAt) {

        public int percentAnswered() {
            return total == 0 ? 0 : (int) Math.floor(answered * 100.0 / total);
        }
    }

    private final CycleRepository cycles;
    private final RubricRepository rubrics;
    private final EvaluationRepository evaluations;

    public ProgressService(CycleRepository cycles, RubricRepository rubrics, EvaluationRepository evaluations) {
        this.cycles = cycles;
        this.rubrics = rubrics;
        this.evaluations = evaluations;
    }

    public List<CouncilProgress> of(UUID cycleId) {
        Cycle cycle = cycles.find(cycleId).orElseThrow(() -> ProblemException.notFound("Cycle", cycleId));
        long total = rubrics.questionCountOfVersion(cycle.rubricVersionId);
        return evaluations.progress(cycleId, total);
    }
}
