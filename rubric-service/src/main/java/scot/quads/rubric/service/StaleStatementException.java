package scot.quads.rubric.service;

import scot.quads.rubric.Statement;

/** A statement saved on a version that is no longer current; carries the statement as it now stands. */
public class StaleStatementException extends RuntimeException {

    private final transient Statement current;

    public StaleStatementException(Statement current, long expected) {
        super(current == null
                ? "The self-evaluative statement has not been written yet: send If-Match \"0\""
                : "The self-evaluative statement was saved by " + current.updatedBy + " since you loaded it (you sent"
                        + " version " + expected + ", it is now at " + current.version + "); review it and save again");
        this.current = current;
    }

    /** Null when there is no statement yet. */
    public Statement current() {
        return current;
    }
}
