package scot.quads.rubric.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.support.problem.Problem.FieldError;

/** The lineage rules of a draft's questions and quality indicators, and the diff between two versions. */
class LineageAndDiffTest {

    @Test
    void aQuestionWithoutLineageHasNothingToCheck() {
        assertThat(LineageRules.check(question("1.1.1", "How well?", null, null), null)).isEmpty();
    }

    @Test
    void everyLineageButNewNamesItsSource() {
        for (String lineage : List.of("same", "reworded", "split-from", "merged-from")) {
            assertThat(LineageRules.check(question("1.1.1", "How well?", lineage, null), null))
                    .extracting(FieldError::field).containsExactly("derivedFrom");
        }
        assertThat(LineageRules.check(question("1.1.9", "Brand new?", "new", null), null)).isEmpty();
    }

    @Test
    void aMergeNamesTwoOrMoreSourcesEveryOtherLineageOneAndNewNone() {
        Question merged = question("1.1.8", "All of it?", "merged-from", UUID.randomUUID());
        assertThat(LineageRules.check(merged, null)).extracting(FieldError::field).containsExactly("derivedFrom");
        merged.furtherSourceIds.add(UUID.randomUUID());
        assertThat(LineageRules.check(merged, null)).isEmpty();

        Question reworded = question("1.1.2", "Other words?", "reworded", UUID.randomUUID());
        reworded.furtherSourceIds.add(UUID.randomUUID());
        assertThat(LineageRules.check(reworded, null)).extracting(FieldError::message)
                .containsExactly("must name one question for reworded; only merged-from names several");
        assertThat(LineageRules.check(question("1.1.9", "New?", "new", UUID.randomUUID()), null))
                .extracting(FieldError::field).containsExactly("derivedFrom");
    }

    @Test
    void theDiffKeepsEverySourceOfAMergedQuestion() {
        Question first = question("1.1.1", "First?", null, null);
        Question second = question("1.1.2", "Second?", null, null);
        Question third = question("1.1.3", "Third?", null, null);
        Question merged = question("1.1.8", "Both?", "merged-from", first.id);
        merged.furtherSourceIds.add(second.id);

        VersionDiff diff = VersionDiff.between(List.of(first, second, third),
                List.of(merged, question("1.1.3", "Third?", "same", third.id)));

        assertThat(diff.removed()).isEmpty();
        assertThat(diff.added()).isEmpty();
        assertThat(diff.changed()).extracting(VersionDiff.Entry::code).containsExactly("1.1.8");
        assertThat(diff.changed().get(0).lineage()).isEqualTo("merged-from");
        assertThat(diff.changed().get(0).sources()).containsExactly("1.1.1", "1.1.2");
    }

    @Test
    void sameMeansTheSamePromptAndAChangedPromptIsReworded() {
        Question source = question("1.1.1", "How well do we track attendance?", null, null);
        assertThat(LineageRules.check(question("1.1.1", " How well do we track attendance?\n", "same", source.id),
                source)).isEmpty();
        assertThat(LineageRules.check(question("1.1.1", "How well do we improve attendance?", "same", source.id),
                source)).extracting(FieldError::field).containsExactly("lineage");
        assertThat(LineageRules.check(question("1.1.1", "How well do we improve attendance?", "reworded",
                source.id), source)).isEmpty();
    }

    @Test
    void theDiffListsAddedRemovedAndChangedQuestionsThroughLineage() {
        Question kept = question("1.1.1", "Kept?", null, null);
        Question reworded = question("1.1.2", "Old words?", null, null);
        Question split = question("1.1.3", "Two things at once?", null, null);
        Question dropped = question("1.1.4", "No longer asked?", null, null);
        List<Question> older = List.of(kept, reworded, split, dropped);
        List<Question> newer = List.of(
                question("1.1.1", "Kept?", "same", kept.id),
                question("1.1.2", "New words?", "reworded", reworded.id),
                question("1.1.3a", "First thing?", "split-from", split.id),
                question("1.1.3b", "Second thing?", "split-from", split.id),
                question("1.1.5", "Brand new?", "new", null));

        VersionDiff diff = VersionDiff.between(older, newer);

        assertThat(diff.added()).extracting(VersionDiff.Entry::code).containsExactly("1.1.5");
        assertThat(diff.removed()).extracting(VersionDiff.Entry::code).containsExactly("1.1.4");
        assertThat(diff.removed()).extracting(VersionDiff.Entry::lineage).containsOnly("retired");
        assertThat(diff.changed()).extracting(VersionDiff.Entry::code).containsExactly("1.1.2", "1.1.3a", "1.1.3b");
        assertThat(diff.changed().get(0).changes()).containsExactly("prompt");
        assertThat(diff.changed().get(0).previousPrompt()).isEqualTo("Old words?");
        assertThat(diff.changed()).extracting(VersionDiff.Entry::from).containsExactly("1.1.2", "1.1.3", "1.1.3");
    }

