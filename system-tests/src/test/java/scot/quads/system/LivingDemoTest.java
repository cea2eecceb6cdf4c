package scot.quads.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The living demo's data is the same on every fresh stack, and varied enough that every comparison view has
 * something to show: levels across the scale, quads whose members differ by two levels or more on some questions
 * (flags and learning partners), and last year's levels a little lower (a trend that moves).
 */
class LivingDemoTest {

    static final List<String> COUNCILS = List.of("S12000033", "S12000034", "S12000036", "S12000045", "S12000011",
            "S12000023", "S12000048", "S12000027");
    static final List<String> QUESTIONS = questions();

    static List<String> questions() {
        List<String> codes = new ArrayList<>();
        for (int theme = 1; theme <= 6; theme++) {
            for (int indicator = 1; indicator <= 3; indicator++) {
                for (int question = 1; question <= 3; question++) {
                    codes.add(theme + "." + indicator + "." + question);
                }
            }
        }
        return codes;
    }

    @Test
    void theSameCouncilAndQuestionAlwaysGetTheSameLevelAndWords() {
        for (String council : COUNCILS) {
            for (String question : QUESTIONS) {
                String theme = question.substring(0, 1);
                assertThat(LivingDemo.level(council, theme, question, "current", 1, 6))
                        .isEqualTo(LivingDemo.level(council, theme, question, "current", 1, 6))
                        .isBetween(1, 6);
            }
        }
        assertThat(DemoText.evidence(DemoText.random("2026-27", "S12000033", "1.1.1"), "attainment"))
                .isEqualTo(DemoText.evidence(DemoText.random("2026-27", "S12000033", "1.1.1"), "attainment"));
        assertThat(DemoText.evidence(DemoText.random("2026-27", "S12000033", "1.1.1"), "attainment"))
                .isNotEqualTo(DemoText.evidence(DemoText.random("2026-27", "S12000034", "1.1.2"), "attainment"));
    }

    @Test
    void levelsAreVariedAndAQuadDivergesOnSomeQuestions() {
        Set<Integer> used = new HashSet<>();
        int divergent = 0;
        List<String> quad = COUNCILS.subList(0, 4);
        for (String question : QUESTIONS) {
            int lowest = 6;
            int highest = 1;
            for (String council : quad) {
                int level = LivingDemo.level(council, question.substring(0, 1), question, "current", 1, 6);
                used.add(level);
                lowest = Math.min(lowest, level);
                highest = Math.max(highest, level);
            }
            if (highest - lowest >= 2) {
                divergent++;
            }
        }
        assertThat(used).as("levels used").hasSizeGreaterThanOrEqualTo(4);
        assertThat(divergent).as("questions where the quad's levels are two or more apart").isBetween(3, 45);
    }

    @Test
    void lastYearsLevelsAreNeverHigherAndSometimesLower() {
        int lower = 0;
        for (String council : COUNCILS) {
            for (String question : QUESTIONS) {
                String theme = question.substring(0, 1);
                int now = LivingDemo.level(council, theme, question, "current", 1, 6);
                int before = LivingDemo.level(council, theme, question, "earlier", 1, 6);
                assertThat(before).isLessThanOrEqualTo(now);
                lower += before < now ? 1 : 0;
            }
        }
        assertThat(lower).as("answers that improved since last year").isGreaterThan(20);
    }

    @Test
    void everyWordThatCouldPassForACouncilsOwnSaysItIsInvented() {
        assertThat(DemoText.context("Fife")).startsWith(DemoText.NOTICE);
        assertThat(DemoText.summary("Fife")).startsWith(DemoText.NOTICE);
        assertThat(DemoText.NOTICE).contains("invented", "not this council's own");
    }
}
