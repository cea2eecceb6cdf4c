package scot.quads.portal.client;

/**
 * What a page calls the item a version grades and compares: a question, or in a version graded per quality
 * indicator, the quality indicator as a whole. One place, so every partner and ADES page words it the same way.
 */
public record ItemWords(boolean perIndicator) {

    public static final ItemWords QUESTIONS = new ItemWords(false);
    public static final ItemWords INDICATORS = new ItemWords(true);

    public static ItemWords of(boolean perIndicator) {
        return perIndicator ? INDICATORS : QUESTIONS;
    }

    /** "question" or "quality indicator". */
    public String one() {
        return perIndicator ? "quality indicator" : "question";
    }

    /** "questions" or "quality indicators". */
    public String many() {
        return perIndicator ? "quality indicators" : "questions";
    }

    /** A column's heading: "Question" or "Quality indicator". */
    public String heading() {
        return perIndicator ? "Quality indicator" : "Question";
    }

    /** "Questions" or "Quality indicators", to begin a sentence or caption. */
    public String manyHeading() {
        return perIndicator ? "Quality indicators" : "Questions";
    }

    /** "A question" or "A quality indicator", to begin a sentence. */
    public String aOneHeading() {
        return "A " + one();
    }

    /** "a question" or "a quality indicator". */
    public String aOne() {
        return "a " + one();
    }
}
