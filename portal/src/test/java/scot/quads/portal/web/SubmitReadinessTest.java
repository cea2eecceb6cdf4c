package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import scot.quads.portal.client.RubricApi.Answer;
import scot.quads.portal.client.RubricApi.EarlierAnswer;
import scot.quads.portal.client.RubricApi.Evaluation;
import scot.quads.portal.client.RubricApi.IndicatorAnswer;
import scot.quads.portal.client.RubricApi.LastCycle;
import scot.quads.portal.client.RubricApi.LastCycleQuestion;
import scot.quads.portal.client.RubricApi.Progress;
import scot.quads.portal.client.RubricApi.QuestionAnswer;

/** "Check your answers" says what blocks and what partners will see flagged, before Submit (issue 30, item 5). */
class SubmitReadinessTest {

    @Test
    void unansweredAndUnconfirmedQuestionsBlockAndNotApplyingIsOfferedOnlyWhereAllowed() {
        SubmitReadiness readiness = SubmitReadiness.of(evaluation(
                question("1.1.1", false, null),
                question("1.1.2", true, null),
                question("1.2.1", false, answer(3, false, null, "Enough evidence", true)),
                question("2.1.1", true, answer(null, true, "We have no early years provision", "", false)),
                question("2.1.2", true, answer(null, true, " ", "", false))), 200);

        assertThat(readiness.ready()).isFalse();
        assertThat(readiness.blockers()).extracting(SubmitReadiness.Item::code, SubmitReadiness.Item::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1.1.1", "is not answered: give it a level"),
                        org.assertj.core.groups.Tuple.tuple("1.1.2",
                                "is not answered: give it a level, or say it does not apply and why"),
                        org.assertj.core.groups.Tuple.tuple("1.2.1",
                                "was carried forward from the previous cycle: confirm it or change it"),
                        org.assertj.core.groups.Tuple.tuple("2.1.2",
                                "is not answered: give it a level, or say it does not apply and why"));
    }

    @Test
    void aHighLevelOnThinEvidenceIsPreviewedAsThePartnersWillSeeIt() {
        SubmitReadiness readiness = SubmitReadiness.of(evaluation(
                question("1.1.1", false, answer(6, false, null, "  Strong.  ", false)),
                question("1.1.2", false, answer(5, false, null, "x".repeat(200), false)),
                question("1.2.1", false, answer(4, false, null, "", false))), 200);

        assertThat(readiness.ready()).isTrue();
        assertThat(readiness.flags()).extracting(SubmitReadiness.Item::code).containsExactly("1.1.1");
        assertThat(readiness.flags().get(0).message()).isEqualTo("level 6 rests on 7 characters of evidence: your"
                + " partners will see it flagged as thin (under 200)");
    }

    @Test
    void aLevelTwoOrMoreFromLastCyclesIsPreviewedButNotAMergedQuestionsOrASmallStep() {
        LastCycle last = new LastCycle(UUID.randomUUID(), "2025-26", List.of(
                new LastCycleQuestion("1.1.1", List.of(earlier("1.1.1", 3))),
                new LastCycleQuestion("1.1.2", List.of(earlier("1.1.2", 5))),
                new LastCycleQuestion("1.2.1", List.of(earlier("1.2.1", 3))),
                new LastCycleQuestion("1.2.2", List.of(earlier("1.1.4", 2), earlier("1.1.5", 2)))));
        SubmitReadiness readiness = SubmitReadiness.of(evaluation(
                question("1.1.1", false, answer(5, false, null, "x".repeat(300), false)),
                question("1.1.2", false, answer(2, false, null, "x".repeat(300), false)),
                question("1.2.1", false, answer(4, false, null, "x".repeat(300), false)),
                question("1.2.2", false, answer(5, false, null, "x".repeat(300), false))), 200, last);

        assertThat(readiness.flags()).extracting(SubmitReadiness.Item::code).containsExactly("1.1.1", "1.1.2");
        assertThat(readiness.flags().get(0).message()).isEqualTo("level 5 is 2 above your level 3 in 2025-26: your"
                + " partners will see the change in your trend, so say in the evidence what changed");
        assertThat(readiness.flags().get(1).message()).startsWith("level 2 is 3 below your level 5 in 2025-26");
    }

    @Test
    void gradedPerIndicatorTheIndicatorComesFirstThenOnlyTheRequiredPromptsLeftEmpty() {
        LastCycle last = new LastCycle(UUID.randomUUID(), "2025-26", List.of(), List.of(
                new LastCycleQuestion("B1", List.of(earlier("B1", 2)))));
        List<QuestionAnswer> prompts = List.of(
                prompt("A1", "A1-1", true, null),
                prompt("A1", "A1-2", false, null),
                prompt("B1", "B1-1", true, answer(null, false, null, "Our account", false)));
        List<IndicatorAnswer> indicators = List.of(
                new IndicatorAnswer("A", "A1", "Attainment", true, null),
                new IndicatorAnswer("B", "B1", "Support", false, answer(5, false, null, "Thin", false)));
        Evaluation evaluation = new Evaluation(UUID.randomUUID(), UUID.randomUUID(), "2026-27", "S12000049",
                "Glasgow City", UUID.randomUUID(), null, "draft", true, null, null, null,
                new Progress(0, 4, List.of(), List.of()), 1, prompts, "quality-indicator", indicators);

        SubmitReadiness readiness = SubmitReadiness.of(evaluation, 200, last);

        assertThat(readiness.blockers()).extracting(SubmitReadiness.Item::label, SubmitReadiness.Item::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Quality indicator A1", "is not answered: give the"
                                + " quality indicator a level, or say it does not apply and why"),
                        org.assertj.core.groups.Tuple.tuple("Question A1-1",
                                "is not answered: write an answer, as this question is required"));
        // The indicator's level is flagged as a question's is: thin evidence, and a jump from last cycle's.
        assertThat(readiness.flags()).extracting(SubmitReadiness.Item::label)
                .containsExactly("Quality indicator B1", "Quality indicator B1");
        assertThat(readiness.flags().get(1).message()).startsWith("level 5 is 3 above your level 2 in 2025-26");
    }

    static QuestionAnswer prompt(String indicator, String code, boolean required, Answer answer) {
        return new QuestionAnswer(indicator.substring(0, 1), indicator, code, "Prompt " + code, false, answer,
                "narrative", required);
    }

    static EarlierAnswer earlier(String code, int level) {
        return new EarlierAnswer(code, level, "Label " + level, false, null);
    }

    static Evaluation evaluation(QuestionAnswer... questions) {
        return new Evaluation(UUID.randomUUID(), UUID.randomUUID(), "2026-27", "S12000049", "Glasgow City",
                UUID.randomUUID(), null, "draft", true, null, null, null, new Progress(0, questions.length, List.of(),
                        List.of()), 1, List.of(questions));
    }

    static QuestionAnswer question(String code, boolean notApplicableAllowed, Answer answer) {
        return new QuestionAnswer("1", "QI 1.1", code, "Prompt " + code, notApplicableAllowed, answer);
    }

    static Answer answer(Integer level, boolean notApplicable, String reason, String evidence, boolean carried) {
        return new Answer("x", level, notApplicable, reason, evidence, null, null, null, carried, null, 1, null,
                null);
    }
}
