package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.support.jdbc.Database;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * The national distribution is counted as submissions arrive (answer_count), not on each read: the counts follow
 * every resubmission, return and repeated delivery exactly as a count of the councils' shown answers would, and
 * the reads that must stay fast at thousands of councils are answered from their indexes.
 */
@QuarkusTest
@QuadsTestStack
class NationalCountsTest {

    private static final String ANSWER_LEVEL_INDEX =
            "Index (Only )?Scan using \\w+ on answer_level|Bitmap Index Scan on answer_level\\w*";

    private static final LocalDate LAST_WEEK = LocalDate.now().minusWeeks(1);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Database database;

    @Test
    void theCountsFollowResubmissionsReturnsAndRepeatsExactly() {
        UUID versionId = Feed.rubricVersion();
        UUID cycleId = Feed.cycle(versionId, LAST_WEEK, "all-submitted-or-deadline");
        List<String> councils = Feed.councils(6);
        UUID[] evaluations = new UUID[6];
        for (int i = 0; i < 6; i++) {
            evaluations[i] = Feed.submit(cycleId, councils.get(i), versionId,
                    List.of(Feed.graded("1.1.1", 4, "c" + i), Feed.notApplicable("1.1.2", "No provision"),
                            Feed.graded("2.1.1", 1 + i, "c" + i)));
        }
        national(cycleId).then().statusCode(200)
                .body("councilsSubmitted", equalTo(6))
                .body("questions[0].distribution.councils", contains(0, 0, 6, 0, 0, 0))
                .body("questions[1].notApplicable", equalTo(6))
                .body("questions[2].distribution.councils", contains(1, 1, 1, 1, 1, 1));
        assertCountsMatchTheLevels(cycleId);

        CloudEvent resubmission = Feed.submissionEvent(evaluations[0], cycleId, councils.get(0), versionId,
                List.of(Feed.graded("1.1.1", 6, "again"), Feed.graded("1.1.2", 2, "again")), now().plusSeconds(5));
        Feed.send(resubmission);
        Feed.send(resubmission);
        await().atMost(PATIENCE).until(() -> Feed.tx(
                () -> Stored.submission(evaluations[0]).answers.size() == 2));
        national(cycleId).then().statusCode(200)
                .body("questions[0].distribution.councils", contains(1, 0, 5, 0, 0, 0))
                .body("questions[1].notApplicable", equalTo(5))
                .body("questions[1].councilsGraded", equalTo(1))
                .body("questions[2].councilsGraded", equalTo(5));
        assertCountsMatchTheLevels(cycleId);

        CloudEvent returned = Feed.returnedEvent(evaluations[1], cycleId, councils.get(1), now().plusSeconds(10));
        Feed.send(returned);
        Feed.send(returned);
        await().atMost(PATIENCE).until(() -> Feed.tx(
                () -> Stored.submission(evaluations[1]).withdrawnAt != null));
        national(cycleId).then().statusCode(200)
                .body("councilsSubmitted", equalTo(5))
                .body("questions[0].distribution.councils", contains(1, 0, 4, 0, 0, 0))
                .body("questions[1].notApplicable", equalTo(4))
                .body("questions[2].suppressed", equalTo(true))
                .body("questions[2].councilsGraded", equalTo(4));
        assertCountsMatchTheLevels(cycleId);
    }

    @Test
    void theNationalCountsAndATrendAreReadFromTheirIndexesAmongThousandsOfRows() {
        Feed.tx(() -> {
            database.update("""
                    INSERT INTO answer_level (cycle_id, council_code, question_code, rubric_version_id, level,
                                              not_applicable)
                    SELECT c.id, 'SYN' || o, 'Q' || q, NULL, 1 + (o + q) % 6, false
                    FROM (SELECT gen_random_uuid() AS id FROM generate_series(1, 40)) c,
                         generate_series(1, 30) o, generate_series(1, 20) q
                    """);
            database.update("""
                    INSERT INTO answer_count (cycle_id, question_code, level, not_applicable, councils)
                    SELECT cycle_id, question_code, level, not_applicable, count(*) FROM answer_level
                    WHERE council_code LIKE 'SYN%' GROUP BY cycle_id, question_code, level, not_applicable
                    """);
            database.update("ANALYZE answer_level, answer_count");
            return null;
        });

        String counts = plan("""
                SELECT question_code, level, not_applicable, councils
                FROM answer_count WHERE cycle_id = '00000000-0000-4000-8000-000000000001' AND councils > 0
                """);
        String trendCycles = plan("""
                SELECT c.id, count(*) OVER () AS answered_cycles FROM cycle c
                WHERE EXISTS (SELECT 1 FROM answer_level l WHERE l.council_code = 'SYN7' AND l.cycle_id = c.id)
                ORDER BY c.submission_deadline DESC, c.id DESC LIMIT 5
                """);
        String trendLevels = plan("""
                SELECT cycle_id, rubric_version_id, question_code, level, not_applicable
                FROM answer_level WHERE council_code = 'SYN7' AND cycle_id = ANY(ARRAY[
                    '00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002']::uuid[])
                """);

        assertThat(counts).contains("answer_count_once").doesNotContain("Seq Scan");
        // Either of answer_level's indexes serves both reads, directly or through a bitmap (the planner picks by the
        // statistics of the moment).
        assertThat(trendCycles).containsPattern(ANSWER_LEVEL_INDEX)
                .doesNotContain("Seq Scan on answer_level");
        assertThat(trendLevels).containsPattern(ANSWER_LEVEL_INDEX)
                .doesNotContain("Seq Scan");
    }

    private String plan(String query) {
        return Feed.tx(() -> String.join("\n", database.list("EXPLAIN " + query, row -> row.getString("QUERY PLAN"))));
    }

    /** answer_count must equal a count of answer_level, row for row, for the cycle. */
    private void assertCountsMatchTheLevels(UUID cycleId) {
        String kept = "SELECT question_code, coalesce(level, 0) AS level, not_applicable, councils FROM answer_count"
                + " WHERE cycle_id = ? AND councils <> 0 ORDER BY 1, 2, 3";
        String counted = "SELECT question_code, coalesce(level, 0) AS level, not_applicable, count(*) AS councils"
                + " FROM answer_level"
                + " WHERE cycle_id = ? GROUP BY 1, 2, 3 ORDER BY 1, 2, 3";
        assertThat(rows(kept, cycleId)).isEqualTo(rows(counted, cycleId)).isNotEmpty();
    }

    private List<String> rows(String query, UUID cycleId) {
        return Feed.tx(() -> database.list(query, row -> String.join("|", row.getString("question_code"),
                String.valueOf(row.getObject("level")), String.valueOf(row.getObject("not_applicable")),
                String.valueOf(row.getObject("councils"))), cycleId));
    }

    private static Response national(UUID cycleId) {
        return given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/national");
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
