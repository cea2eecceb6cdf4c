package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** A council starts this year's self-evaluation from last year's, and re-assesses every answer it carried. */
@QuarkusTest
@QuadsTestStack
class CarryForwardTest {

    private static final String GLASGOW = Tokens.GLASGOW;

    private String lastYear;
    private String thisYear;

    /**
     * Last year on version 1, answered (level 4, but 2 for D1.2.2) and submitted; this year on version 2, with some
     * questions changed: D1.1.8 merged from D1.1.3 and D1.2.1 (which agree), D1.1.7 from D1.2.1 and D1.2.2 (which do not).
     */
    @BeforeEach
    void twoCyclesOnTwoVersions() {
        Rubrics.councilsAreKnown(GLASGOW, Tokens.EDINBURGH);
        String first = Rubrics.publishedDemo();
        lastYear = Rubrics.openCycle(first, LocalDate.now().minusMonths(3), LocalDate.now().plusMonths(3));
        Rubrics.answerEverything(lastYear, GLASGOW);
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"level\":2,\"evidence\":\"Weaker here\"}")
                .when().put("/cycles/" + lastYear + "/evaluations/" + GLASGOW + "/answers/D1.2.2")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when()
                .post("/cycles/" + lastYear + "/evaluations/" + GLASGOW + "/submit").then().statusCode(200);

