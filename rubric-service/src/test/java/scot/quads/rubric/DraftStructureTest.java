package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** ADES shapes a draft's themes and quality indicators: adds, renames, reorders and deletes them. */
@QuarkusTest
@QuadsTestStack
class DraftStructureTest {

    @Test
    void aThemeAndAnIndicatorAreAddedFilledAndPublished() {
        String draft = Rubrics.importDraft(Rubrics.demo(Rubrics.freshCode()));

        ades().body("{\"code\":\"7\",\"title\":\"How well do we listen?\",\"guidance\":\"Think of families.\"}")
                .when().post(version(draft) + "/themes")
                .then().statusCode(200)
                .body("themes[6].code", equalTo("7"), "themes[6].title", equalTo("How well do we listen?"))
                .body("themes[6].indicators", empty());
        publish(draft).statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("themes[7]")));
        ades().body("{\"code\":\"QI 7.1\",\"title\":\"Listening to families\"}")
                .when().post(version(draft) + "/themes/7/indicators")
                .then().statusCode(200)
                .body("themes[6].indicators[0].code", equalTo("QI 7.1"));
        publish(draft).statusCode(422).body("errors.field", equalTo(List.of("indicators[QI 7.1]")));
        ades().body("{\"code\":\"7.1.1\",\"prompt\":\"How do we hear families?\"}")
                .when().post(version(draft) + "/indicators/QI 7.1/questions")
                .then().statusCode(200).body("questionCount", equalTo(Rubrics.DEMO_QUESTIONS + 1));

        publish(draft).statusCode(200).body("status", equalTo("published"));
    }

    @Test
    void themesAndIndicatorsAreRenamedAndReordered() {
        String draft = Rubrics.importDraft(Rubrics.demo(Rubrics.freshCode()));

        ades().body("{\"code\":\"One\",\"title\":\"Outcomes\"}").when().patch(version(draft) + "/themes/D1")
                .then().statusCode(200).body("themes[0].code", equalTo("One"), "themes[0].title", equalTo("Outcomes"));
        ades().body("{\"code\":\"QI 2.9\"}").when().patch(version(draft) + "/indicators/D2.1")
                .then().statusCode(200).body("themes[1].indicators[0].code", equalTo("QI 2.9"));
        ades().body("{\"codes\":[\"D2\",\"One\",\"D3\",\"D4\",\"D5\",\"D6\"]}").when().put(version(draft) + "/theme-order")
                .then().statusCode(200).body("themes.code", equalTo(List.of("D2", "One", "D3", "D4", "D5", "D6")));
        ades().body("{\"codes\":[\"D1.4\",\"D1.3\",\"D1.2\",\"D1.1\"]}")
                .when().put(version(draft) + "/themes/One/indicator-order")
                .then().statusCode(200)
                .body("themes[1].indicators.code", equalTo(List.of("D1.4", "D1.3", "D1.2", "D1.1")))
                .body("themes[1].indicators[3].questions.code", equalTo(List.of("D1.1.1", "D1.1.2", "D1.1.3")));

        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW)).when().get(version(draft))
                .then().body("themes.code", equalTo(List.of("D2", "One", "D3", "D4", "D5", "D6")));
    }

    @Test
    void deletingAThemeOrIndicatorDeletesWhatIsUnderIt() {
        String draft = Rubrics.importDraft(Rubrics.demo(Rubrics.freshCode()));

        given().auth().oauth2(Tokens.ades()).when().delete(version(draft) + "/indicators/D1.1")
                .then().statusCode(200)
                .body("themes[0].indicators.code", equalTo(List.of("D1.2", "D1.3", "D1.4")))
                .body("questionCount", equalTo(Rubrics.DEMO_QUESTIONS - 3));
        int inThemeOne = given().auth().oauth2(Tokens.ades()).when().get(version(draft))
                .path("themes[0].indicators.questions.flatten().size()");
        given().auth().oauth2(Tokens.ades()).when().delete(version(draft) + "/themes/D1")
                .then().statusCode(200)
                .body("themes.code", equalTo(List.of("D2", "D3", "D4", "D5", "D6")))
                .body("questionCount", equalTo(Rubrics.DEMO_QUESTIONS - 3 - inThemeOne))
                .body("themes.indicators.flatten().code", not(hasItem("D1.2")));
        ades().body("{\"code\":\"D1\",\"title\":\"Back again\"}").when().post(version(draft) + "/themes")
                .then().statusCode(200);
        ades().body("{\"code\":\"D1.1\",\"title\":\"Reused code\"}").when().post(version(draft) + "/themes/D1/indicators")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().delete(version(draft) + "/themes/9").then().statusCode(404);
    }

    @Test
    void codesStayUniqueAndBadHeadingsAreNamed() {
        String draft = Rubrics.importDraft(Rubrics.demo(Rubrics.freshCode()));

        ades().body("{\"code\":\"D2\",\"title\":\"Twice\"}").when().post(version(draft) + "/themes")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("code")));
        ades().body("{\"code\":\"D2\"}").when().patch(version(draft) + "/themes/D1")
                .then().statusCode(422).body("errors.field", equalTo(List.of("code")));
        ades().body("{\"code\":\"D2.1\",\"title\":\"Twice\"}").when().post(version(draft) + "/themes/D1/indicators")
                .then().statusCode(422).body("errors.field", equalTo(List.of("code")));
        ades().body("{\"code\":\"D2.1\"}").when().patch(version(draft) + "/indicators/D1.1")
                .then().statusCode(422).body("errors.field", equalTo(List.of("code")));
        ades().body("{\"code\":\"\",\"title\":\" \"}").when().post(version(draft) + "/themes")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("code", "title"));
        ades().body("{\"code\":\"QI 9.1\",\"title\":\"x\"}").when().post(version(draft) + "/themes/9/indicators")
                .then().statusCode(404);
        ades().body("{\"codes\":[\"D1\",\"D2\"]}").when().put(version(draft) + "/theme-order")
                .then().statusCode(422).body("errors.field", equalTo(List.of("codes")));
        ades().body("{\"codes\":[\"D1.1\",\"D1.2\",\"D1.3\",\"D2.1\"]}")
                .when().put(version(draft) + "/themes/D1/indicator-order")
                .then().statusCode(422);

        given().auth().oauth2(Tokens.ades()).when().get(version(draft))
                .then().body("themes.code", equalTo(List.of("D1", "D2", "D3", "D4", "D5", "D6")))
                .body("themes[0].indicators.code", equalTo(List.of("D1.1", "D1.2", "D1.3", "D1.4")));
    }

    @Test
    void aPublishedVersionsStructureNeverChanges() {
        String published = Rubrics.publishedDemo();

        ades().body("{\"code\":\"7\",\"title\":\"x\"}").when().post(version(published) + "/themes")
                .then().statusCode(409).contentType("application/problem+json");
        ades().body("{\"code\":\"QI 1.9\",\"title\":\"x\"}").when().post(version(published) + "/themes/D1/indicators")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.ades()).when().delete(version(published) + "/themes/D1").then().statusCode(409);
        given().auth().oauth2(Tokens.ades()).when().delete(version(published) + "/indicators/D1.1")
                .then().statusCode(409);
        ades().body("{\"codes\":[\"D6\",\"D5\",\"D4\",\"D3\",\"D2\",\"D1\"]}").when().put(version(published) + "/theme-order")
                .then().statusCode(409);
        ades().body("{\"title\":\"x\"}").when().patch(version(published) + "/indicators/D1.1").then().statusCode(409);

        given().auth().oauth2(Tokens.ades()).when().get(version(published))
                .then().body("themes.code", equalTo(List.of("D1", "D2", "D3", "D4", "D5", "D6")))
                .body("questionCount", equalTo(Rubrics.DEMO_QUESTIONS));
    }

    @Test
    void onlyAdesShapesADraft() {
        String draft = Rubrics.importDraft(Rubrics.demo(Rubrics.freshCode()));
        String editor = Tokens.editor(Tokens.GLASGOW);

        given().auth().oauth2(editor).contentType(ContentType.JSON).body("{\"code\":\"7\",\"title\":\"x\"}")
                .when().post(version(draft) + "/themes").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW)).when().delete(version(draft) + "/themes/D1")
                .then().statusCode(403);
        given().auth().oauth2(editor).when().delete(version(draft) + "/indicators/D1.1").then().statusCode(403);
        given().auth().oauth2(editor).contentType(ContentType.JSON).body("{\"codes\":[\"1\"]}")
                .when().put(version(draft) + "/theme-order").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"code\":\"7\",\"title\":\"x\"}")
                .when().post(version(draft) + "/themes").then().statusCode(401);

        given().auth().oauth2(Tokens.ades()).when().get(version(draft))
                .then().body("themes.code", equalTo(List.of("D1", "D2", "D3", "D4", "D5", "D6")));
    }

    private static ValidatableResponse publish(String versionId) {
        return given().auth().oauth2(Tokens.ades()).when().post(version(versionId) + "/publish").then();
    }

    private static String version(String id) {
        return "/versions/" + id;
    }

    private static RequestSpecification ades() {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON);
    }
}
