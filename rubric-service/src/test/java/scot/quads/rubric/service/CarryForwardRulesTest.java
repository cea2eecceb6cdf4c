package scot.quads.rubric.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.rubric.Question;
import scot.quads.rubric.service.CarryForward.Kind;
import scot.quads.rubric.service.CarryForward.Step;

/** How last cycle's answers map onto this cycle's questions through lineage. */
class CarryForwardRulesTest {

    private static final UUID OLD_VERSION = UUID.randomUUID();
    private static final UUID NEW_VERSION = UUID.randomUUID();
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final Set<UUID> previous = Set.of(a, b);

    @Test
    void theSameVersionMapsEachQuestionToItself() {
        Question question = question(OLD_VERSION, null, null);
        assertThat(CarryForward.plan(List.of(question), OLD_VERSION, Set.of(question.id)))
                .containsExactly(new Step(question, Kind.COPY, question.id));
    }

    @Test
    void sameRewordedAndSplitQuestionsCopyTheirSource() {
        Question same = question(NEW_VERSION, "same", a);
        Question reworded = question(NEW_VERSION, "reworded", b);
        Question firstHalf = question(NEW_VERSION, "split-from", a);
        Question secondHalf = question(NEW_VERSION, "split-from", a);

        assertThat(CarryForward.plan(List.of(same, reworded, firstHalf, secondHalf), OLD_VERSION, previous))
                .containsExactly(new Step(same, Kind.COPY, a), new Step(reworded, Kind.COPY, b),
                        new Step(firstHalf, Kind.COPY, a), new Step(secondHalf, Kind.COPY, a));
    }

    @Test
    void aMergedQuestionIsLeftEmptyWithANoteAndANewOneEmpty() {
        Question merged = question(NEW_VERSION, "merged-from", b);
        Question fresh = question(NEW_VERSION, "new", null);

        assertThat(CarryForward.plan(List.of(merged, fresh), OLD_VERSION, previous))
                .containsExactly(new Step(merged, Kind.NOTE, b), new Step(fresh, Kind.EMPTY, null));
    }

    @Test
    void aSourceOutsideThePreviousCyclesVersionCarriesNothing() {
        Question fromElsewhere = question(NEW_VERSION, "same", UUID.randomUUID());
        Question noLineage = question(NEW_VERSION, null, null);

        assertThat(CarryForward.plan(List.of(fromElsewhere, noLineage), OLD_VERSION, previous))
                .extracting(Step::kind).containsExactly(Kind.EMPTY, Kind.EMPTY);
    }

    private static Question question(UUID versionId, String lineage, UUID source) {
        Question question = new Question();
        question.id = UUID.randomUUID();
        question.versionId = versionId;
        question.code = "q-" + question.id;
        question.lineage = lineage;
        question.derivedFromQuestionId = source;
        return question;
    }
}
