package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.logging.Log;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * Rough latency of the hot reads, measured in process on a shared build machine: a regression guard with generous
 * bounds (the benchmark targets are 20 ms p99 side by side and 100 ms p99 national at 2,500 organisations), and
 * the figures are logged.
 */
@QuarkusTest
@QuadsTestStack
class ReadSpeedTest {

    private static final int ORGANISATIONS = 2_500;

    @Test
    void theNationalPictureOfTwoAndAHalfThousandOrganisationsIsOneQuickQuery() {
        TestQuad quad = TestQuad.of(4, LocalDate.now().plusMonths(1), "all-submitted-or-deadline");
        for (int i = 0; i < 4; i++) {
            quad.submit(i, 1 + i, 2 + i, 3, "m" + i);
        }
        Feed.tx(() -> Submission.getEntityManager().createNativeQuery("""
                INSERT INTO submission (evaluation_id, cycle_id, council_code, rubric_version_id, submitted_at, answers)
                SELECT gen_random_uuid(), ?1, 'X' || n, ?2, now(), '[]'::jsonb FROM generate_series(1, ?3) n
                """).setParameter(1, quad.cycleId()).setParameter(2, quad.versionId()).setParameter(3, ORGANISATIONS)
                .executeUpdate());
        Feed.tx(() -> Submission.getEntityManager().createNativeQuery("""
                INSERT INTO answer_level (cycle_id, council_code, question_code, rubric_version_id, level,
                                          not_applicable)
                SELECT ?1, 'X' || n, q, ?2, CASE WHEN n % 10 = 0 THEN NULL ELSE 1 + n % 6 END, n % 10 = 0
                FROM generate_series(1, ?3) n, unnest(ARRAY['1.1.1', '1.1.2', '2.1.1']) q
                """).setParameter(1, quad.cycleId()).setParameter(2, quad.versionId()).setParameter(3, ORGANISATIONS)
                .executeUpdate());
        String token = Tokens.editor(quad.member(0));
        String path = "/cycles/" + quad.cycleId() + "/national";

        given().auth().oauth2(token).when().get(path).then().statusCode(200)
                .body("councilsSubmitted", org.hamcrest.Matchers.equalTo(ORGANISATIONS + 4));
        long p99 = p99("national", 100, () -> given().auth().oauth2(token).when().get(path).statusCode());

        assertThat(p99).isLessThan(1_000);
    }

    @Test
    void theSideBySideComparisonIsQuick() {
        TestQuad quad = TestQuad.of(4, LocalDate.now().plusMonths(1), "all-submitted-or-deadline");
        for (int i = 0; i < 4; i++) {
            quad.submit(i, 1 + i, 2 + i, 3, "m" + i);
        }
        String token = Tokens.editor(quad.member(0));
        String path = "/quads/" + quad.quadId() + "/comparison";

        long p99 = p99("side by side", 200, () -> given().auth().oauth2(token).when().get(path).statusCode());
        // For scale: the plainest authenticated read of the same quad, through the same HTTP, security and database.
        p99("the quad itself (baseline)", 200,
                () -> given().auth().oauth2(token).when().get("/quads/" + quad.quadId()).statusCode());

        assertThat(p99).isLessThan(500);
    }

    /** Warms up, then times {@code requests} sequential requests; returns the 99th percentile in milliseconds. */
    private static long p99(String what, int requests, Supplier<Integer> request) {
        for (int i = 0; i < 20; i++) {
            assertThat(request.get()).isEqualTo(200);
        }
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            assertThat(request.get()).isEqualTo(200);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        long p50 = millis.get(millis.size() / 2);
        long p99 = millis.get((int) Math.ceil(millis.size() * 0.99) - 1);
        Log.infof("Read speed, %s: p50 %d ms, p99 %d ms over %d requests", what, p50, p99, requests);
        return p99;
    }
}
