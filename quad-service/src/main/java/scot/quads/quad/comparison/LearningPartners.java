package scot.quads.quad.comparison;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;

/**
 * For one council of a quad, the questions where a partner is at least two levels higher, with that partner's
 * strengths: whom to call about a next step. Built only from answers the caller may see; {@code questions} is
 * absent before the reveal.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LearningPartners(UUID quadId, UUID cycleId, String council, boolean revealed, String reason,
        String explanation, boolean councilSubmitted, List<QuestionPartners> questions) {

    /** How many levels higher a partner must be to be a learning partner. */
    public static final int LEVELS_HIGHER = 2;

    /** The council's own level and next steps for the question, and the partners who are stronger on it. */
    public record QuestionPartners(String questionCode, String themeCode, String indicatorCode, String prompt,
            int level, String levelLabel, String nextSteps, List<Partner> partners) {
    }

    public record Partner(String councilCode, String name, int level, String levelLabel, int levelsHigher,
            String strengths) {
    }

    /**
     * The rule, as a pure function: for each question the council gave a level, the partners among {@code shown}
     * whose level is at least {@link #LEVELS_HIGHER} above it, highest first. Not-applicable and missing answers
     * take part on neither side.
     */
    public static List<QuestionPartners> find(RubricVersion rubric, String council, Submission own,
            List<Submission> shown, Map<String, String> names) {
        List<QuestionPartners> found = new ArrayList<>();
        if (own == null) {
            return found;
        }
        for (RubricVersion.Question question : rubric.questions) {
            Submission.Answer mine = own.answerTo(question.code());
            if (mine == null || mine.notApplicable() || mine.level() == null) {
                continue;
            }
            int level = mine.level();
            List<Partner> partners = new ArrayList<>();
            for (Submission partner : shown) {
                if (partner.councilCode.equals(council)) {
                    continue;
                }
                Submission.Answer theirs = partner.answerTo(question.code());
                if (theirs == null || theirs.notApplicable() || theirs.level() == null
                        || theirs.level() - level < LEVELS_HIGHER) {
                    continue;
                }
                partners.add(new Partner(partner.councilCode, names.get(partner.councilCode), theirs.level(),
                        rubric.labelOf(theirs.level()), theirs.level() - level, theirs.strengths()));
            }
            if (!partners.isEmpty()) {
                partners.sort(Comparator.comparingInt(Partner::level).reversed());
                found.add(new QuestionPartners(question.code(), question.themeCode(), question.indicatorCode(),
                        question.prompt(), level, rubric.labelOf(level), mine.nextSteps(), List.copyOf(partners)));
            }
        }
        return found;
    }
}
