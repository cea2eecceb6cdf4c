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

    @Test
    void aMigrationMayHoldSqlButReadsItsColumnsByNameToo() throws IOException {
        write("db/migration/V3__Seed.java", """
                class V3 {
                    String s = "SELECT gss_code FROM council";
                    String read(java.sql.ResultSet row) throws Exception { return row.getString(1); }
                }
                """);

        assertThat(DataAccessRules.breaches(sources)).containsExactly("db/migration/V3__Seed.java:3: a column read by "
                + "position: String read(java.sql.ResultSet row) throws Exception { return row.getString(1); }");
    }

    private void write(String file, String text) throws IOException {
        Path path = sources.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
