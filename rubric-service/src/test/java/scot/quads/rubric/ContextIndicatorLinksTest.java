package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * A question names the context indicators it bears on, so that the council's page can put its own figures beside
 * it: kept from the import, shown with the version, carried into the next version, changed by ADES in a draft.
 */
@QuarkusTest
@QuadsTestStack
class ContextIndicatorLinksTest {

    private static final String Q111 = "themes[0].indicators[0].questions[0]";

    @Test
    void theLinksOfTheImportAreShownWithTheVersionAndCarriedIntoTheNextOne() {
        String published = Rubrics.publishedDemo();

        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).when().get("/versions/" + published)
                .then().statusCode(200)
                .body(Q111 + ".code", equalTo("D1.1.1"))
                .body(Q111 + ".contextIndicators", equalTo(List.of("CHN13a", "CHN13b")))
                .body("themes[0].indicators[0].questions.find { it.code == 'D1.1.3' }.contextIndicators",
                        hasItem("CHN14a"));

        String draft = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"label\":\"next\"}").when().post("/versions/" + published + "/new-version")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + draft)
                .then().body(Q111 + ".contextIndicators", equalTo(List.of("CHN13a", "CHN13b")));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"contextIndicators\":[\"CHN19a\"]}")
                .when().patch("/versions/" + draft + "/questions/D1.1.1")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + draft)
                .then().body(Q111 + ".contextIndicators", equalTo(List.of("CHN19a")));
        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + published + "/diff/" + draft)
                .then().statusCode(200)
                .body("changed.find { it.code == 'D1.1.1' }.changes", equalTo(List.of("contextIndicators")));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"contextIndicators\":[]}")
                .when().patch("/versions/" + draft + "/questions/D1.1.1")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + draft)
                .then().body(Q111 + ".contextIndicators", empty());
    }

    @Test
    void aCodeThatIsNotAnIndicatorsOrTooManyOfThemIsRefusedNamingEachFieldAndNothingIsImported() {
        ObjectNode rubric = Rubrics.demo(Rubrics.freshCode());
        ObjectNode question = (ObjectNode) rubric.get("themes").get(0).get("indicators").get(0).get("questions").get(0);
        question.set("contextIndicators", Rubrics.JSON.createArrayNode().add("CHN 4; drop"));
        ObjectNode second = (ObjectNode) rubric.get("themes").get(0).get("indicators").get(0).get("questions").get(1);
        var many = Rubrics.JSON.createArrayNode();
        List.of("CHN1", "CHN2", "CHN3", "CHN4", "CHN5", "CHN6", "CHN7").forEach(many::add);
        second.set("contextIndicators", many);

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(rubric.toString())
                .when().post("/frameworks/import")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("themes[0].indicators[0].questions[0].contextIndicators[0]"))
                .body("errors.field", hasItem("themes[0].indicators[0].questions[1].contextIndicators"));
        given().auth().oauth2(Tokens.ades()).when().get("/frameworks")
                .then().body("code", org.hamcrest.Matchers.not(hasItem(rubric.get("code").asText())));
    }
}
