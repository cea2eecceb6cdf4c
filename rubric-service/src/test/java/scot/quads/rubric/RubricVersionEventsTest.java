package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.RubricVersionV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** Other services follow a version's life, and a question across versions, from the rubric-versions topic. */
@QuarkusTest
@QuadsTestStack
class RubricVersionEventsTest {

    @Test
    void aVersionIsAnnouncedWhenDraftedPublishedAndRetiredWithItsLineage() {
        String code = Rubrics.freshCode();
        String first = Rubrics.importDraft(Rubrics.demo(code));
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + first + "/publish").then().statusCode(200);
        String second = ades().body("{\"label\":\"v2\"}").when().post("/versions/" + first + "/new-version")
                .then().statusCode(201).extract().path("id");
        ades().body("{\"prompt\":\"Reworded D1.1.2?\",\"lineage\":\"reworded\"}")
                .when().patch("/versions/" + second + "/questions/D1.1.2").then().statusCode(200);
        ades().body("{\"code\":\"D1.1.8\",\"prompt\":\"Both?\",\"lineage\":\"merged-from\","
                + "\"derivedFrom\":[\"D1.1.3\",\"D1.2.1\"]}")
                .when().post("/versions/" + second + "/indicators/D1.1/questions").then().statusCode(200);
        ades().body("{\"code\":\"D1.1.9\",\"prompt\":\"New?\"}")
                .when().post("/versions/" + second + "/indicators/D1.1/questions").then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().delete("/versions/" + second + "/questions/D1.2.1")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + second + "/publish").then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + first + "/retire").then().statusCode(200);

        List<CloudEvent> firstEvents = TestKafka.events(Topics.RUBRIC_VERSIONS, first, 3);
        assertThat(firstEvents).extracting(CloudEvent::type).containsExactly(Events.RUBRIC_VERSION_DRAFTED.name(),
                Events.RUBRIC_VERSION_PUBLISHED.name(), Events.RUBRIC_VERSION_RETIRED.name());
        RubricVersionV1 drafted = EventCodec.data(firstEvents.get(0), Events.RUBRIC_VERSION_DRAFTED);
        assertThat(drafted.state()).isEqualTo("draft");
        assertThat(drafted.frameworkCode()).isEqualTo(code);
        assertThat(drafted.versionNumber()).isEqualTo(1);
        assertThat(drafted.basedOnVersionId()).isNull();
        assertThat(drafted.changedBy()).isNotBlank();
        RubricVersionPublishedV1 v1 = EventCodec.data(firstEvents.get(1), Events.RUBRIC_VERSION_PUBLISHED);
        assertThat(v1.basedOnVersionId()).isNull();
        assertThat(questions(v1).values()).allSatisfy(q -> {
            assertThat(q.lineage()).isEqualTo("new");
            assertThat(q.derivedFrom()).isEmpty();
        });
        RubricVersionV1 retired = EventCodec.data(firstEvents.get(2), Events.RUBRIC_VERSION_RETIRED);
        assertThat(retired.state()).isEqualTo("retired");
        assertThat(retired.changedAt()).isNotNull();

        List<CloudEvent> secondEvents = TestKafka.events(Topics.RUBRIC_VERSIONS, second, 2);
        assertThat(secondEvents).extracting(CloudEvent::type).containsExactly(Events.RUBRIC_VERSION_DRAFTED.name(),
                Events.RUBRIC_VERSION_PUBLISHED.name());
        RubricVersionV1 draftedFromFirst = EventCodec.data(secondEvents.get(0), Events.RUBRIC_VERSION_DRAFTED);
        assertThat(draftedFromFirst.basedOnVersionId()).isEqualTo(UUID.fromString(first));
        assertThat(draftedFromFirst.versionNumber()).isEqualTo(2);
        RubricVersionPublishedV1 v2 = EventCodec.data(secondEvents.get(1), Events.RUBRIC_VERSION_PUBLISHED);
        assertThat(v2.basedOnVersionId()).isEqualTo(UUID.fromString(first));
        Map<String, RubricVersionPublishedV1.Question> byCode = questions(v2);
        assertThat(byCode.get("D1.1.1").lineage()).isEqualTo("same");
        assertThat(byCode.get("D1.1.1").derivedFrom()).containsExactly("D1.1.1");
        assertThat(byCode.get("D1.1.2").lineage()).isEqualTo("reworded");
        assertThat(byCode.get("D1.1.2").derivedFrom()).containsExactly("D1.1.2");
        assertThat(byCode.get("D1.1.8").lineage()).isEqualTo("merged-from");
        assertThat(byCode.get("D1.1.8").derivedFrom()).containsExactly("D1.1.3", "D1.2.1");
        assertThat(byCode.get("D1.1.9").lineage()).isEqualTo("new");
        assertThat(byCode.get("D1.1.9").derivedFrom()).isEmpty();
        assertThat(byCode).doesNotContainKey("D1.2.1");
    }

    @Test
    void aMergeNeedsTwoSourcesAndEveryOtherLineageOne() {
        String draft = ades().body("{\"label\":\"v2\"}").when()
                .post("/versions/" + Rubrics.publishedDemo() + "/new-version").then().statusCode(201)
                .extract().path("id");

        ades().body("{\"code\":\"D1.1.8\",\"prompt\":\"One?\",\"lineage\":\"merged-from\",\"derivedFrom\":\"D1.1.3\"}")
                .when().post("/versions/" + draft + "/indicators/D1.1/questions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.equalTo(List.of("derivedFrom")));
        ades().body("{\"lineage\":\"reworded\",\"prompt\":\"Other?\",\"derivedFrom\":[\"D1.1.1\",\"D1.1.2\"]}")
                .when().patch("/versions/" + draft + "/questions/D1.1.1")
                .then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.equalTo(List.of("derivedFrom")));
        ades().body("{\"code\":\"D1.1.8\",\"prompt\":\"Twice?\",\"lineage\":\"merged-from\","
                + "\"derivedFrom\":[\"D1.1.3\",\"D1.1.3\"]}")
                .when().post("/versions/" + draft + "/indicators/D1.1/questions")
                .then().statusCode(422);
        ades().body("{\"lineage\":\"merged-from\",\"prompt\":\"Now two?\",\"derivedFrom\":[\"D1.1.1\",\"D1.1.2\"]}")
                .when().patch("/versions/" + draft + "/questions/D1.1.1")
                .then().statusCode(200)
                .body("themes[0].indicators[0].questions[0].derivedFromQuestionIds.size()",
                        org.hamcrest.Matchers.equalTo(2));
        ades().body("{\"lineage\":\"reworded\",\"derivedFrom\":[\"D1.1.1\"]}")
                .when().patch("/versions/" + draft + "/questions/D1.1.1")
                .then().statusCode(200)
                .body("themes[0].indicators[0].questions[0].derivedFromQuestionIds.size()",
                        org.hamcrest.Matchers.equalTo(1));
    }

    private static Map<String, RubricVersionPublishedV1.Question> questions(RubricVersionPublishedV1 version) {
        return version.themes().stream().flatMap(t -> t.indicators().stream()).flatMap(i -> i.questions().stream())
                .collect(Collectors.toMap(RubricVersionPublishedV1.Question::code, Function.identity()));
    }

    private static RequestSpecification ades() {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON);
    }
}
