package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/**
 * A quality indicator of a new version says where it came from, as a question does (same, reworded, split-from,
 * merged-from, new): ADES edits it on the draft, the diff lists it, the published event carries it, and a version
 * graded per indicator carries last cycle's answers forward through it.
 */
@QuarkusTest
@QuadsTestStack
class IndicatorLineageTest {

    @Test
    void aRenamedSplitAndMergedIndicatorCarryLastCyclesAnswersThroughTheirLineage() {
        // A council of this test's own, so that no other test's cycle is its last one.
        String council = "S99" + String.format("%06d", (int) (Math.random() * 1_000_000));
        Rubrics.councilsAreKnown(council);
        String first = publishedPerIndicator();
        String lastYear = Rubrics.openCycle(first, LocalDate.now().minusMonths(3), LocalDate.now().plusMonths(3));
        Rubrics.submitted(lastYear, council);
        String second = newVersion(first);
        // A1 renamed A9 with a new title; B2 split in two (B2 kept, B3 split from it too); C1 and C2 merged as C9.
        ades().body("{\"code\":\"A9\",\"title\":\"Attainment of every learner\",\"lineage\":\"reworded\"}")
                .when().patch(version(second) + "/indicators/A1").then().statusCode(200)
                .body("themes[0].indicators[0].code", equalTo("A9"))
                .body("themes[0].indicators[0].lineage", equalTo("reworded"))
                .body("themes[0].indicators[0].derivedFromIndicatorIds", hasSize(1));
        ades().body("{\"lineage\":\"split-from\"}").when().patch(version(second) + "/indicators/B2")
                .then().statusCode(200);
        addIndicator(second, "B", "{\"code\":\"B3\",\"title\":\"Leadership at every level\","
                + "\"lineage\":\"split-from\",\"derivedFrom\":\"B2\"}").statusCode(200);
        addPrompt(second, "B3", "B3-1");
        addIndicator(second, "C", "{\"code\":\"C9\",\"title\":\"Planning with families\","
                + "\"lineage\":\"merged-from\",\"derivedFrom\":[\"C1\",\"C2\"]}").statusCode(200)
                .body("themes[2].indicators.find { it.code == 'C9' }.lineage", equalTo("merged-from"))
                .body("themes[2].indicators.find { it.code == 'C9' }.derivedFromIndicatorIds", hasSize(2));
        addPrompt(second, "C9", "C9-1");
        given().auth().oauth2(Tokens.ades()).when().delete(version(second) + "/indicators/C1").then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().delete(version(second) + "/indicators/C2").then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().post(version(second) + "/publish").then().statusCode(200)
                .body("themes[0].indicators[0].lineage", equalTo("reworded"));

        String thisYear = Rubrics.openCycle(second, LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
        String path = "/cycles/" + thisYear + "/evaluations/" + council;
        given().auth().oauth2(Tokens.editor(council)).contentType(ContentType.JSON)
                .body("{\"fromCycleId\":\"" + lastYear + "\"}").when().post(path + "/carry-forward")
                .then().statusCode(200)
                .rootPath("indicators.find { it.code == 'A9' }.answer")
                .body("level", equalTo(4))
                .body("evidence", equalTo("Evidence for A1"))
                .body("carriedForward", equalTo(true))
                .body("carryNote", containsString("Carried forward from A1"))
                .rootPath("indicators.find { it.code == 'B3' }.answer")
                .body("level", equalTo(4))
                .body("evidence", equalTo("Evidence for B2"))
                .body("carriedForward", equalTo(true))
                .rootPath("indicators.find { it.code == 'C9' }.answer")
                .body("level", equalTo(4))
                .body("evidence", equalTo("C1: Evidence for C1\n\nC2: Evidence for C2"))
                .body("carryNote", containsString("Merged from C1, C2"))
                .body("carriedForward", equalTo(true));

        given().auth().oauth2(Tokens.editor(council)).get(path + "/last-cycle").then().statusCode(200)
                .body("cycleId", equalTo(lastYear))
                .body("indicators.find { it.code == 'A9' }.earlier.questionCode", equalTo(List.of("A1")))
                .body("indicators.find { it.code == 'A9' }.earlier.level", equalTo(List.of(4)))
                .body("indicators.find { it.code == 'B3' }.earlier.questionCode", equalTo(List.of("B2")))
                .body("indicators.find { it.code == 'C9' }.earlier.questionCode", equalTo(List.of("C1", "C2")));
    }

    @Test
    void theDiffListsTheIndicatorsChangesBesideTheQuestionsAndThePublishedEventCarriesThem() {
        String first = publishedPerIndicator();
        String second = newVersion(first);
        ades().body("{\"code\":\"A9\",\"title\":\"Attainment of every learner\",\"lineage\":\"reworded\"}")
                .when().patch(version(second) + "/indicators/A1").then().statusCode(200);
        ades().body("{\"prompt\":\"What does our own data say now?\",\"lineage\":\"reworded\"}")
                .when().patch(version(second) + "/questions/A1-1").then().statusCode(200);
        addIndicator(second, "C", "{\"code\":\"C3\",\"title\":\"Community learning\"}").statusCode(200)
                .body("themes[2].indicators.find { it.code == 'C3' }.lineage", equalTo("new"));
        addPrompt(second, "C3", "C3-1");
        given().auth().oauth2(Tokens.ades()).when().delete(version(second) + "/indicators/C2").then().statusCode(200);

        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + first + "/diff/" + second).then()
                .statusCode(200)
                .body("changed.code", equalTo(List.of("A1-1")))
                .body("indicators.changed.code", equalTo(List.of("A9")))
                .body("indicators.changed[0].lineage", equalTo("reworded"))
                .body("indicators.changed[0].from", equalTo("A1"))
                .body("indicators.changed[0].previousTitle", equalTo("Raising the attainment of every learner"))
                .body("indicators.changed[0].changes", equalTo(List.of("code", "title")))
                .body("indicators.added.code", equalTo(List.of("C3")))
                .body("indicators.removed.code", equalTo(List.of("C2")))
                .body("indicators.removed[0].lineage", equalTo("retired"));

        given().auth().oauth2(Tokens.ades()).when().post(version(second) + "/publish").then().statusCode(200);
        List<CloudEvent> events = TestKafka.events(Topics.RUBRIC_VERSIONS, second, 2);
        RubricVersionPublishedV1 published = EventCodec.data(events.get(1), Events.RUBRIC_VERSION_PUBLISHED);
        Map<String, RubricVersionPublishedV1.Indicator> byCode = published.themes().stream()
                .flatMap(theme -> theme.indicators().stream())
                .collect(Collectors.toMap(RubricVersionPublishedV1.Indicator::code, Function.identity()));
        assertThat(byCode.get("A9").lineage()).isEqualTo("reworded");
        assertThat(byCode.get("A9").derivedFrom()).containsExactly("A1");
        assertThat(byCode.get("B1").lineage()).isEqualTo("same");
        assertThat(byCode.get("B1").derivedFrom()).containsExactly("B1");
        assertThat(byCode.get("C3").lineage()).isEqualTo("new");
        assertThat(byCode.get("C3").derivedFrom()).isEmpty();
    }

