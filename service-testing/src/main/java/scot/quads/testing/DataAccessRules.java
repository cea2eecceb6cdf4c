package scot.quads.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The platform's data-access rules, checked on a module's own sources by a test in that module: SQL is written only in
 * a {@code repository} package (entities and Panache queries everywhere else), and no column is read by its position
 * in a result (a ResultSet getter given the column's number rather than its name), since a reordered SELECT would
 * then read the wrong column without failing.
 *
 * <p>A SQL statement is recognised as a string literal or text block that starts with a statement's keyword in upper
 * case followed by a space or line break ({@code "SELECT "}, {@code """\n INSERT INTO}). Flyway's Java migrations
 * ({@code db.migration}) are schema history and may hold SQL, but read their columns by name like everything else.
 */
public final class DataAccessRules {

    private static final Pattern SQL = Pattern.compile(
            "(\"\"\"[ \\t]*\\R\\s*|\")(SELECT|INSERT|UPDATE|DELETE|WITH|MERGE)\\s");
    private static final Pattern POSITIONAL_READ = Pattern.compile(
            "\\.get(String|Long|Int|Object|Boolean|Timestamp|Date|Time|Array|Bytes|Short|Byte|BigDecimal|Double"
                    + "|Float|BinaryStream|CharacterStream)\\(\\s*\\d+\\s*[,)]");

    private DataAccessRules() {
    }

    /** Every breach of the rules in the Java sources under this directory, as "file:line: what", in file order. */
    public static List<String> breaches(Path sources) {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = sources.relativize(file).toString().replace('\\', '/');
                boolean sqlAllowed = relative.contains("/repository/") || relative.startsWith("db/migration/");
                String text = Files.readString(file);
                List<String> lines = text.lines().toList();
                List<Integer> sqlLines = new ArrayList<>();
                if (!sqlAllowed) {
                    for (Matcher sql = SQL.matcher(text); sql.find();) {
                        sqlLines.add(lineOf(text, sql.start()));
                    }
                }
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i);
                    if (sqlLines.contains(i + 1)) {
                        found.add(relative + ":" + (i + 1) + ": SQL outside a repository package: " + line.strip());
                    }
                    if (POSITIONAL_READ.matcher(line).find()) {
                        found.add(relative + ":" + (i + 1) + ": a column read by position: " + line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The breaches in this module's main sources ({@code src/main/java} below the working directory). */
    public static List<String> breachesInThisModule() {
        return breaches(Path.of("src", "main", "java"));
    }
}
