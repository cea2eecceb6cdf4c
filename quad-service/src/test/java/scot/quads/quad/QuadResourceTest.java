package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;

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
import scot.quads.contract.payload.QuadV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class QuadResourceTest {

    private UUID cycleId;
    private List<String> councils;

    @BeforeEach
    void aCycleAndEightCouncils() {
        cycleId = Feed.cycle(UUID.randomUUID(), LocalDate.now().plusMonths(2), "all-submitted-or-deadline");
        councils = Feed.councils(8);
    }

    @Test
    void adesFormsAQuadAndItIsAnnounced() {
        List<String> members = councils.subList(0, 4);

        Response formed = form(Tokens.ades(), body("Family 2 — quad A", members, "Jo Bloggs", "Paired for numeracy"));

        formed.then().statusCode(201)
                .body("name", equalTo("Family 2 — quad A"))
                .body("cycleId", equalTo(cycleId.toString()))
                .body("members.code", contains(members.toArray()))
                .body("members.name", hasItem("Council " + members.get(0)))
                .body("facilitator", equalTo("Jo Bloggs"))
                .body("notes", equalTo("Paired for numeracy"))
                .body("formedBy", equalTo("ades"));
        String quadId = formed.path("id");
        assertThat(formed.header("Location")).endsWith("/quads/" + quadId);

        given().auth().oauth2(Tokens.ades()).get(formed.header("Location"))
                .then().statusCode(200).body("id", equalTo(quadId));

        List<CloudEvent> events = TestKafka.events(Topics.QUADS, quadId, 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).type()).isEqualTo(Events.QUAD_FORMED.name());
        QuadV1 published = EventCodec.data(events.get(0), Events.QUAD_FORMED);
        assertThat(published.quadId()).hasToString(quadId);
        assertThat(published.cycleId()).isEqualTo(cycleId);
        assertThat(published.name()).isEqualTo("Family 2 — quad A");
        assertThat(published.memberCouncilCodes()).containsExactlyElementsOf(members);
    }

    @Test
    void quadsOfThreeAndOfFiveAreAllowed() {
        form(Tokens.ades(), body("Three", councils.subList(0, 3))).then().statusCode(201);
        form(Tokens.ades(), body("Five", councils.subList(3, 8))).then().statusCode(201);

        quadsOfCycle().then().body("name", contains("Five", "Three"));
    }

    @Test
    void aQuadForAnUnknownCycleIs404() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(body("Nowhere", councils.subList(0, 4)))
                .when().post("/cycles/" + UUID.randomUUID() + "/quads")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("Cycle"));
    }

    @Test
    void theSameCouncilTwiceIsRefusedNamingMembers() {
        List<String> members = List.of(councils.get(0), councils.get(1), councils.get(2), councils.get(1));

        form(Tokens.ades(), body("Twice", members))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("members"))
                .body("detail", containsString(councils.get(1) + " more than once"));

        assertNoQuads();
    }

    @Test
    void anUnknownCouncilIsRefusedByName() {
        String unknown = Feed.newCouncilCode();

        form(Tokens.ades(), body("Unknown", List.of(councils.get(0), councils.get(1), unknown, councils.get(2))))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("members[2]"))
                .body("errors[0].message", containsString(unknown))
                .body("detail", containsString(unknown));

        assertNoQuads();
    }

    @Test
    void anInactiveCouncilIsRefusedByName() {
        String inactive = Feed.newCouncilCode();
        Feed.council(inactive, "Dissolved Council", false);
        await().until(() -> Feed.tx(() -> Stored.council(inactive) != null));

        form(Tokens.ades(), body("Inactive", List.of(inactive, councils.get(0), councils.get(1), councils.get(2))))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("members[0]"))
                .body("detail", containsString(inactive))
                .body("detail", containsString("Dissolved Council"));

        assertNoQuads();
    }

    @Test
    void fewerThanThreeOrMoreThanFiveCouncilsAreRefused() {
        form(Tokens.ades(), body("Pair", councils.subList(0, 2)))
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("members"))
                .body("errors[0].message", containsString("3 to 5"));
        form(Tokens.ades(), body("Six", councils.subList(0, 6)))
                .then().statusCode(422)
                .body("errors.field", contains("members"));
        form(Tokens.ades(), body("Nobody", List.of()))
                .then().statusCode(422);

        assertNoQuads();
    }

    @Test
    void aCouncilAlreadyInAnotherQuadOfTheCycleIsAConflictNamingBoth() {
        String first = form(Tokens.ades(), body("Quad A", councils.subList(0, 4))).then().statusCode(201)
                .extract().path("id");
        String taken = councils.get(3);

        form(Tokens.ades(), body("Quad B", List.of(taken, councils.get(4), councils.get(5), councils.get(6))))
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(taken))
                .body("detail", containsString("Quad A"))
                .body("conflicts[0].council", equalTo(taken))
                .body("conflicts[0].quadId", equalTo(first))
                .body("conflicts[0].quadName", equalTo("Quad A"));

        quadsOfCycle().then().body("name", contains("Quad A"));
    }

    @Test
    void theSameCouncilMayBeInAQuadOfAnotherCycle() {
        UUID nextCycle = Feed.cycle(UUID.randomUUID(), LocalDate.now().plusYears(1), "all-submitted-or-deadline");
        form(Tokens.ades(), body("This year", councils.subList(0, 4))).then().statusCode(201);

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(body("Next year", councils.subList(0, 4)))
                .when().post("/cycles/" + nextCycle + "/quads")
                .then().statusCode(201);
    }

    @Test
    void badBodiesNameEveryBadFieldAndWriteNothing() {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\" \",\"notes\":\"" + "x".repeat(2001) + "\"}")
                .when().post("/cycles/" + cycleId + "/quads")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "members", "notes"));

        form(Tokens.ades(), body("x".repeat(101), councils.subList(0, 4)))
                .then().statusCode(400)
                .body("errors.field", contains("name"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"Q\",\"members\":[\"" + councils.get(0) + "\"],\"colour\":\"red\"}")
                .when().post("/cycles/" + cycleId + "/quads")
                .then().statusCode(400)
                .body("errors.field", hasItem("colour"));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("not json")
                .when().post("/cycles/" + cycleId + "/quads")
                .then().statusCode(400).contentType("application/problem+json");

        assertNoQuads();
    }

    @Test
    void onlyAdesFormsQuads() {
        String member = councils.get(0);
        form(Tokens.editor(member), body("Self-made", councils.subList(0, 4)))
                .then().statusCode(403).contentType("application/problem+json");
        form(Tokens.viewer(member), body("Self-made", councils.subList(0, 4)))
                .then().statusCode(403);

        given().contentType(ContentType.JSON).body(body("Anonymous", councils.subList(0, 4)))
                .when().post("/cycles/" + cycleId + "/quads")
                .then().statusCode(401).contentType("application/problem+json");
        form(Tokens.forged(), body("Forged", councils.subList(0, 4))).then().statusCode(401);

        assertNoQuads();
    }

    @Test
    void adesListsEveryQuadAndACouncilUserOnlyTheirOwn() {
        form(Tokens.ades(), body("Quad A", councils.subList(0, 4))).then().statusCode(201);
        form(Tokens.ades(), body("Quad B", councils.subList(4, 8))).then().statusCode(201);

        quadsOfCycle().then().statusCode(200).body("name", contains("Quad A", "Quad B"));
        given().auth().oauth2(Tokens.viewer(councils.get(5)))
                .when().get("/cycles/" + cycleId + "/quads")
                .then().statusCode(200)
                .body("name", contains("Quad B"));

        String outsider = Feed.councils(1).get(0);
        given().auth().oauth2(Tokens.editor(outsider))
                .when().get("/cycles/" + cycleId + "/quads")
                .then().statusCode(200).body("$", empty());

        given().when().get("/cycles/" + cycleId + "/quads").then().statusCode(401);
        given().auth().oauth2(Tokens.nobody()).when().get("/cycles/" + cycleId + "/quads").then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + UUID.randomUUID() + "/quads")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aQuadIsSeenByItsMembersAndAdesOnly() {
        String quadId = form(Tokens.ades(), body("Quad A", councils.subList(0, 4))).then().statusCode(201)
                .extract().path("id");

        given().auth().oauth2(Tokens.viewer(councils.get(2))).when().get("/quads/" + quadId)
                .then().statusCode(200)
                .body("name", equalTo("Quad A"))
                .body("members", hasSize(4));
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadId).then().statusCode(200);

        given().auth().oauth2(Tokens.editor(councils.get(5))).when().get("/quads/" + quadId)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor(councils.get(5))).when().get("/quads/" + quadId + "/comparison")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.nobody()).when().get("/quads/" + quadId).then().statusCode(403);
        given().when().get("/quads/" + quadId).then().statusCode(401);
    }

    @Test
    void guessingAQuadIdTellsACouncilUserNothing() {
        UUID guess = UUID.randomUUID();

        given().auth().oauth2(Tokens.editor(councils.get(0))).when().get("/quads/" + guess)
                .then().statusCode(403);
        given().auth().oauth2(Tokens.editor(councils.get(0))).when().get("/quads/" + guess + "/comparison")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + guess)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCouncilFindsItsOwnQuadForACycle() {
        String quadId = form(Tokens.ades(), body("Quad A", councils.subList(0, 4))).then().statusCode(201)
                .extract().path("id");

        given().auth().oauth2(Tokens.editor(councils.get(1))).queryParam("cycleId", cycleId.toString())
                .when().get("/quads/mine")
                .then().statusCode(200)
                .body("id", equalTo(quadId))
                .body("members.code", hasItem(councils.get(1)));

        given().auth().oauth2(Tokens.editor(councils.get(6))).queryParam("cycleId", cycleId.toString())
                .when().get("/quads/mine")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString(councils.get(6)));
        given().auth().oauth2(Tokens.editor(councils.get(1)))
                .when().get("/quads/mine")
                .then().statusCode(400).body("errors.field", contains("cycleId"));
        given().auth().oauth2(Tokens.editor(councils.get(1))).queryParam("cycleId", "last-year")
                .when().get("/quads/mine")
                .then().statusCode(400).body("errors.field", contains("cycleId"));
        given().auth().oauth2(Tokens.ades()).queryParam("cycleId", cycleId.toString())
                .when().get("/quads/mine")
                .then().statusCode(403);
    }

    @Test
    void theServiceIsHealthyAndDescribesItself() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/quads/{quadId}/comparison"));
    }

    private Response form(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/cycles/" + cycleId + "/quads");
    }

    private Response quadsOfCycle() {
        return given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/quads");
    }

    private void assertNoQuads() {
        quadsOfCycle().then().statusCode(200).body("$", empty());
    }

    static String body(String name, List<String> members) {
        return body(name, members, null, null);
    }

    static String body(String name, List<String> members, String facilitator, String notes) {
        StringBuilder json = new StringBuilder("{\"name\":\"").append(name).append("\",\"members\":[");
        json.append(String.join(",", members.stream().map(m -> "\"" + m + "\"").toList())).append(']');
        if (facilitator != null) {
            json.append(",\"facilitator\":\"").append(facilitator).append('"');
        }
        if (notes != null) {
            json.append(",\"notes\":\"").append(notes).append('"');
        }
        return json.append('}').toString();
    }
}
