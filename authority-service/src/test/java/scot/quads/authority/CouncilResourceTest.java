package scot.quads.authority;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class CouncilResourceTest {

    @Test
    void everySignedInUserSeesAll32CouncilsWithTheirFamilies() {
        given().auth().oauth2(Tokens.viewer(Tokens.FIFE))
                .when().get("/councils")
                .then().statusCode(200)
                .body("$", hasSize(32))
                .body("name", hasItems("Glasgow City", "Na h-Eileanan Siar", "City of Edinburgh"))
                .body("find { it.gssCode == 'S12000049' }.peopleFamily", equalTo(4))
                .body("find { it.gssCode == 'S12000049' }.otherFamily", equalTo(4));
    }

    @Test
    void councilsNeedASignedInUser() {
        given().when().get("/councils")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void aCouncilIsFoundByItsCodeOrItsOlderCode() {
        given().auth().oauth2(Tokens.ades())
                .when().get("/councils/S12000049")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Glasgow City"), "legacyGssCode", equalTo("S12000046"));

        given().auth().oauth2(Tokens.ades())
                .when().get("/councils/S12000046")
                .then().statusCode(200)
                .body("gssCode", equalTo("S12000049"));
    }

    @Test
    void anUnknownCouncilIs404() {
        given().auth().oauth2(Tokens.ades())
                .when().get("/councils/S12999999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("S12999999"));
    }

    @Test
    void everySeededCouncilIsAnnouncedOnKafka() {
        List<CloudEvent> events = TestKafka.events(Topics.COUNCILS, "S12000013", 1);

        assertThat(events).isNotEmpty();
        assertThat(events.get(0).type()).isEqualTo(Events.COUNCIL_REGISTERED.name());
        assertThat(EventCodec.data(events.get(0), Events.COUNCIL_REGISTERED).name()).isEqualTo("Na h-Eileanan Siar");
    }

    @Test
    void adesRenamesACouncilAndTheChangeIsPublished() {
        String etag = given().auth().oauth2(Tokens.ades()).get("/councils/S12000041").header("ETag");

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(update("Angus Council", 2, 3, true))
                .when().put("/councils/S12000041")
                .then().statusCode(200)
                .body("name", equalTo("Angus Council"), "version", equalTo(2))
                .header("ETag", equalTo("\"2\""));

        List<CloudEvent> events = TestKafka.events(Topics.COUNCILS, "S12000041", 2);
        CloudEvent last = events.get(events.size() - 1);
        assertThat(last.type()).isEqualTo(Events.COUNCIL_UPDATED.name());
        CouncilV1 published = EventCodec.data(last, Events.COUNCIL_UPDATED);
        assertThat(published.name()).isEqualTo("Angus Council");
        assertThat(published.peopleFamily()).isEqualTo(2);
    }

    @Test
    void aStaleEditIsRefusedWithTheCurrentVersion() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(update("Moray", 1, 1, true))
                .when().put("/councils/S12000020")
                .then().statusCode(200);

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(update("Moray Council", 1, 1, true))
                .when().put("/councils/S12000020")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("current", equalTo(2));

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000020")
                .then().body("name", equalTo("Moray"));
    }

    @Test
    void councilUsersCannotEditCouncils() {
        given().auth().oauth2(Tokens.editor(Tokens.GLASGOW)).contentType(ContentType.JSON)
                .body(update("Greater Glasgow", 4, 4, true))
                .when().put("/councils/S12000049")
                .then().statusCode(403)
                .contentType("application/problem+json");

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000049")
                .then().body("name", equalTo("Glasgow City"));
    }

    @Test
    void invalidEditsNameEveryBadFieldAndChangeNothing() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"peopleFamily\":5,\"otherFamily\":0,\"active\":true}")
                .when().put("/councils/S12000042")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "peopleFamily", "otherFamily"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"Dundee\",\"peopleFamily\":4,\"otherFamily\":4,\"active\":true,\"gssCode\":\"S12000099\"}")
                .when().put("/councils/S12000042")
                .then().statusCode(400)
                .body("errors.field", hasItem("gssCode"));

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000042")
                .then().body("name", equalTo("Dundee City"), "version", equalTo(1));
    }

    @Test
    void anEditWithoutIfMatchIs428AndChangesNothing() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(update("Stirling Council", 1, 1, true))
                .when().put("/councils/S12000030")
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match"));

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000030")
                .then().body("name", equalTo("Stirling"), "version", equalTo(1));
    }

    @Test
    void twoCouncilsCannotShareAName() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", etag("S12000045"))
                .body(update("Fife", 3, 3, true))
                .when().put("/councils/S12000045")
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void editingAnUnknownCouncilIs404() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(update("Atlantis", 1, 1, true))
                .when().put("/councils/S12999999")
                .then().statusCode(404);
    }

    @Test
    void editingAnUnknownCouncilWithoutIfMatchIs404NotA428() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(update("Atlantis", 1, 1, true))
                .when().put("/councils/S12999998")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void ifMatchStarChangesTheCouncilAtWhateverVersionItIsNow() {
        io.restassured.path.json.JsonPath council = given().auth().oauth2(Tokens.ades()).get("/councils/S12000035")
                .then().statusCode(200).extract().jsonPath();
        int version = council.getInt("version");
        String body = """
                {"name":"%s","lgbfName":%s,"regionalCollaborative":%s,"peopleFamily":%d,"otherFamily":%d,\
                "active":true}""".formatted(council.getString("name"), quoted(council.getString("lgbfName")),
                quoted(council.getString("regionalCollaborative")), council.getInt("peopleFamily"),
                council.getInt("otherFamily"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", "*")
                .body(body)
                .when().put("/councils/S12000035")
                .then().statusCode(200)
                .header("ETag", equalTo("\"" + (version + 1) + "\""))
                .body("version", equalTo(version + 1), "name", equalTo(council.getString("name")));
    }

    @Test
    void anIfMatchThatIsNoETagIs400NamingIt() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", "yesterday")
                .body(update("Stirling", 1, 1, true))
                .when().put("/councils/S12000030")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("If-Match"));

        given().auth().oauth2(Tokens.ades()).get("/councils/S12000030")
                .then().body("name", equalTo("Stirling"), "version", equalTo(1));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    @Test
    void theServiceIsHealthyAndDescribesItself() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/councils/{code}"))
                // Every error an operation can answer is documented as problem+json; If-Match where required.
                .body("paths.'/councils/{code}'.put.responses", org.hamcrest.Matchers.hasKey("428"))
                .body("paths.'/councils/{code}'.put.responses.'412'.content",
                        org.hamcrest.Matchers.hasKey("application/problem+json"))
                .body("paths.'/councils/{code}'.get.responses.'200'.headers", org.hamcrest.Matchers.hasKey("ETag"))
                .body("paths.'/councils/{code}'.put.parameters.find { it.name == 'If-Match' }.required",
                        equalTo(true))
                .body("components.schemas", org.hamcrest.Matchers.hasKey("Problem"));
        given().auth().oauth2(Tokens.token("scraper", java.util.List.of("quads-metrics"), null))
                .when().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests"));
    }

    private static String update(String name, int people, int other, boolean active) {
        return """
                {"name":"%s","peopleFamily":%d,"otherFamily":%d,"active":%s}""".formatted(name, people, other, active);
    }

    private static String etag(String code) {
        return given().auth().oauth2(Tokens.ades()).get("/councils/" + code).then().statusCode(200)
                .extract().header("ETag");
    }
}
