package scot.quads.support.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.support.TestApplication.Effects;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** Every error a client can cause comes back as problem+json that says what was wrong. */
@QuarkusTest
@QuadsTestStack
class ProblemResponsesTest {

    private static final String FORMS = "/test/forms";

    @Inject
    Effects effects;

    @Test
    void aWriteThatMetSomeoneElsesChangeIs409AndLeavesNothingWritten() {
        String council = "S-" + UUID.randomUUID();

        given().auth().oauth2(Tokens.ades()).queryParam("council", council)
                .when().post(FORMS + "/stale")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409), "title", equalTo("Conflict"),
                        "detail", containsString("reload and try again"), "instance", equalTo(FORMS + "/stale"));

        assertThat(QuarkusTransaction.requiringNew().call(() -> effects.names(council))).isEmpty();
    }

    @Test
    void anEntityChangedBySomeoneElseBeforeItsFlushIs409AndLeavesNothingWritten() {
        String title = "Note " + UUID.randomUUID();
        String id = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\",\"body\":\"first\"}")
                .when().post("/test/notes")
                .then().statusCode(200).extract().asString();

        given().auth().oauth2(Tokens.ades()).queryParam("body", "second")
                .when().post("/test/notes/" + id + "/edit-after-someone-else")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Conflict"), "detail", containsString("reload and try again"));

        given().auth().oauth2(Tokens.ades())
                .when().get("/test/notes/" + id)
                .then().statusCode(200).body("body", equalTo("first"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> effects.names(title))).isEmpty();
    }

    @Test
    void aUniqueKeyAlreadyTakenIs409NotA500() {
        String note = "{\"title\":\"Taken " + UUID.randomUUID() + "\",\"body\":\"b\"}";
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(note)
                .when().post("/test/notes").then().statusCode(200);

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(note)
                .when().post("/test/notes")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409), "detail", containsString("already exists"));
    }

    @Test
    void plainSqlSeesWhatTheSameTransactionChangedThroughEntities() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"title\":\"Seen " + UUID.randomUUID() + "\",\"body\":\"b\"}")
                .when().post("/test/notes/seen-by-sql")
                .then().statusCode(200).body(equalTo("1"));
    }

    @Test
    void noTokenIs401WithAProblemAndABearerChallenge() {
        given().contentType(ContentType.JSON).body("{}")
                .when().post(FORMS)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401), "title", equalTo("Unauthorized"));
    }

    @Test
    void aForgedTokenIs401() {
        given().auth().oauth2(Tokens.forged()).contentType(ContentType.JSON).body(validForm())
                .when().post(FORMS)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void theWrongRoleIs403() {
        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).contentType(ContentType.JSON).body(validForm())
                .when().post(FORMS)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", equalTo(403));
    }

    @Test
    void queryParametersThatConvertAreUsed() {
        given().auth().oauth2(Tokens.ades())
                .queryParam("cycleId", "9e3b1f2a-1111-4c1e-9a0c-5d6c2b3a4e11").queryParam("limit", "5")
                .queryParam("page", "2").queryParam("since", "2026-08-01")
                .when().get(FORMS + "/search")
                .then().statusCode(200)
                .body(equalTo("9e3b1f2a-1111-4c1e-9a0c-5d6c2b3a4e11 5 2 2026-08-01"));
    }

    @Test
    void aBooleanQueryParameterIsTrueOrFalseInAnyCase() {
        given().auth().oauth2(Tokens.ades()).queryParam("mine", "TRUE")
                .when().get(FORMS + "/search")
                .then().statusCode(200).body(equalTo("null null 0 null mine"));
        given().auth().oauth2(Tokens.ades()).queryParam("mine", "false")
                .when().get(FORMS + "/search")
                .then().statusCode(200).body(equalTo("null null 0 null"));
    }

    @Test
    void aQueryParameterThatDoesNotConvertIs400NamingIt() {
        for (String[] bad : new String[][] { { "cycleId", "not-a-uuid", "a UUID" }, { "limit", "abc", "a whole number" },
                { "page", "1.5", "a whole number" }, { "since", "31/01/2026", "a date" },
                { "mine", "perhaps", "true or false" } }) {
            given().auth().oauth2(Tokens.ades()).queryParam(bad[0], bad[1])
                    .when().get(FORMS + "/search")
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem(bad[0]))
                    .body("detail", containsString(bad[2]));
        }
    }

    @Test
    void malformedJsonIs400() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{\"name\": \"x\", ")
                .when().post(FORMS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("not valid JSON"));
    }

    @Test
    void anUnknownFieldIsNamed() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"levels\":[],\"colour\":\"red\"}")
                .when().post(FORMS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("colour"))
                .body("errors.message", hasItem("is not a known field"));
    }

    @Test
    void aWronglyTypedFieldIsNamedWithItsPath() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"levels\":[{\"value\":\"six\",\"label\":\"Excellent\"}]}")
                .when().post(FORMS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("levels[0].value"));
    }

    @Test
    void everyInvalidFieldIsNamed() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"\",\"levels\":[{\"value\":9,\"label\":\"Excellent\"},{\"value\":1}]}")
                .when().post(FORMS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("levels[0].value"))
                .body("errors.field", hasItem("levels[1].label"));
    }

    @Test
    void anInvalidListElementIsNamedByItsIndex() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"levels\":[],\"tags\":[\"fine\",\" \"]}")
                .when().post(FORMS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.contains("tags[1]"));
    }

    @Test
    void aMissingBodyIs400() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .when().post(FORMS)
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aChunkedBodyThatGrowsOverTheLimitIsCutOffWith413AndWritesNothing() throws Exception {
        // No Content-Length to refuse early: the body arrives in chunks and is cut off once it passes the service's
        // limit (2 KiB in these tests), instead of being read up to the HTTP layer's larger limit.
        String title = "Chunked " + UUID.randomUUID();
        String json = "{\"title\":\"" + title + "\",\"body\":\"" + "x".repeat(64 * 1024) + "\"}";
        String statusLine;
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /test/notes HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.ades()
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = json.getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }

        assertThat(statusLine).startsWith("HTTP/1.1 413");
        // The same note sent within the limit is the first with its title: nothing of the cut-off one was written.
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"title\":\"" + title + "\",\"body\":\"small\"}")
                .when().post("/test/notes")
                .then().statusCode(200);
    }

    @Test
    void anOversizedBodyIs413() {
        String big = "{\"name\":\"" + "x".repeat(4000) + "\",\"levels\":[]}";
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(big)
                .when().post(FORMS)
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
    }

    @Test
    void anUnknownPathIs404() {
        given().auth().oauth2(Tokens.ades())
                .when().get("/test/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aUserWithoutACouncilIsToldSo() {
        given().auth().oauth2(Tokens.ades())
                .when().post(FORMS + "/mine")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("not linked to a council"));
    }

    @Test
    void aCouncilUsersCouncilComesFromTheirToken() {
        given().auth().oauth2(Tokens.editor(Tokens.DUNDEE))
                .when().post(FORMS + "/mine")
                .then().statusCode(200)
                .body(equalTo(Tokens.DUNDEE));
    }

    @Test
    void aKeyGivenTwiceIs400NamingItNotA500() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"a\",\"name\":\"b\",\"levels\":[]}")
                .when().post(FORMS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"), "errors[0].message", equalTo("is given more than once"));
    }

    @Test
    void anythingAfterTheJsonDocumentIs400() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(validForm() + " {\"name\":\"y\"}")
                .when().post(FORMS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("more after its JSON document"));
    }

    @Test
    void aFractionForAWholeNumberIs400NotTruncated() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"levels\":[{\"value\":4.9,\"label\":\"Good\"}]}")
                .when().post(FORMS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("levels[0].value"));
    }

    @Test
    void aNumberOrTrueFalseWhereTextIsAskedForIs400() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{\"name\":123,\"levels\":[]}")
                .when().post(FORMS)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{\"name\":true,\"levels\":[]}")
                .when().post(FORMS)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"levels\":[{\"value\":\"4\",\"label\":\"Good\"}]}")
                .when().post(FORMS)
                .then().statusCode(400).body("errors[0].field", equalTo("levels[0].value"));
    }

    @Test
    void aNulOrOtherControlCharacterInTextIs400NamingTheField() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"x\",\"levels\":[{\"value\":4,\"label\":\"Go\\u0000od\"}]}")
                .when().post(FORMS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("levels[0].label"),
                        "errors[0].message", containsString("control characters"));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"\\u0007\",\"levels\":[]}")
                .when().post(FORMS)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"two\\nlines\\twith a tab\",\"levels\":[]}")
                .when().post(FORMS)
                .then().statusCode(200);
    }

    @Test
    void aNulInThePathOrAQueryValueIs400NotA500() {
        given().auth().oauth2(Tokens.ades()).urlEncodingEnabled(false)
                .when().get(FORMS + "/se%00arch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("path"));
        given().auth().oauth2(Tokens.ades()).urlEncodingEnabled(false)
                .when().get(FORMS + "/search?limit=1&since=%00")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("since"));
    }

    @Test
    void aVeryLongPathIs414WithAProblem() {
        given().auth().oauth2(Tokens.ades())
                .when().get(FORMS + "/" + "a".repeat(5000))
                .then().statusCode(414).contentType("application/problem+json")
                .body("status", equalTo(414));
    }

    private static String validForm() {
        return "{\"name\":\"x\",\"levels\":[{\"value\":6,\"label\":\"Excellent\"}]}";
    }
}
