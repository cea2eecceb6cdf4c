package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** An editor answering this cycle sees beside each question what the council said to it last cycle. */
@QuarkusTest
@QuadsTestStack
class LastCycleTest {

    @Test
    void eachQuestionShowsLastCyclesLevelAndNextSteps() {
        String council = freshCouncil();
        String version = Rubrics.publishedDemo();
        String earlier = Rubrics.openCycle(version, LocalDate.now().minusDays(90), LocalDate.now().plusYears(1));
        String later = Rubrics.openCycle(version, LocalDate.now().minusDays(30), LocalDate.now().plusYears(1));
        Rubrics.answerEverything(earlier, council);
        String path = "/cycles/" + earlier + "/evaluations/" + council;
        int answerVersion = given().auth().oauth2(Tokens.editor(council)).get(path)
                .path("questions.find { it.code == 'D1.1.1' }.answer.version");
        given().auth().oauth2(Tokens.editor(council)).contentType(ContentType.JSON)
                .header("If-Match", "\"" + answerVersion + "\"")
                .body("{\"level\":3,\"evidence\":\"Attainment data\",\"nextSteps\":\"Visit two partner schools\"}")
                .when().put(path + "/answers/D1.1.1").then().statusCode(200);
        given().auth().oauth2(Tokens.editor(council)).when().post(path + "/submit").then().statusCode(200);
        String earlierName = given().auth().oauth2(Tokens.editor(council)).get("/cycles/" + earlier).path("name");

        given().auth().oauth2(Tokens.viewer(council))
                .when().get("/cycles/" + later + "/evaluations/" + council + "/last-cycle")
                .then().statusCode(200)
                .body("cycleId", equalTo(earlier))
                .body("cycleName", equalTo(earlierName))
                .body("questions.size()", equalTo(Rubrics.DEMO_QUESTIONS))
                .body("questions[0].code", equalTo("D1.1.1"))
                .body("questions[0].earlier[0].questionCode", equalTo("D1.1.1"))
                .body("questions[0].earlier[0].level", equalTo(3))
                .body("questions[0].earlier[0].levelLabel", equalTo("Satisfactory"))
                .body("questions[0].earlier[0].nextSteps", equalTo("Visit two partner schools"))
                .body("questions.findAll { it.code != 'D1.1.1' && !it.earlier[0].notApplicable }"
                        + ".collect { it.earlier[0].level }.unique()", equalTo(List.of(4)));

        // An indicator's page asks for that indicator alone: its questions, and the whole evaluation's progress.
        given().auth().oauth2(Tokens.viewer(council))
                .when().get("/cycles/" + later + "/evaluations/" + council + "/last-cycle?indicator=D1.1")
                .then().statusCode(200)
                .body("cycleId", equalTo(earlier))
                .body("questions.code", everyItem(startsWith("D1.1.")))
                .body("questions[0].earlier[0].nextSteps", equalTo("Visit two partner schools"))
                .body("questions.size()", lessThan(Rubrics.DEMO_QUESTIONS));
        given().auth().oauth2(Tokens.viewer(council))
                .when().get(path + "?indicator=D1.1")
                .then().statusCode(200)
                .body("questions.code", everyItem(startsWith("D1.1.")))
                .body("questions.find { it.code == 'D1.1.1' }.answer.level", equalTo(3))
                .body("progress.total", equalTo(Rubrics.DEMO_QUESTIONS))
                .body("state", equalTo("submitted"));
        given().auth().oauth2(Tokens.viewer(council))
                .when().get(path + "?indicator=Z9.9")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("Z9.9"));
        given().auth().oauth2(Tokens.viewer(council))
                .when().get("/cycles/" + later + "/evaluations/" + council + "/last-cycle?indicator=Z9.9")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void withNoEarlierSubmissionThereIsNothingBeside() {
        String council = freshCouncil();
        String version = Rubrics.publishedDemo();
        String earlier = Rubrics.openCycle(version, LocalDate.now().minusDays(90), LocalDate.now().plusYears(1));
        String later = Rubrics.openCycle(version, LocalDate.now().minusDays(30), LocalDate.now().plusYears(1));
        Rubrics.answerEverything(earlier, council);

        given().auth().oauth2(Tokens.editor(council))
                .when().get("/cycles/" + later + "/evaluations/" + council + "/last-cycle")
                .then().statusCode(200)
                .body("cycleId", nullValue())
                .body("questions", empty());
        given().auth().oauth2(Tokens.editor(Tokens.EDINBURGH))
                .when().get("/cycles/" + later + "/evaluations/" + council + "/last-cycle")
                .then().statusCode(403);
    }

    @Test
    void eachIndicatorGradedAsAWholeShowsLastCyclesLevelBesideIt() {
        String council = freshCouncil();
        String version = Rubrics.importDraft(Rubrics.demoPerIndicator(Rubrics.freshCode()));
        given().auth().oauth2(Tokens.ades()).when().post("/versions/" + version + "/publish").then().statusCode(200);
        String earlier = Rubrics.openCycle(version, LocalDate.now().minusDays(90), LocalDate.now().plusYears(1));
        String later = Rubrics.openCycle(version, LocalDate.now().minusDays(30), LocalDate.now().plusYears(1));
        Rubrics.answerEverything(earlier, council);
        String path = "/cycles/" + earlier + "/evaluations/" + council;
        given().auth().oauth2(Tokens.editor(council)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"level\":2,\"evidence\":\"Three schools fell back\",\"nextSteps\":\"Moderate writing\"}")
                .when().put(path + "/indicators/A2/answer").then().statusCode(200);
        given().auth().oauth2(Tokens.editor(council)).when().post(path + "/submit").then().statusCode(200);

        given().auth().oauth2(Tokens.viewer(council))
                .when().get("/cycles/" + later + "/evaluations/" + council + "/last-cycle")
                .then().statusCode(200)
                .body("cycleId", equalTo(earlier))
                .body("indicators.code", equalTo(List.of("A1", "A2", "B1", "B2", "C1", "C2")))
                .body("indicators.find { it.code == 'A2' }.earlier[0].level", equalTo(2))
                .body("indicators.find { it.code == 'A2' }.earlier[0].levelLabel", equalTo("Weak"))
                .body("indicators.find { it.code == 'A2' }.earlier[0].nextSteps", equalTo("Moderate writing"))
                .body("indicators.find { it.code == 'A1' }.earlier[0].level", equalTo(4))
                .body("questions.find { it.code == 'A1-1' }.earlier[0].level", nullValue());
        given().auth().oauth2(Tokens.viewer(council))
                .when().get("/cycles/" + later + "/evaluations/" + council + "/last-cycle?indicator=A2")
                .then().statusCode(200)
                .body("indicators.code", equalTo(List.of("A2")))
                .body("indicators[0].earlier[0].level", equalTo(2))
                .body("questions.code", everyItem(startsWith("A2-")));
        given().auth().oauth2(Tokens.viewer(council))
                .when().get(path + "?indicator=A2")
                .then().statusCode(200)
                .body("indicators.code", equalTo(List.of("A2")))
                .body("indicators[0].answer.level", equalTo(2))
                .body("questions.code", everyItem(startsWith("A2-")));
    }

    private static String freshCouncil() {
        String code = "S99" + String.format("%06d", (int) (Math.random() * 1_000_000));
        Rubrics.councilsAreKnown(code);
        return code;
    }
}
