package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import scot.quads.system.OpenApiDocument;
import scot.quads.testing.QuadsTestStack;

/**
 * Swagger UI shows an example for every request body of rubric-service's API, and each JSON example is one the service's own
 * OpenAPI accepts (a file, or a file upload's form, is the written-down exception: see OpenApiDocument).
 */
@QuarkusTest
@QuadsTestStack
class RequestExamplesTest {

    @Test
    void everyRequestBodyHasAnExampleTheDocumentAccepts() {
        String openApi = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();

        assertThat(new OpenApiDocument(openApi).requestBodyExampleProblems()).isEmpty();
    }
}