    @Test
    void versionsWithoutLineageBetweenThemAreComparedByCode() {
        List<Question> older = List.of(question("1", "A?", null, null), question("2", "B?", null, null));
        List<Question> newer = List.of(question("1", "A?", null, null), question("3", "C?", null, null));

        VersionDiff diff = VersionDiff.between(older, newer);

        assertThat(diff.added()).extracting(VersionDiff.Entry::code).containsExactly("3");
        assertThat(diff.removed()).extracting(VersionDiff.Entry::code).containsExactly("2");
        assertThat(diff.changed()).isEmpty();
    }

    @Test
    void anIndicatorsLineageCountsItsSourcesAsAQuestionsDoes() {
        assertThat(LineageRules.check(indicator("D1.1", "Outcomes", null, null))).isEmpty();
        assertThat(LineageRules.check(indicator("D1.1", "Outcomes", "reworded", null)))
                .extracting(FieldError::message)
                .containsExactly("must name the quality indicator of the earlier version it is reworded");
        Indicator merged = indicator("D1.9", "Everything", "merged-from", UUID.randomUUID());
        assertThat(LineageRules.check(merged)).extracting(FieldError::message)
                .containsExactly("must name the two or more quality indicators of the earlier version it is merged"
                        + " from");
        merged.furtherSourceIds.add(UUID.randomUUID());
        assertThat(LineageRules.check(merged)).isEmpty();
        Indicator split = indicator("D1.2a", "Part", "split-from", UUID.randomUUID());
        split.furtherSourceIds.add(UUID.randomUUID());
        assertThat(LineageRules.check(split)).extracting(FieldError::message)
                .containsExactly("must name one quality indicator for split-from; only merged-from names several");
        assertThat(LineageRules.check(indicator("D1.8", "New", "new", UUID.randomUUID())))
                .extracting(FieldError::field).containsExactly("derivedFrom");
        // A new title or code does not make "same" wrong: both compare like for like.
        assertThat(LineageRules.check(indicator("D1.1", "Outcomes for learners", "same", UUID.randomUUID())))
                .isEmpty();
    }

    @Test
    void theDiffListsIndicatorsRenamedSplitMergedAddedAndRetiredBesideTheQuestions() {
        Indicator kept = indicator("A1", "Leadership", null, null);
        Indicator renamed = indicator("A2", "Self-evaluation", null, null);
        Indicator split = indicator("B1", "Learning and families", null, null);
        Indicator first = indicator("C1", "Attendance", null, null);
        Indicator second = indicator("C2", "Inclusion", null, null);
        Indicator dropped = indicator("D1", "No longer asked", null, null);
        Indicator merged = indicator("C9", "Attendance and inclusion", "merged-from", first.id);
        merged.furtherSourceIds.add(second.id);
        Question question = question("A1-1", "How well?", null, null);

        VersionDiff diff = VersionDiff.between(List.of(question), List.of(question("A1-1", "How well?", "same",
                question.id)), List.of(kept, renamed, split, first, second, dropped), List.of(
                        indicator("A1", "Leadership", "same", kept.id),
                        indicator("A3", "Self-evaluation for improvement", "reworded", renamed.id),
                        indicator("B1a", "Learning", "split-from", split.id),
                        indicator("B1b", "Families", "split-from", split.id),
                        merged,
                        indicator("E1", "Brand new", "new", null)));

        assertThat(diff.added()).isEmpty();
        assertThat(diff.changed()).isEmpty();
        VersionDiff.Indicators indicators = diff.indicators();
        assertThat(indicators.added()).extracting(VersionDiff.IndicatorEntry::code).containsExactly("E1");
        assertThat(indicators.removed()).extracting(VersionDiff.IndicatorEntry::code).containsExactly("D1");
        assertThat(indicators.removed()).extracting(VersionDiff.IndicatorEntry::lineage).containsOnly("retired");
        assertThat(indicators.changed()).extracting(VersionDiff.IndicatorEntry::code)
                .containsExactly("A3", "B1a", "B1b", "C9");
        VersionDiff.IndicatorEntry rename = indicators.changed().get(0);
        assertThat(rename.lineage()).isEqualTo("reworded");
        assertThat(rename.from()).isEqualTo("A2");
        assertThat(rename.previousTitle()).isEqualTo("Self-evaluation");
        assertThat(rename.changes()).containsExactly("code", "title");
        assertThat(indicators.changed().get(3).sources()).containsExactly("C1", "C2");
    }

    private static Indicator indicator(String code, String title, String lineage, UUID source) {
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.code = code;
        indicator.title = title;
        indicator.lineage = lineage;
        indicator.derivedFromIndicatorId = source;
        return indicator;
    }

    private static Question question(String code, String prompt, String lineage, UUID source) {
        Question question = new Question();
        question.id = UUID.randomUUID();
        question.code = code;
        question.prompt = prompt;
        question.lineage = lineage;
        question.derivedFromQuestionId = source;
        return question;
    }
}
