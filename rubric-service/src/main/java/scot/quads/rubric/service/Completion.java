package scot.quads.rubric.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.rubric.Answer;
import scot.quads.rubric.Indicator;
import scot.quads.rubric.Question;
import scot.quads.rubric.QuestionKind;
import scot.quads.rubric.RubricContent;
import scot.quads.rubric.Theme;

/**
 * The one rule of what a self-evaluation still needs, used alike by the submit rule, the council's progress, the
 * task list's missing items and (in SQL, see {@link scot.quads.rubric.repository.CycleProgress}) ADES's overview.
 * A self-evaluation answers items: in a version graded per question, each question; in one graded per quality
 * indicator, each indicator as a whole and then each of its questions (narrative prompts). A graded item is answered
 * with a level or as not applicable with a reason; a narrative one with some text. A carried-forward answer nobody
 * has confirmed or changed answers nothing yet. Progress counts the items that must be settled: every graded item,
 * every required narrative, and an optional narrative only while it holds an unconfirmed carried-forward answer.
 */
public final class Completion {

    private Completion() {
    }

    /**
     * One thing a council answers: a quality indicator graded as a whole ({@code question} null), or a question.
     * {@code graded}: takes a level; {@code required}: submission needs it answered.
     */
    public record Item(UUID id, String code, Theme theme, Indicator indicator, Question question, boolean graded,
            boolean required) {

        public boolean isIndicator() {
            return question == null;
        }
    }

    /** Where an item stands. */
    public enum Standing {
        ANSWERED, NOT_ANSWERED, TO_CONFIRM, OPTIONAL_EMPTY
    }

    /** Items settled ({@code answered}) of those to settle ({@code total}); {@code missing} those still to settle. */
    public record Tally(long answered, long total, List<Missing> missing) {
    }

    /** An item still to settle, and why. */
    public record Missing(Item item, Standing standing) {
    }

    /** Every item of the version in the order councils see them: an indicator graded as a whole before its questions. */
    public static List<Item> items(RubricContent content) {
        boolean perIndicator = content.version().gradedPerIndicator();
        List<Item> items = new ArrayList<>();
        for (RubricContent.ThemeNode theme : content.themes()) {
            for (RubricContent.IndicatorNode node : theme.indicators()) {
                Indicator indicator = node.indicator();
                if (perIndicator) {
                    items.add(new Item(indicator.id, indicator.code, theme.theme(), indicator, null, true, true));
                }
                for (Question question : node.questions()) {
                    items.add(of(theme.theme(), indicator, question));
                }
            }
        }
        return items;
    }

    /** A question as an item: graded unless narrative; a graded question is always required. */
    public static Item of(Theme theme, Indicator indicator, Question question) {
        boolean graded = question.kind != QuestionKind.NARRATIVE;
        return new Item(question.id, question.code, theme, indicator, question, graded, graded || question.required);
    }

    public static Standing standing(Item item, Answer answer) {
        if (answer != null && answer.carriedForward) {
            return Standing.TO_CONFIRM;
        }
        boolean answered = answer != null && (item.graded() ? answer.isComplete() : answer.hasNarrative());
        if (answered) {
            return Standing.ANSWERED;
        }
        return item.required() ? Standing.NOT_ANSWERED : Standing.OPTIONAL_EMPTY;
    }

    /** The tally over every item, the answers keyed by the id of what they answer ({@link Answer#itemId}). */
    public static Tally tally(List<Item> items, Map<UUID, Answer> answers) {
        long answered = 0;
        long total = 0;
        List<Missing> missing = new ArrayList<>();
        for (Item item : items) {
            Standing standing = standing(item, answers.get(item.id()));
            if (item.required() || standing == Standing.TO_CONFIRM) {
                total++;
            }
            if (standing == Standing.ANSWERED && item.required()) {
                answered++;
            } else if (standing == Standing.NOT_ANSWERED || standing == Standing.TO_CONFIRM) {
                missing.add(new Missing(item, standing));
            }
        }
        return new Tally(answered, total, List.copyOf(missing));
    }

    /** How many items must be answered before submission, no answer carried forward (ADES's overview's total). */
    public static long required(List<Item> items) {
        return items.stream().filter(Item::required).count();
    }

    /** What the submit rule says of a missing item, as a field error's message. */
    public static String why(Missing missing) {
        Item item = missing.item();
        if (missing.standing() == Standing.TO_CONFIRM) {
            return "was carried forward from the previous cycle: confirm it or change it";
        }
        if (!item.graded()) {
            return "is not answered: it is a required narrative question, so write an answer";
        }
        boolean mayNotApply = item.isIndicator() ? item.indicator().notApplicableAllowed
                : item.question().notApplicableAllowed;
        String what = item.isIndicator() ? "give the quality indicator a level" : "give it a level";
        return "is not answered: " + what + (mayNotApply ? ", or mark it not applicable with a reason" : "");
    }
}
