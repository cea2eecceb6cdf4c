package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** A council's page chooses its cycle from where the council stands in each, without reading every answer. */
@QuarkusTest
@QuadsTestStack
class CouncilEvaluationsTest {

    @Test
    void eachCycleTheCouncilStartedIsListedWithItsStateAndNoOtherCycle() {
        String council = freshCouncil();
        String version = Rubrics.publishedDemo();
        String earlier = Rubrics.openCycle(version, LocalDate.now().minusDays(90), LocalDate.now().plusYears(1));
        String later = Rubrics.openCycle(version, LocalDate.now().minusDays(30), LocalDate.now().plusYears(1));
        Rubrics.openCycle(version, LocalDate.now().minusDays(10), LocalDate.now().plusYears(1));
        Rubrics.answerEverything(earlier, council);
        given().auth().oauth2(Tokens.editor(council)).when()
                .post("/cycles/" + earlier + "/evaluations/" + council + "/submit").then().statusCode(200);
        Rubrics.answerEverything(later, council);

        given().auth().oauth2(Tokens.viewer(council))
                .when().get("/councils/" + council + "/evaluations")
                .then().statusCode(200)
                .body("cycleId", contains(later, earlier))
                .body("state", contains("draft", "submitted"))
                .body("[0].submittedAt", nullValue())
                .body("[1].submittedAt", notNullValue())
                .body("[0].answers", nullValue());
    }

    @Test
    void aCouncilThatStartedNothingHasAnEmptyListAndNoOtherCouncilMayLook() {
        String council = freshCouncil();

        given().auth().oauth2(Tokens.editor(council))
                .when().get("/councils/" + council + "/evaluations")
                .then().statusCode(200).body("$", empty());
        given().auth().oauth2(Tokens.ades())
                .when().get("/councils/" + council + "/evaluations")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.editor(Tokens.EDINBURGH))
                .when().get("/councils/" + council + "/evaluations")
                .then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades())
                .when().get("/councils/S99999999/evaluations")
                .then().statusCode(404)
                .body("status", equalTo(404));
    }

    private static String freshCouncil() {
        String code = "S99" + String.format("%06d", (int) (Math.random() * 1_000_000));
        Rubrics.councilsAreKnown(code);
        return code;
    }
}
