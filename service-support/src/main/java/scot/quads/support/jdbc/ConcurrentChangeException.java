package scot.quads.support.jdbc;

/**
 * A versioned row was changed or removed by someone else between reading it and writing it back: the write matched
 * no row at the version read. Unchecked, so it rolls the transaction back; answered as 409 with a problem+json body
 * asking the caller to reload.
 */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String message) {
        super(message);
    }
}
