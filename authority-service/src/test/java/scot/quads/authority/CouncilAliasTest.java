package scot.quads.authority;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class CouncilAliasTest {

    @Test
    void aCouncilIsFoundByAnyNameOrCodeItGoesBy() {
        Map<String, String> spellings = new LinkedHashMap<>();
        spellings.put("Edinburgh, City of", "S12000036");
        spellings.put("edinburgh city", "S12000036");
        spellings.put("City of Edinburgh Council", "S12000036");
        spellings.put("Eilean Siar", "S12000013");
        spellings.put("Comhairle nan Eilean Siar", "S12000013");
        spellings.put("argyll & bute", "S12000035");
        spellings.put("Dumfries & Galloway", "S12000006");
        spellings.put("Perth and  Kinross", "S12000048");
        spellings.put("Orkney", "S12000023");
        spellings.put("Shetland", "S12000027");
        spellings.put("S12000046", "S12000049");
        spellings.put("s12000049", "S12000049");
        spellings.forEach((name, gssCode) -> given().auth().oauth2(Tokens.viewer(Tokens.FIFE))
                .queryParam("name", name)
                .when().get("/councils/lookup")
                .then().statusCode(200)
                .body("gssCode", equalTo(gssCode)));
    }

    @Test
    void anUnknownOrMissingNameIsAClearError() {
        given().auth().oauth2(Tokens.ades()).queryParam("name", "Atlantis")
                .when().get("/councils/lookup")
                .then().statusCode(404).contentType("application/problem+json")
                .body("errors.field", hasItem("name"), "detail", containsString("Atlantis"));
        given().auth().oauth2(Tokens.ades())
                .when().get("/councils/lookup")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        given().queryParam("name", "Fife").when().get("/councils/lookup").then().statusCode(401);
    }

    @Test
    void everySignedInUserSeesACouncilsAliases() {
        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW))
                .when().get("/councils/S12000036/aliases")
                .then().statusCode(200)
                .body("gssCode", equalTo("S12000036"))
                .body("aliases", hasItems("Edinburgh, City of", "Edinburgh City", "City of Edinburgh"));
    }

    @Test
    void adesReplacesAliasesAuditedAndAnnounced() {
        int before = TestKafka.events(Topics.COUNCILS, "S12000005", 1).size();

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"aliases\":[\"Clackmannanshire\",\"Clacks\",\"The Wee County\",\"clacks\"]}")
                .when().put("/councils/S12000005/aliases")
                .then().statusCode(200)
                .body("aliases", equalTo(List.of("Clackmannanshire", "Clacks", "The Wee County")));

        given().auth().oauth2(Tokens.ades()).queryParam("name", "the wee county")
                .when().get("/councils/lookup")
                .then().statusCode(200).body("gssCode", equalTo("S12000005"));

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000005/audit")
                .then().statusCode(200)
                .body("[0].action", equalTo("aliases.changed"), "[0].by", equalTo("ades"))
                .body("[0].before", equalTo(List.of("Clackmannanshire")))
                .body("[0].after", equalTo(List.of("Clackmannanshire", "Clacks", "The Wee County")));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> TestKafka.events(Topics.COUNCILS, "S12000005", before + 1).stream()
                        .anyMatch(e -> e.type().equals(Events.COUNCIL_UPDATED.name())));
    }

    @Test
    void anAliasThatNamesAnotherCouncilIsAConflictAndChangesNothing() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"aliases\":[\"Midlothian\",\"Perth & Kinross\"]}")
                .when().put("/councils/S12000019/aliases")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("aliases[1]")))
                .body("errors[0].message", containsString("S12000048"));

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000019/aliases")
                .then().body("aliases", equalTo(List.of("Midlothian")));
    }

    @Test
    void onlyAdesChangesAliasesAndBadListsAreRefused() {
        given().auth().oauth2(Tokens.editor(Tokens.DUNDEE)).contentType(ContentType.JSON)
                .body("{\"aliases\":[\"Dundee\"]}")
                .when().put("/councils/S12000042/aliases")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"aliases\":[\"Dundee\",\" \"]}")
                .when().put("/councils/S12000042/aliases")
                .then().statusCode(400).body("errors.field", hasItem("aliases[1]"));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"aliases\":[\"Dundee\",\"--\"]}")
                .when().put("/councils/S12000042/aliases")
                .then().statusCode(400).body("errors.field", hasItem("aliases[1]"));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{}")
                .when().put("/councils/S12000042/aliases")
                .then().statusCode(400).body("errors.field", hasItem("aliases"));

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000042/aliases")
                .then().body("aliases", hasItems("Dundee", "Dundee City"));
    }

    @Test
    void aCouncilIsDeactivatedNeverDeletedAndTheChangeIsAudited() {
        String etag = given().auth().oauth2(Tokens.ades()).get("/councils/S12000014").header("ETag");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"name\":\"Falkirk\",\"lgbfName\":\"Falkirk\",\"regionalCollaborative\":\"Forth and Almond "
                        + "Valley\",\"peopleFamily\":3,\"otherFamily\":4,\"active\":false}")
                .when().put("/councils/S12000014")
                .then().statusCode(200).body("active", equalTo(false));

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000014/audit")
                .then().statusCode(200)
                .body("[0].action", equalTo("council.updated"))
                .body("[0].before.active", equalTo(true), "[0].after.active", equalTo(false));

        given().auth().oauth2(Tokens.ades()).when().delete("/councils/S12000014")
                .then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).queryParam("name", "Falkirk").get("/councils/lookup")
                .then().statusCode(200).body("active", equalTo(false));

        given().auth().oauth2(Tokens.viewer(Tokens.FIFE)).get("/councils/S12000014/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).get("/councils/S12999999/audit").then().statusCode(404);
        assertThat(given().auth().oauth2(Tokens.ades()).get("/councils").jsonPath().getList("gssCode")).hasSize(32);
    }
}
