package scot.quads.rubric.service;

import scot.quads.rubric.Answer;

/** A save based on an answer version that is no longer current; carries the current answer to show the caller. */
public class StaleAnswerException extends RuntimeException {

    private final transient Answer current;

    public StaleAnswerException(Answer current, long expected) {
        super("Question " + current.questionCode + " was saved by " + current.updatedBy
                + " since you loaded it (you sent version " + expected + ", it is now at " + current.version
                + "); review their answer and save again");
        this.current = current;
    }

    public Answer current() {
        return current;
    }
}
