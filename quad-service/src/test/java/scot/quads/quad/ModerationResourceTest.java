package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class ModerationResourceTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    /**
     * Three quads in a fresh cycle. High (all submitted, so revealed): every item at 5, but thin evidence. Mid (all
     * submitted): 2, 2, 3, 3. Waiting: only its first member submitted, at 1, so nothing of it is revealed. 1.1.1
     * nationally: 1, 2, 2, 3, 3, 5, 5, 5, 5, median 3: High's median 5 stands two levels above; Mid's 2.5 does not.
     */
    private record Setting(UUID cycleId, TestQuad high, TestQuad mid, TestQuad waiting) {
    }

    @Test
    void everyRevealedQuadsLevelsStandBesideTheNationalDistributionAndTheOneApartIsMarked() {
        Setting setting = setting();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        // An officer assigned to none of these quads: moderation still looks across all of them.
        List<String> tokens = List.of(Tokens.ades(), Tokens.adesOfficer("officer-" + suffix),
                Tokens.linkInspector("inspector-" + suffix));
        for (String token : tokens) {
            Response seen = moderation(token, setting.cycleId());
            seen.then().statusCode(200)
                    .body("standsApartAt", equalTo(1.0f))
                    .body("standsApartRule", containsString("one level or more"))
                    .body("items.code", contains("1.1.1", "1.1.2", "2.1.1"))
                    .body("quads.find { it.quadId == '" + setting.waiting().quadId() + "' }.revealed", equalTo(false));
            JsonPath body = seen.jsonPath();
            if (token.equals(tokens.get(0))) {
                assertThat(body.getFloat("items[0].national.median")).isEqualTo(3.0f);
                assertThat(body.getList("items[0].national.distribution.councils", Integer.class))
                        .containsExactly(0, 4, 0, 2, 2, 1);
                Map<String, Object> high = quadItem(body, setting.high());
                assertThat(high).containsEntry("standsApart", true).containsEntry("direction", "above")
                        .containsEntry("median", 5.0f);
                Map<String, Object> mid = quadItem(body, setting.mid());
                assertThat(mid).containsEntry("standsApart", false).containsEntry("median", 2.5f);
                assertThat(body.getList("items[0].flags.kind", String.class)).contains("thin-evidence");
                assertThat(body.getList("items[0].flags.quadId", String.class)).contains(setting.high().quadId());
            } else {
                // Before the deadline, officers and inspectors see the quads but not the national counts.
                assertThat(body.getString("nationalWithheld")).contains("deadline");
                assertThat(body.getBoolean("items[0].national.suppressed")).isTrue();
                assertThat(quadItem(body, setting.high())).containsEntry("standsApart", false);
            }
            // The waiting quad's one submitted level never shows: it is in no item's quads.
            assertThat(body.getList("items[0].quads.quadId", String.class))
                    .containsExactlyInAnyOrder(setting.high().quadId(), setting.mid().quadId());
            assertThat(seen.asString()).doesNotContain(setting.waiting().member(0))
                    .doesNotContain("answer-of-");
        }
    }

    @Test
    void councilUsersCannotModerateAndAnUnknownCycleIsNotFound() {
        Setting setting = setting();
        moderation(Tokens.editor(setting.high().member(0)), setting.cycleId()).then().statusCode(403)
                .contentType("application/problem+json");
        moderation(Tokens.viewer(setting.mid().member(0)), setting.cycleId()).then().statusCode(403);
        moderation(Tokens.nobody(), setting.cycleId()).then().statusCode(403);
        moderation(Tokens.ades(), UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCycleWithoutQuadsShowsTheItemsAndNoQuads() {
        UUID versionId = Feed.rubricVersion();
        UUID cycleId = Feed.cycle(versionId, NEXT_MONTH, "all-submitted-or-deadline");
        moderation(Tokens.ades(), cycleId).then().statusCode(200).body("quads", empty())
                .body("items[0].quads", empty()).body("items[0].national.suppressed", equalTo(true))
                .body("items[0].national.suppressedBecause", containsString("Fewer than 5"))
                .body("nationalWithheld", nullValue())
                .body("items.code", hasItem("2.1.1"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> quadItem(JsonPath body, TestQuad quad) {
        return (Map<String, Object>) body.getList("items[0].quads", Map.class).stream()
                .filter(q -> quad.quadId().equals(q.get("quadId"))).findFirst().orElseThrow();
    }

    private static Setting setting() {
        UUID versionId = Feed.rubricVersion();
        UUID cycleId = Feed.cycle(versionId, NEXT_MONTH, "all-submitted-or-deadline");
        List<String> councils = Feed.councils(12);
        TestQuad high = TestQuad.in(cycleId, versionId, councils.subList(0, 4));
        TestQuad mid = TestQuad.in(cycleId, versionId, councils.subList(4, 8));
        TestQuad waiting = TestQuad.in(cycleId, versionId, councils.subList(8, 12));
        for (int i = 0; i < 4; i++) {
            high.submit(i, 5, 5, 5, "x");
        }
        int[] midLevels = { 2, 2, 3, 3 };
        for (int i = 0; i < 4; i++) {
            mid.submit(i, midLevels[i], midLevels[i], midLevels[i], "evidence enough to count as more than thin, "
                    + "written out at some length so that no flag is raised for it at all in this test");
        }
        waiting.submit(0, 1, 1, 1, "answer-of-waiting");
        return new Setting(cycleId, high, mid, waiting);
    }

    private static Response moderation(String token, UUID cycleId) {
        return given().auth().oauth2(token).when().get("/cycles/" + cycleId + "/moderation");
    }
}
