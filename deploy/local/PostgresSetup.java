import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * Makes sure the local PostgreSQL has the role and the databases the services expect:
 * role quads (password quads) owning one database per service. Safe to run again.
 *
 * Usage: java -cp '.quads/lib/tools/*' deploy/local/PostgresSetup.java PORT SUPERUSER_PASSWORD DB...
 */
public class PostgresSetup {

    static final String ROLE = "quads";
    static final String ROLE_PASSWORD = "quads";

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: PostgresSetup PORT SUPERUSER_PASSWORD DB...");
            System.exit(2);
        }
        var url = "jdbc:postgresql://127.0.0.1:" + args[0] + "/postgres";
        try (var db = connect(url, "postgres", args[1], Duration.ofSeconds(30))) {
            ensureRole(db);
            for (int i = 2; i < args.length; i++) {
                ensureDatabase(db, args[i]);
            }
        }
    }

    /** The server may have just said "ready": retry for a short while before giving up. */
    static Connection connect(String url, String user, String password, Duration patience) throws Exception {
        var deadline = Instant.now().plus(patience);
        while (true) {
            try {
                return DriverManager.getConnection(url, user, password);
            } catch (SQLException e) {
                if (Instant.now().isAfter(deadline) || "28P01".equals(e.getSQLState())) {
                    throw e;
                }
                Thread.sleep(500);
            }
        }
    }

    static void ensureRole(Connection db) throws SQLException {
        boolean exists;
        try (var query = db.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            query.setString(1, ROLE);
            exists = query.executeQuery().next();
        }
        try (var statement = db.createStatement()) {
            statement.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + ROLE
                    + " LOGIN PASSWORD '" + ROLE_PASSWORD + "'");
        }
        if (!exists) {
            System.out.println("PostgreSQL: created role " + ROLE);
        }
    }

    static void ensureDatabase(Connection db, String name) throws SQLException {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (var query = db.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, name);
            if (query.executeQuery().next()) {
                return;
            }
        }
        try (var statement = db.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " OWNER " + ROLE + " ENCODING 'UTF8'");
        }
        System.out.println("PostgreSQL: created database " + name + " owned by " + ROLE);
    }
}