    @Test
    void anIndicatorsLineageThatDoesNotAddUpIsRefusedNamingTheFieldAndChangesNothing() {
        String second = newVersion(publishedPerIndicator());

        ades().body("{\"lineage\":\"reworded\",\"derivedFrom\":\"Z9\"}")
                .when().patch(version(second) + "/indicators/A1").then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("derivedFrom")))
                .body("errors[0].message", containsString("Z9 is not a quality indicator"));
        addIndicator(second, "A", "{\"code\":\"A3\",\"title\":\"One source\",\"lineage\":\"merged-from\","
                + "\"derivedFrom\":\"A1\"}").statusCode(422)
                .body("errors.field", equalTo(List.of("derivedFrom")))
                .body("errors[0].message", containsString("two or more quality indicators"));
        addIndicator(second, "A", "{\"code\":\"A3\",\"title\":\"No source\",\"lineage\":\"split-from\"}")
                .statusCode(422).body("errors.field", equalTo(List.of("derivedFrom")));
        addIndicator(second, "A", "{\"code\":\"A3\",\"title\":\"Two sources\",\"lineage\":\"split-from\","
                + "\"derivedFrom\":[\"A1\",\"A2\"]}").statusCode(422)
                .body("errors.field", equalTo(List.of("derivedFrom")));
        addIndicator(second, "A", "{\"code\":\"A2\",\"title\":\"Taken\",\"lineage\":\"new\",\"derivedFrom\":\"A1\"}")
                .statusCode(422).body("errors.field", equalTo(List.of("code", "derivedFrom")));
        addIndicator(second, "A", "{\"code\":\"A3\",\"title\":\"Twice\",\"lineage\":\"merged-from\","
                + "\"derivedFrom\":[\"A1\",\"A1\"]}").statusCode(422)
                .body("errors[0].message", containsString("names A1 twice"));
        addIndicator(second, "A", "{\"code\":\"A3\",\"title\":\"x\",\"lineage\":\"cloned\"}").statusCode(400)
                .body("errors.field", equalTo(List.of("lineage")));

        given().auth().oauth2(Tokens.ades()).when().get(version(second)).then()
                .body("themes[0].indicators.code", equalTo(List.of("A1", "A2")))
                .body("themes[0].indicators[0].lineage", equalTo("same"));

        // A first version derives from nothing: its indicators cannot name a source.
        String fresh = Rubrics.importDraft(Rubrics.demoPerIndicator(Rubrics.freshCode()));
        addIndicator(fresh, "A", "{\"code\":\"A3\",\"title\":\"x\",\"lineage\":\"split-from\",\"derivedFrom\":\"A1\"}")
                .statusCode(422).body("errors[0].message", containsString("not derived from another"));
    }

    private static String publishedPerIndicator() {
        String first = Rubrics.importDraft(Rubrics.demoPerIndicator(Rubrics.freshCode()));
        given().auth().oauth2(Tokens.ades()).when().post(version(first) + "/publish").then().statusCode(200);
        return first;
    }

    private static String newVersion(String published) {
        return ades().body("{\"label\":\"v2\"}").when().post(version(published) + "/new-version")
                .then().statusCode(201)
                .body("themes[0].indicators[0].lineage", equalTo("same"))
                .extract().path("id");
    }

    private static ValidatableResponse addIndicator(String versionId, String theme, String body) {
        return ades().body(body).when().post(version(versionId) + "/themes/" + theme + "/indicators").then();
    }

    private static void addPrompt(String versionId, String indicator, String code) {
        ades().body("{\"code\":\"" + code + "\",\"prompt\":\"What do we see in " + indicator + "?\"}")
                .when().post(version(versionId) + "/indicators/" + indicator + "/questions").then().statusCode(200);
    }

    private static String version(String id) {
        return "/versions/" + id;
    }

    private static RequestSpecification ades() {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON);
    }
}
