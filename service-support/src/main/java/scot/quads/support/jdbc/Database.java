package scot.quads.support.jdbc;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.postgresql.util.PSQLException;

/**
 * Plain SQL on the current transaction's connection, for what entities are not the tool for: the outbox and the inbox,
 * read models, grouped counts and bulk statements (each service keeps its statements in its {@code repository/}
 * package and reads columns by name). Inside a {@code @Transactional} method (or a {@code QuarkusTransaction} call)
 * every statement runs on the one connection the transaction enlisted, so it commits or rolls back with everything
 * else the transaction did, the entities' changes and the outbox's rows included.
 *
 * <p>Before each statement inside a transaction the Hibernate session's pending changes are flushed, so a statement
 * sees what the same transaction changed through entities, as one of Hibernate's own queries would (a flush with
 * nothing to write costs a dirty check of the entities the session holds).
 *
 * <p>Parameters are bound by their Java type (strings, numbers, booleans, UUIDs, {@code java.time} values, null);
 * a collection is bound as a PostgreSQL array with {@link #array}, for {@code = ANY(?)}. A failure of the database
 * itself leaves as an unchecked {@link DatabaseException}, which rolls the transaction back.
 */
@ApplicationScoped
public class Database {

    private final AgroalDataSource dataSource;
    private final TransactionManager transactions;
    private final Instance<Session> sessions;

    public Database(AgroalDataSource dataSource, TransactionManager transactions, Instance<Session> sessions) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        this.sessions = sessions;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Work on the connection itself, for what the other methods do not cover. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    /** A collection to bind as one array parameter of this PostgreSQL element type ("text", "uuid", "bigint"). */
    public record SqlArray(String elementType, Collection<?> values) {
    }

    public static SqlArray array(String elementType, Collection<?> values) {
        return new SqlArray(elementType, values);
    }

    /** Runs an INSERT, UPDATE or DELETE; returns how many rows it changed. */
    public int update(String sql, Object... parameters) {
        return with(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Every row the query returns, in its order. */
    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        return with(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters);
                    ResultSet rows = statement.executeQuery()) {
                List<T> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(row.read(rows));
                }
                return found;
            }
        });
    }

    /** The query's first row, if it returns any. */
    public <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
        return with(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, parameters)) {
                statement.setMaxRows(1);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(row.read(rows)) : Optional.empty();
                }
            }
        });
    }

    /**
     * The number in the named column of the query's one row, as {@code SELECT count(*) AS answered ...} returns it.
     */
    public long count(String sql, String column, Object... parameters) {
        return first(sql, rows -> rows.getLong(column), parameters)
                .orElseThrow(() -> new DatabaseException("No row from: " + sql, null));
    }

    /** Runs work on the transaction's connection (closing the handle leaves the connection to the transaction). */
    public <T> T with(Work<T> work) {
        flushEntities();
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw new DatabaseException(e.getMessage(), e);
        }
    }

    /** Writes the entities' pending changes first, so this statement sees them (only inside a transaction). */
    private void flushEntities() {
        try {
            if (transactions.getStatus() == Status.STATUS_ACTIVE && sessions.isResolvable()) {
                sessions.get().flush();
            }
        } catch (SystemException e) {
            throw new DatabaseException("Could not read the transaction's status: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                Object value = parameters[i];
                if (value instanceof SqlArray array) {
                    Array bound = connection.createArrayOf(array.elementType(), array.values().toArray());
                    statement.setArray(i + 1, bound);
                } else if (value instanceof Enum<?> constant) {
                    statement.setString(i + 1, constant.name());
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * The database failed a statement. Left alone it is a 500; a caller that knows a unique constraint can be hit by
     * a client (two people choosing the same name at once) asks {@link #violatesUnique} and answers with a 409.
     * Either way the transaction rolls back, so nothing of it is written.
     */
    public static class DatabaseException extends RuntimeException {
        private static final String UNIQUE_VIOLATION = "23505";

        public DatabaseException(String message, Throwable cause) {
            super(message, cause);
        }

        /** Whether the statement broke this unique constraint or index (by its name in the schema). */
        public boolean violatesUnique(String constraint) {
            return getCause() instanceof PSQLException postgres
                    && UNIQUE_VIOLATION.equals(postgres.getSQLState())
                    && postgres.getServerErrorMessage() != null
                    && constraint.equals(postgres.getServerErrorMessage().getConstraint());
        }
    }
}
