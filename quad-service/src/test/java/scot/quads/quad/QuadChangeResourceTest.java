package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.QuadChangedV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class QuadChangeResourceTest {

    private UUID cycleId;
    private List<String> councils;

    @BeforeEach
    void aCycleAndEightCouncils() {
        cycleId = Feed.cycle(UUID.randomUUID(), LocalDate.now().plusMonths(2), "all-submitted-or-deadline");
        councils = Feed.councils(8);
    }

    @Test
    void adesChangesAQuadsMembersAndEveryoneHearsWhoJoinedAndLeft() {
        String quadId = formed("Quad A", councils.subList(0, 4));
        String etag = etagOf(quadId);
        List<String> members = List.of(councils.get(0), councils.get(1), councils.get(4), councils.get(2));

        edit(Tokens.ades(), quadId, etag, QuadResourceTest.body("Quad A+", members, "Sam Officer", "Swapped"))
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Quad A+"))
                .body("members.code", contains(members.toArray()))
                .body("facilitator", equalTo("Sam Officer"))
                .body("updatedBy", equalTo("ades"));

        List<CloudEvent> events = TestKafka.events(Topics.QUADS, quadId, 2);
        CloudEvent changed = events.stream().filter(e -> e.type().equals(Events.QUAD_CHANGED.name()))
                .findFirst().orElseThrow();
        QuadChangedV1 payload = EventCodec.data(changed, Events.QUAD_CHANGED);
        assertThat(payload.name()).isEqualTo("Quad A+");
        assertThat(payload.memberCouncilCodes()).containsExactlyElementsOf(members);
        assertThat(payload.joined()).containsExactly(councils.get(4));
        assertThat(payload.left()).containsExactly(councils.get(3));

        given().auth().oauth2(Tokens.viewer(councils.get(3))).when().get("/quads/" + quadId)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.viewer(councils.get(4))).when().get("/quads/" + quadId)
                .then().statusCode(200).body("name", equalTo("Quad A+"));
    }

    @Test
    void aChangeNeedsTheCurrentVersion() {
        String quadId = formed("Quad A", councils.subList(0, 4));
        String body = QuadResourceTest.body("Renamed", councils.subList(0, 4));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(body)
                .when().put("/quads/" + quadId)
                .then().statusCode(428).contentType("application/problem+json");

        String first = etagOf(quadId);
        edit(Tokens.ades(), quadId, first, body).then().statusCode(200);
        edit(Tokens.ades(), quadId, first, QuadResourceTest.body("Lost update", councils.subList(0, 4)))
                .then().statusCode(412).contentType("application/problem+json")
                .body("detail", containsString("changed since you read it"));

        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadId)
                .then().body("name", equalTo("Renamed"));
    }

    @Test
    void aChangeFollowsTheRulesOfFormingAndWritesNothingWhenRefused() {
        String quadA = formed("Quad A", councils.subList(0, 4));
        formed("Quad B", councils.subList(4, 8));
        String etag = etagOf(quadA);

        edit(Tokens.ades(), quadA, etag, QuadResourceTest.body("Poacher",
                List.of(councils.get(0), councils.get(1), councils.get(2), councils.get(5))))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString(councils.get(5)))
                .body("conflicts[0].quadName", equalTo("Quad B"));
        edit(Tokens.ades(), quadA, etag, QuadResourceTest.body("Pair", councils.subList(0, 2)))
                .then().statusCode(422).body("errors.field", contains("members"));
        edit(Tokens.ades(), quadA, etag, QuadResourceTest.body("Twice",
                List.of(councils.get(0), councils.get(1), councils.get(1))))
                .then().statusCode(422).body("detail", containsString("more than once"));
        String unknown = Feed.newCouncilCode();
        edit(Tokens.ades(), quadA, etag, QuadResourceTest.body("Unknown",
                List.of(councils.get(0), councils.get(1), unknown)))
                .then().statusCode(422).body("errors.field", contains("members[2]"));
        edit(Tokens.ades(), quadA, etag, "{\"name\":\"\",\"members\":null}")
                .then().statusCode(400).body("errors.field", hasItem("name")).body("errors.field", hasItem("members"));

        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadA)
                .then().body("name", equalTo("Quad A")).body("members.code", contains(councils.subList(0, 4).toArray()))
                .header("ETag", equalTo(etag));
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadA + "/audit")
                .then().statusCode(200).body("action", contains("formed"));
    }

    @Test
    void onlyAdesChangesDissolvesOrReadsTheAudit() {
        String quadId = formed("Quad A", councils.subList(0, 4));
        String etag = etagOf(quadId);
        String body = QuadResourceTest.body("Mine now", councils.subList(0, 4));

        edit(Tokens.editor(councils.get(0)), quadId, etag, body).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor(councils.get(0))).when().delete("/quads/" + quadId)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.viewer(councils.get(0))).when().get("/quads/" + quadId + "/audit")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).header("If-Match", etag).body(body).when().put("/quads/" + quadId)
                .then().statusCode(401);
        given().when().delete("/quads/" + quadId).then().statusCode(401);
        given().when().get("/quads/" + quadId + "/audit").then().statusCode(401);

        edit(Tokens.ades(), UUID.randomUUID().toString(), "\"0\"", body).then().statusCode(404);
        given().auth().oauth2(Tokens.ades()).header("If-Match", "\"0\"").when().delete("/quads/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + UUID.randomUUID() + "/audit")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadId)
                .then().body("name", equalTo("Quad A"));
    }

    @Test
    void dissolvingAQuadFreesItsCouncilsAndEveryoneHearsTheyLeft() {
        String quadId = formed("Quad A", councils.subList(0, 4));

        given().auth().oauth2(Tokens.ades()).header("If-Match", etagOf(quadId)).when().delete("/quads/" + quadId)
                .then().statusCode(204);

        CloudEvent dissolved = TestKafka.events(Topics.QUADS, quadId, 2).stream()
                .filter(e -> e.type().equals(Events.QUAD_CHANGED.name())).findFirst().orElseThrow();
        QuadChangedV1 payload = EventCodec.data(dissolved, Events.QUAD_CHANGED);
        assertThat(payload.memberCouncilCodes()).isEmpty();
        assertThat(payload.joined()).isEmpty();
        assertThat(payload.left()).containsExactlyElementsOf(councils.subList(0, 4));

        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/quads")
                .then().statusCode(200).body("$", empty());
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadId + "/comparison")
                .then().statusCode(404).body("detail", containsString("dissolved"));
        given().auth().oauth2(Tokens.editor(councils.get(0))).queryParam("cycleId", cycleId.toString())
                .when().get("/quads/mine").then().statusCode(404);
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadId)
                .then().statusCode(200).body("dissolvedBy", equalTo("ades")).body("members", empty());
        given().auth().oauth2(Tokens.ades()).header("If-Match", etagOf(quadId)).when().delete("/quads/" + quadId)
                .then().statusCode(409).body("detail", containsString("dissolved"));
        edit(Tokens.ades(), quadId, etagOf(quadId), QuadResourceTest.body("Back", councils.subList(0, 4)))
                .then().statusCode(409);

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(QuadResourceTest.body("Quad A again", councils.subList(0, 4)))
                .when().post("/cycles/" + cycleId + "/quads").then().statusCode(201);
    }

    @Test
    void anEditThatChangesNothingIsNotAChange() {
        String quadId = formed("Quad A", councils.subList(0, 4));
        String etag = etagOf(quadId);

        edit(Tokens.ades(), quadId, etag, QuadResourceTest.body("Quad A", councils.subList(0, 4)))
                .then().statusCode(200).header("ETag", equalTo(etag));

        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadId + "/audit")
                .then().body("action", contains("formed"));
    }

    @Test
    void aDissolutionWithoutIfMatchIs428AndTheQuadStays() {
        String quadId = formed("Quad A", councils.subList(0, 4));

        given().auth().oauth2(Tokens.ades()).when().delete("/quads/" + quadId)
                .then().statusCode(428).contentType("application/problem+json")
                .body("detail", containsString("If-Match"));
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/quads")
                .then().body("name", contains("Quad A"));
    }

    @Test
    void dissolvingOrChangingAnUnknownQuadIs404WithOrWithoutIfMatch() {
        String unknown = UUID.randomUUID().toString();
        given().auth().oauth2(Tokens.ades()).when().delete("/quads/" + unknown)
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(QuadResourceTest.body("Nowhere", councils.subList(0, 4)))
                .when().put("/quads/" + unknown)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void ifMatchStarChangesAndDissolvesTheQuadAtWhateverVersionItIsNow() {
        String quadId = formed("Quad A", councils.subList(0, 4));
        edit(Tokens.ades(), quadId, etagOf(quadId), QuadResourceTest.body("Renamed", councils.subList(0, 4)))
                .then().statusCode(200);

        edit(Tokens.ades(), quadId, "*", QuadResourceTest.body("Renamed again", councils.subList(0, 4)))
                .then().statusCode(200).body("name", equalTo("Renamed again"));
        given().auth().oauth2(Tokens.ades()).header("If-Match", "*").when().delete("/quads/" + quadId)
                .then().statusCode(204);
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/quads")
                .then().body("name", empty());
    }

    @Test
    void aStaleDissolutionIsRefused() {
        String quadId = formed("Quad A", councils.subList(0, 4));
        String etag = etagOf(quadId);
        edit(Tokens.ades(), quadId, etag, QuadResourceTest.body("Renamed", councils.subList(0, 4)))
                .then().statusCode(200);

        given().auth().oauth2(Tokens.ades()).header("If-Match", etag).when().delete("/quads/" + quadId)
                .then().statusCode(412);
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/quads")
                .then().body("name", contains("Renamed"));
    }

    @Test
    void theAuditTellsWhoChangedWhatAndWhen() {
        String quadId = formed("Quad A", councils.subList(0, 4));
        List<String> members = List.of(councils.get(0), councils.get(1), councils.get(2), councils.get(5));
        edit(Tokens.ades(), quadId, etagOf(quadId), QuadResourceTest.body("Quad A2", members, null, "Rotated"))
                .then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).header("If-Match", etagOf(quadId)).when().delete("/quads/" + quadId)
                .then().statusCode(204);

        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadId + "/audit")
                .then().statusCode(200)
                .body("action", contains("formed", "edited", "dissolved"))
                .body("by", contains("ades", "ades", "ades"))
                .body("at", hasItem(notNullValue()))
                .body("[0].membersAfter", contains(councils.subList(0, 4).toArray()))
                .body("[1].membersBefore", contains(councils.subList(0, 4).toArray()))
                .body("[1].membersAfter", contains(members.toArray()))
                .body("[1].joined", contains(councils.get(5)))
                .body("[1].left", contains(councils.get(3)))
                .body("[1].changes.field", contains("name", "notes"))
                .body("[1].changes[0].from", equalTo("Quad A"))
                .body("[1].changes[0].to", equalTo("Quad A2"))
                .body("[2].left", contains(members.toArray()))
                .body("[2].membersAfter", empty());
    }

    private String formed(String name, List<String> members) {
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(QuadResourceTest.body(name, members))
                .when().post("/cycles/" + cycleId + "/quads")
                .then().statusCode(201).extract().path("id");
    }

    private static String etagOf(String quadId) {
        return given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadId)
                .then().statusCode(200).extract().header("ETag");
    }

    private static Response edit(String token, String quadId, String etag, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put("/quads/" + quadId);
    }
}
