package scot.quads.support.inbox;

/**
 * An event's processing was cut short because this instance is stopping (its database session factory closing
 * under it, its worker interrupted). Nothing is wrong with the event: the channels' failure strategy
 * ({@link DeadLetterUnlessStopping}) neither dead-letters nor acknowledges it, so its offset stays uncommitted and
 * the instance that next owns the partition applies it.
 */
public class ServiceStoppingException extends RuntimeException {

    public ServiceStoppingException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether {@code failure}, or anything that caused it, is this exception. */
    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServiceStoppingException) {
                return true;
            }
        }
        return false;
    }
}
