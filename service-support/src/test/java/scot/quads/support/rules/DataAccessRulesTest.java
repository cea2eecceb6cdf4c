package scot.quads.support.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import scot.quads.testing.DataAccessRules;

/** The check every service runs on its own sources finds SQL outside repository/ and columns read by position. */
class DataAccessRulesTest {

    @TempDir
    Path sources;

    @Test
    void sqlInAServiceClassAndAPositionalReadAreBothNamedWithTheirLine() throws IOException {
        write("scot/quads/x/service/Submit.java", """
                class Submit {
                    String sql = "SELECT level FROM answer";
                    String block = \"""
                            UPDATE answer SET level = ?\""";
                    long read(java.sql.ResultSet row) throws Exception { return row.getLong(1); }
                }
                """);

        assertThat(DataAccessRules.breaches(sources)).containsExactly(
                "scot/quads/x/service/Submit.java:2: SQL outside a repository package: "
                        + "String sql = \"SELECT level FROM answer\";",
                "scot/quads/x/service/Submit.java:3: SQL outside a repository package: String block = \"\"\"",
                "scot/quads/x/service/Submit.java:5: a column read by position: "
                        + "long read(java.sql.ResultSet row) throws Exception { return row.getLong(1); }");
    }

    @Test
    void sqlInARepositoryReadByNameAndPanacheQueriesPass() throws IOException {
        write("scot/quads/x/repository/NationalCounts.java", """
                class NationalCounts {
                    String sql = "SELECT count(*) AS councils FROM answer_level";
                    long read(java.sql.ResultSet row) throws Exception { return row.getLong("councils"); }
                }
                """);
        write("scot/quads/x/Answer.java", """
                class Answer {
                    static Object of(String code) { return find("questionCode = ?1 order by updatedAt", code); }
                    String label = "Select a level";
                }
                """);
        write("db/migration/V2__Seed.java", "class V2 { String s = \"INSERT INTO council VALUES (?)\"; }");

        assertThat(DataAccessRules.breaches(sources)).isEmpty();
    }

    private void write(String file, String text) throws IOException {
        Path path = sources.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