        String second = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{\"label\":\"v2\"}")
                .when().post("/versions/" + first + "/new-version").then().statusCode(201).extract().path("id");
        ades().body("{\"prompt\":\"Reworded D1.1.2?\",\"lineage\":\"reworded\"}")
                .when().patch("/versions/" + second + "/questions/D1.1.2").then().statusCode(200);
        ades().body("{\"code\":\"D1.1.8\",\"prompt\":\"All of 1.1?\",\"lineage\":\"merged-from\","
                + "\"derivedFrom\":[\"D1.1.3\",\"D1.2.1\"]}")
                .when().post("/versions/" + second + "/indicators/D1.1/questions").then().statusCode(200)
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.8' }.derivedFromQuestionIds",
                        hasSize(2));
        ades().body("{\"code\":\"D1.1.7\",\"prompt\":\"All of 1.2?\",\"lineage\":\"merged-from\","
                + "\"derivedFrom\":[\"D1.2.1\",\"D1.2.2\"]}")
                .when().post("/versions/" + second + "/indicators/D1.1/questions").then().statusCode(200);
        ades().body("{\"code\":\"D1.1.9\",\"prompt\":\"Brand new?\"}")
                .when().post("/versions/" + second + "/indicators/D1.1/questions").then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + second + "/publish").then().statusCode(200);
        thisYear = Rubrics.openCycle(second, LocalDate.now().minusDays(1), LocalDate.now().plusMonths(6));
    }

    @Test
    void lastYearsAnswersArePrefilledThroughLineageAndSubmissionWaitsUntilEachIsConfirmed() {
        carryForward(Tokens.editor(GLASGOW), "{\"fromCycleId\":\"" + lastYear + "\"}")
                .statusCode(200)
                .body("state", equalTo("draft"))
                .body(question("D1.1.1") + ".answer.level", equalTo(4))
                .body(question("D1.1.1") + ".answer.carriedForward", equalTo(true))
                .body(question("D1.1.1") + ".answer.evidence", equalTo("Evidence for D1.1.1"))
                .body(question("D1.1.2") + ".answer.carriedForward", equalTo(true))
                .body(question("D1.1.2") + ".answer.evidence", equalTo("Evidence for D1.1.2"))
                .body(question("D1.1.9") + ".answer", nullValue());

        // The dashboard's read lists the carried answers among what still stands in the way of submitting.
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation() + "?questions=pending")
                .then().statusCode(200)
                .body(question("D1.1.1") + ".answer.carriedForward", equalTo(true))
                .body(question("D1.1.2") + ".answer.carriedForward", equalTo(true));

        submit().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("D1.1.1", "D1.1.2", "D1.1.7", "D1.1.8", "D1.1.9"))
                .body("errors.find { it.field == 'D1.1.1' }.message", containsString("carried forward"));

        confirm("D1.1.1", "\"1\"").statusCode(200)
                .header("ETag", "\"2\"")
                .body("carriedForward", equalTo(false), "version", equalTo(2), "level", equalTo(4));
        confirm("D1.1.1", "\"2\"").statusCode(409);
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation())
                .then().body(question("D1.1.1") + ".answer.carriedForward", equalTo(false));
        submit().statusCode(422).body("errors.field", not(hasItems("D1.1.1")));

        Rubrics.answerEverything(thisYear, GLASGOW);
        submit().statusCode(200).body("state", equalTo("submitted"));
        given().auth().oauth2(Tokens.ades()).get(evaluation() + "/audit")
                .then().body("action", hasItems("evaluation.carried-forward", "answer.confirmed"));
    }

    @Test
    void carriedForwardAnswersCountAsAnsweredNowhereUntilConfirmedAndProgressAgreesWithSubmit() {
        carryForward(Tokens.editor(GLASGOW), "{\"fromCycleId\":\"" + lastYear + "\"}").statusCode(200)
                .body("progress.answered", equalTo(0));
        int total = given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation())
                .then().statusCode(200).extract().path("progress.total");
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation()).then()
                .body("progress.answered", equalTo(0))
                .body("progress.missing", hasSize(total))
                .body("progress.themes.answered.sum()", equalTo(0));
        councilProgress().body("answered", equalTo(0), "total", equalTo(total), "percentAnswered", equalTo(0));
        submit().statusCode(422).body("errors", hasSize(total))
                .body("detail", containsString(total + " of " + total + " questions"));

        confirm("D1.1.1", "\"1\"").statusCode(200);
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation()).then()
                .body("progress.answered", equalTo(1))
                .body("progress.missing", hasSize(total - 1))
                .body("progress.missing", not(hasItems("D1.1.1")));
        councilProgress().body("answered", equalTo(1));
        submit().statusCode(422).body("errors", hasSize(total - 1))
                .body("detail", containsString((total - 1) + " of " + total + " questions"));
    }

    private ValidatableResponse councilProgress() {
        return given().auth().oauth2(Tokens.ades()).get("/cycles/" + thisYear + "/progress").then().statusCode(200)
                .rootPath("find { it.councilCode == '" + GLASGOW + "' }");
    }

    @Test
    void aMergedQuestionIsCarriedOnlyWhenItsSourcesAgree() {
        carryForward(Tokens.editor(GLASGOW), "{\"fromCycleId\":\"" + lastYear + "\"}")
                .statusCode(200)
                .body(question("D1.1.8") + ".answer.level", equalTo(4))
                .body(question("D1.1.8") + ".answer.carriedForward", equalTo(true))
                .body(question("D1.1.8") + ".answer.evidence",
                        equalTo("D1.1.3: Evidence for D1.1.3\n\nD1.2.1: Evidence for D1.2.1"))
                .body(question("D1.1.8") + ".answer.carryNote", containsString("D1.1.3, D1.2.1"))
                .body(question("D1.1.7") + ".answer.level", nullValue())
                .body(question("D1.1.7") + ".answer.evidence", nullValue())
                .body(question("D1.1.7") + ".answer.carriedForward", equalTo(false))
                .body(question("D1.1.7") + ".answer.carryNote", containsString("D1.2.1 (level 4), D1.2.2 (level 2)"));
    }

    @Test
    void answersAlreadyGivenThisYearAreNotOverwritten() {
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"level\":2,\"evidence\":\"This year's view\"}")
                .when().put(evaluation() + "/answers/D1.1.1").then().statusCode(200);

        carryForward(Tokens.editor(GLASGOW), "{\"fromCycleId\":\"" + lastYear + "\"}").statusCode(200)
                .body(question("D1.1.1") + ".answer.level", equalTo(2))
                .body(question("D1.1.1") + ".answer.carriedForward", equalTo(false))
                .body(question("D1.2.1") + ".answer.carriedForward", equalTo(true));
    }

    @Test
    void confirmingNeedsTheCurrentVersion() {
        carryForward(Tokens.editor(GLASGOW), "{\"fromCycleId\":\"" + lastYear + "\"}").statusCode(200);

        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation() + "/answers/D1.1.1/confirm")
                .then().statusCode(428).contentType("application/problem+json");
        confirm("D1.1.1", "\"7\"").statusCode(412).body("current.version", equalTo(1));
        confirm("D1.1.9", "\"0\"").statusCode(409);
        confirm("9.9.9", "\"0\"").statusCode(404);
        given().auth().oauth2(Tokens.viewer(GLASGOW)).header("If-Match", "\"1\"")
                .when().post(evaluation() + "/answers/D1.1.1/confirm").then().statusCode(403);
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation())
                .then().body(question("D1.1.1") + ".answer.carriedForward", equalTo(true));
    }

    @Test
    void carryingForwardNeedsAnotherCycleTheCouncilSubmitted() {
        carryForward(Tokens.editor(GLASGOW), "{}").statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("fromCycleId")));
        carryForward(Tokens.editor(GLASGOW), "{\"fromCycleId\":\"" + UUID.randomUUID() + "\"}").statusCode(422)
                .body("errors.field", equalTo(List.of("fromCycleId")));
        carryForward(Tokens.editor(GLASGOW), "{\"fromCycleId\":\"" + thisYear + "\"}").statusCode(422)
                .body("errors.field", equalTo(List.of("fromCycleId")));
        given().auth().oauth2(Tokens.editor(Tokens.EDINBURGH)).contentType(ContentType.JSON)
                .body("{\"fromCycleId\":\"" + lastYear + "\"}")
                .when().post("/cycles/" + thisYear + "/evaluations/" + Tokens.EDINBURGH + "/carry-forward")
                .then().statusCode(422).body("errors[0].message", containsString("no submitted"));

        given().auth().oauth2(Tokens.ades()).get(evaluation()).then().body("state", equalTo("not-started"));
    }

    @Test
    void onlyTheCouncilsOwnEditorsCarryForward() {
        String body = "{\"fromCycleId\":\"" + lastYear + "\"}";
        carryForward(Tokens.viewer(GLASGOW), body).statusCode(403).contentType("application/problem+json");
        carryForward(Tokens.ades(), body).statusCode(403);
        carryForward(Tokens.editor(Tokens.EDINBURGH), body).statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post(evaluation() + "/carry-forward")
                .then().statusCode(401);

        given().auth().oauth2(Tokens.ades()).get(evaluation()).then().body("state", equalTo("not-started"));
    }

    private static RequestSpecification ades() {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON);
    }

    private ValidatableResponse carryForward(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(evaluation() + "/carry-forward").then();
    }

    private ValidatableResponse confirm(String code, String ifMatch) {
        return given().auth().oauth2(Tokens.editor(GLASGOW)).header("If-Match", ifMatch)
                .when().post(evaluation() + "/answers/" + code + "/confirm").then();
    }

    private ValidatableResponse submit() {
        return given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation() + "/submit").then();
    }

    private static String question(String code) {
        return "questions.find { it.code == '" + code + "' }";
    }

    private String evaluation() {
        return "/cycles/" + thisYear + "/evaluations/" + GLASGOW;
    }
}
