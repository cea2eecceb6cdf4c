package scot.quads.support.jdbc;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.StaleStateException;
import org.postgresql.util.PSQLException;

/**
 * What a failed write means to the caller, read from the exception however deeply Hibernate, the transaction manager
 * or the connection pool wrapped it: someone else's change (409), a unique key already taken (409), or the database
 * out of reach for now (503). Anything else is a fault of ours (500).
 */
public final class DatabaseFailures {

    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseFailures() {
    }

    /** A versioned row was changed by someone else between reading and writing it (at flush or in plain SQL). */
    public static boolean concurrentChange(Throwable failure) {
        for (Throwable cause : chain(failure)) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException
                    || cause instanceof ConcurrentChangeException) {
                return true;
            }
        }
        return false;
    }

    /** The unique constraint or index, by its name in the schema, that the failed statement would have broken. */
    public static Optional<String> uniqueViolation(Throwable failure) {
        for (Throwable cause : chain(failure)) {
            if (cause instanceof PSQLException postgres && UNIQUE_VIOLATION.equals(postgres.getSQLState())) {
                return Optional.of(postgres.getServerErrorMessage() != null
                        && postgres.getServerErrorMessage().getConstraint() != null
                                ? postgres.getServerErrorMessage().getConstraint() : "");
            }
        }
        return Optional.empty();
    }

    /** Whether the failure broke this unique constraint or index. */
    public static boolean violatesUnique(Throwable failure, String constraint) {
        return uniqueViolation(failure).filter(constraint::equals).isPresent();
    }

    /**
     * The database could not be reached or refused connections for now (down, restarting, shutting down), or every
     * pooled connection stayed busy for the pool's acquisition timeout: worth trying again shortly, and nothing of the
     * request was written.
     */
    public static boolean unavailable(Throwable failure) {
        for (Throwable cause : chain(failure)) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                        || state.equals("57P03"))) {
                    return true;
                }
                if (sql.getMessage() != null
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout")) {
                    return true;
                }
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
            if (cause instanceof AssertionError && thrownByTheDriver(cause)) {
                // The driver asserts that it can read a connection's state; when the connection died under a
                // batch it cannot, and it throws this instead of an SQLException (seen when PostgreSQL was cut off
                // at a flush at commit: DatabaseOutageTest).
                return true;
            }
        }
        return false;
    }

    private static boolean thrownByTheDriver(Throwable failure) {
        StackTraceElement[] frames = failure.getStackTrace();
        return frames.length > 0 && frames[0].getClassName().startsWith("org.postgresql.");
    }

    /**
     * The failure, its causes, and what each suppressed with their own causes: a commit that failed because the
     * connection was cut carries the driver's exception only as the cause of an exception the transaction manager
     * suppressed (RollbackException, suppressed XAException, caused by PSQLException 57P01).
     */
    private static Iterable<Throwable> chain(Throwable failure) {
        java.util.List<Throwable> causes = new java.util.ArrayList<>();
        add(failure, causes);
        return causes;
    }

    private static void add(Throwable failure, java.util.List<Throwable> causes) {
        for (Throwable cause = failure; cause != null && causes.size() < 64 && !causes.contains(cause);
                cause = cause.getCause()) {
            causes.add(cause);
            for (Throwable suppressed : cause.getSuppressed()) {
                add(suppressed, causes);
            }
        }
    }
}
