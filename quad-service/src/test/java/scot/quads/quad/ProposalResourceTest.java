package scot.quads.quad;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
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
@QuarkusTestResource(AuthorityStub.class)
class ProposalResourceTest {

    private UUID cycleId;
    private int family;
    /** Eight councils of one fresh family: low on the indicator (0..3), then high (4..7). */
    private List<String> councils;
    private String indicator;

    @BeforeEach
    void aCycleAndAFamilyOfEightWithValues() {
        AuthorityStub.server().resetAll();
        cycleId = Feed.cycle(UUID.randomUUID(), LocalDate.now().plusMonths(2), "all-submitted-or-deadline");
        family = ThreadLocalRandom.current().nextInt(1_000, 1_000_000);
        councils = family(family, 8);
        indicator = "T" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Map<String, Double> values = new LinkedHashMap<>();
        for (int i = 0; i < 8; i++) {
            values.put(councils.get(i), i < 4 ? 10.0 + i : 90.0 + i);
        }
        AuthorityStub.indicators(indicator);
        AuthorityStub.values(indicator, values);
    }

    @Test
    void adesGetsAProposalThatExplainsItselfAndFormsNothing() {
        Response proposed = propose(Tokens.ades(), body(false, null, "", ""));

        proposed.then().statusCode(201)
                .body("cycleId", equalTo(cycleId.toString()))
                .body("familySet", equalTo("people"))
                .body("createdBy", equalTo("ades"))
                .body("indicators[0].code", equalTo(indicator))
                .body("indicators[0].period", equalTo("2022-23"))
                .body("indicators[0].title", equalTo("Indicator " + indicator));
        String id = proposed.path("id");
        assertThat(proposed.header("Location")).endsWith("/quad-proposals/" + id);
        JsonPath mine = myFamily(proposed.jsonPath());
        assertThat(mine.getList("quads.members.code")).containsExactly(councils.subList(0, 4), councils.subList(4, 8));
        assertThat(mine.getInt("splitsConsidered")).isEqualTo(35);
        assertThat(mine.getList("alternatives")).hasSize(35);
        assertThat(mine.getInt("alternatives[0].rank")).isEqualTo(1);
        assertThat(mine.getFloat("alternatives[1].score")).isGreaterThan(mine.getFloat("alternatives[0].score"));
        assertThat(mine.getFloat("quads[0].members[1].values." + indicator)).isEqualTo(11.0f);
        assertThat(mine.getFloat("quads[0].spread")).isLessThan(mine.getFloat("alternatives[1].spread"));
        assertThat(proposed.jsonPath().getList("quads.name"))
                .contains("People family " + family + " — quad A", "People family " + family + " — quad B");

        given().auth().oauth2(Tokens.ades()).when().get("/quad-proposals/" + id)
                .then().statusCode(200).body("id", equalTo(id)).body("confirmedAt", equalTo(null));
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/quads")
                .then().body("$", empty());
        AuthorityStub.server().verify(getRequestedFor(urlPathEqualTo("/indicators/" + indicator + "/values"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void confirmingFormsEveryProposedQuadAndAnnouncesEach() {
        String id = propose(Tokens.ades(), body(false, null, "", "")).then().statusCode(201).extract().path("id");

        List<String> formed = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{}")
                .when().post("/quad-proposals/" + id + "/confirm")
                .then().statusCode(200).extract().jsonPath().getList("id");

        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/quads")
                .then().body("name", hasItems("People family " + family + " — quad A",
                        "People family " + family + " — quad B"))
                .body("id", containsInAnyOrder(formed.toArray()));
        given().auth().oauth2(Tokens.viewer(councils.get(5))).queryParam("cycleId", cycleId.toString())
                .when().get("/quads/mine").then().statusCode(200)
                .body("members.code", contains(councils.subList(4, 8).toArray()));
        for (String quadId : formed) {
            List<CloudEvent> events = TestKafka.events(Topics.QUADS, quadId, 1);
            assertThat(events.get(0).type()).isEqualTo(Events.QUAD_FORMED.name());
        }
        given().auth().oauth2(Tokens.ades()).when().get("/quad-proposals/" + id)
                .then().body("confirmedBy", equalTo("ades"))
                .body("formedQuadIds", containsInAnyOrder(formed.toArray()));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{}")
                .when().post("/quad-proposals/" + id + "/confirm")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("already confirmed"));
    }

    @Test
    void adesMayAdjustTheQuadsBeforeConfirming() {
        String id = propose(Tokens.ades(), body(false, null, "", "")).then().statusCode(201).extract().path("id");
        List<String> first = List.of(councils.get(0), councils.get(1), councils.get(2), councils.get(7));
        List<String> second = List.of(councils.get(3), councils.get(4), councils.get(5), councils.get(6));

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"quads\":[" + quad("Swapped one", first) + "," + quad("Swapped two", second) + "]}")
                .when().post("/quad-proposals/" + id + "/confirm")
                .then().statusCode(200).body("name", contains("Swapped one", "Swapped two"))
                .body("[0].members.code", contains(first.toArray()));
    }

    @Test
    void aBadAdjustmentFormsNoQuadAtAll() {
        String id = propose(Tokens.ades(), body(false, null, "", "")).then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"quads\":[" + quad("Fine", councils.subList(0, 4)) + ","
                        + quad("Overlaps", List.of(councils.get(3), councils.get(4), councils.get(5))) + ","
                        + quad("Pair", councils.subList(6, 8)) + "]}")
                .when().post("/quad-proposals/" + id + "/confirm")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("quads[1].members", "quads[2].members"))
                .body("detail", containsString(councils.get(3)));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"quads\":[{\"name\":\"\",\"members\":null}]}")
                .when().post("/quad-proposals/" + id + "/confirm")
                .then().statusCode(400).body("errors.field", hasItems("quads[0].name", "quads[0].members"));

        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/quads")
                .then().body("$", empty());
        given().auth().oauth2(Tokens.ades()).when().get("/quad-proposals/" + id)
                .then().body("confirmedAt", equalTo(null));
    }

    @Test
    void confirmingIntoACycleWhoseQuadsClashIsAConflictAndFormsNothing() {
        String id = propose(Tokens.ades(), body(false, null, "", "")).then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(QuadResourceTest.body("Already here", List.of(councils.get(0), councils.get(4),
                        Feed.councils(1).get(0))))
                .when().post("/cycles/" + cycleId + "/quads").then().statusCode(201);

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{}")
                .when().post("/quad-proposals/" + id + "/confirm")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Already here"))
                .body("conflicts.council", hasItems(councils.get(0), councils.get(4)));

        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/quads")
                .then().body("name", contains("Already here"));
    }

    @Test
    void lastCyclesPartnersAreSplitUpWhenAsked() {
        UUID previous = Feed.cycle(UUID.randomUUID(), LocalDate.now().minusMonths(10), "all-submitted-or-deadline");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(QuadResourceTest.body("Last year", List.of(councils.get(0), councils.get(1),
                        Feed.councils(1).get(0))))
                .when().post("/cycles/" + previous + "/quads").then().statusCode(201);
        JsonPath unconstrained = myFamily(propose(Tokens.ades(), body(false, null, "", ""))
                .then().statusCode(201).extract().jsonPath());
        assertThat(unconstrained.getList("quads[0].members.code")).contains(councils.get(0), councils.get(1));

        Response proposed = propose(Tokens.ades(), body(true, previous, "", ""));

        proposed.then().statusCode(201)
                .body("previousCycleId", equalTo(previous.toString()))
                .body("previousPartners", hasItem(List.of(councils.get(0), councils.get(1))));
        JsonPath mine = myFamily(proposed.jsonPath());
        assertThat(mine.getInt("avoidedPairsTogether")).isZero();
        for (List<String> quad : mine.<List<String>>getList("quads.members.code")) {
            assertThat(quad.containsAll(List.of(councils.get(0), councils.get(1)))).isFalse();
        }
    }

    @Test
    void councilsToKeepTogetherOrApartAreRespected() {
        String together = "[[\"" + councils.get(0) + "\",\"" + councils.get(7) + "\"]]";
        String apart = "[[\"" + councils.get(1) + "\",\"" + councils.get(2) + "\"]]";

        JsonPath mine = myFamily(propose(Tokens.ades(), body(false, null, together, apart))
                .then().statusCode(201).extract().jsonPath());

        for (List<String> quad : mine.<List<String>>getList("quads.members.code")) {
            assertThat(quad.contains(councils.get(0))).isEqualTo(quad.contains(councils.get(7)));
            assertThat(quad.containsAll(List.of(councils.get(1), councils.get(2)))).isFalse();
        }
    }

    @Test
    void impossibleOrUnknownRequestsAreRefusedNamingTheField() {
        String elsewhere = family(family + 1, 3).get(0);
        propose(Tokens.ades(), body(false, null, "[[\"" + councils.get(0) + "\",\"" + elsewhere + "\"]]", ""))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("keepTogether[0]"))
                .body("detail", containsString("different families"));

        propose(Tokens.ades(), "{\"familySet\":\"people\",\"indicators\":[{\"code\":\"NOPE1\",\"weight\":1}]}")
                .then().statusCode(422).body("errors.field", contains("indicators[0]"))
                .body("detail", containsString("NOPE1"));
        propose(Tokens.ades(), body(true, UUID.randomUUID(), "", ""))
                .then().statusCode(422).body("errors.field", contains("previousCycleId"));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(body(false, null, "", ""))
                .when().post("/cycles/" + UUID.randomUUID() + "/quad-proposals")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badBodiesNameEveryBadField() {
        propose(Tokens.ades(), "{\"familySet\":\"pets\",\"indicators\":[{\"code\":\"\",\"weight\":-1}],"
                + "\"keepApart\":[[\"S1\"]]}")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("familySet", "indicators[0].code", "indicators[0].weight",
                        "keepApart[0]"));
        propose(Tokens.ades(), "{\"familySet\":\"people\",\"indicators\":[]}")
                .then().statusCode(400).body("errors.field", contains("indicators"));
        propose(Tokens.ades(), "{\"familySet\":\"people\",\"indicators\":[{\"code\":\"X\",\"weight\":1}],\"x\":1}")
                .then().statusCode(400).body("errors.field", contains("x"));
        given().auth().oauth2(Tokens.ades()).when().get("/quad-proposals/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body("{}")
                .when().post("/quad-proposals/" + UUID.randomUUID() + "/confirm")
                .then().statusCode(404);
    }

    @Test
    void onlyAdesProposesReadsOrConfirms() {
        String id = propose(Tokens.ades(), body(false, null, "", "")).then().statusCode(201).extract().path("id");

        propose(Tokens.editor(councils.get(0)), body(false, null, "", "")).then().statusCode(403)
                .contentType("application/problem+json");
        propose(Tokens.viewer(councils.get(0)), body(false, null, "", "")).then().statusCode(403);
        given().contentType(ContentType.JSON).body(body(false, null, "", ""))
                .when().post("/cycles/" + cycleId + "/quad-proposals").then().statusCode(401);
        given().auth().oauth2(Tokens.editor(councils.get(0))).when().get("/quad-proposals/" + id)
                .then().statusCode(403);
        given().when().get("/quad-proposals/" + id).then().statusCode(401);
        given().auth().oauth2(Tokens.editor(councils.get(0))).contentType(ContentType.JSON).body("{}")
                .when().post("/quad-proposals/" + id + "/confirm").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{}")
                .when().post("/quad-proposals/" + id + "/confirm").then().statusCode(401);

        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId + "/quads")
                .then().body("$", empty());
    }

    @Test
    void anUnreachableAuthorityServiceIsA503SayingSo() {
        AuthorityStub.down();

        propose(Tokens.ades(), body(false, null, "", ""))
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("authority-service"))
                .body("detail", containsString("could not be reached"));
    }

    @Test
    void authorityServicesOwnRefusalsAndFailuresAreExplained() {
        AuthorityStub.server().stubFor(get(urlPathEqualTo("/indicators/" + indicator + "/values"))
                .withQueryParam("period", WireMock.equalTo("1999-00"))
                .willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\":\"Not found\",\"status\":404,\"detail\":\"" + indicator
                                + " has no values for period 1999-00\"}")));

        propose(Tokens.ades(), "{\"familySet\":\"people\",\"period\":\"1999-00\",\"indicators\":[{\"code\":\""
                + indicator + "\",\"weight\":1}]}")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("has no values for period 1999-00"));

        AuthorityStub.server().stubFor(get(urlPathEqualTo("/indicators")).willReturn(aResponse().withStatus(500)));
        propose(Tokens.ades(), body(false, null, "", ""))
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("answered 500"));
    }

    @Test
    void membersAndAdesSeeTheirQuadsContextSideBySide() {
        String quadId = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(QuadResourceTest.body("Context", List.of(councils.get(0), councils.get(5), councils.get(6))))
                .when().post("/cycles/" + cycleId + "/quads").then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.viewer(councils.get(5))).queryParam("indicators", indicator.toLowerCase())
                .when().get("/quads/" + quadId + "/context")
                .then().statusCode(200)
                .body("name", equalTo("Context"))
                .body("indicators[0].code", equalTo(indicator))
                .body("indicators[0].period", equalTo("2022-23"))
                .body("members.code", contains(councils.get(0), councils.get(5), councils.get(6)))
                .body("members[1].values." + indicator, equalTo(95.0f))
                .body("members[0].name", notNullValue());
        given().auth().oauth2(Tokens.ades()).queryParam("indicators", indicator + ", " + indicator)
                .when().get("/quads/" + quadId + "/context")
                .then().statusCode(200).body("indicators", hasSize(1));

        given().auth().oauth2(Tokens.viewer(councils.get(1))).queryParam("indicators", indicator)
                .when().get("/quads/" + quadId + "/context").then().statusCode(403);
        given().queryParam("indicators", indicator).when().get("/quads/" + quadId + "/context")
                .then().statusCode(401);
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadId + "/context")
                .then().statusCode(400).body("errors.field", contains("indicators"));
        given().auth().oauth2(Tokens.ades()).queryParam("indicators", "NOPE2")
                .when().get("/quads/" + quadId + "/context")
                .then().statusCode(422).body("detail", containsString("NOPE2"));
        AuthorityStub.down();
        given().auth().oauth2(Tokens.ades()).queryParam("indicators", indicator)
                .when().get("/quads/" + quadId + "/context")
                .then().statusCode(503).contentType("application/problem+json");
    }

    private Response propose(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/cycles/" + cycleId + "/quad-proposals");
    }

    private String body(boolean avoid, UUID previous, String keepTogether, String keepApart) {
        StringBuilder json = new StringBuilder("{\"familySet\":\"people\",\"indicators\":[{\"code\":\"")
                .append(indicator).append("\",\"weight\":1}],\"avoidPreviousPartners\":").append(avoid);
        if (previous != null) {
            json.append(",\"previousCycleId\":\"").append(previous).append('"');
        }
        if (!keepTogether.isEmpty()) {
            json.append(",\"keepTogether\":").append(keepTogether);
        }
        if (!keepApart.isEmpty()) {
            json.append(",\"keepApart\":").append(keepApart);
        }
        return json.append('}').toString();
    }

    private static String quad(String name, List<String> members) {
        return QuadResourceTest.body(name, members);
    }

    private JsonPath myFamily(JsonPath proposal) {
        List<Map<String, Object>> families = proposal.getList("families");
        for (int i = 0; i < families.size(); i++) {
            if (((Number) families.get(i).get("family")).intValue() == family) {
                return new JsonPath(proposal.prettify()).setRootPath("families[" + i + "]");
            }
        }
        throw new AssertionError("family " + family + " is not in the proposal");
    }

    /** Active councils of one people (and other) family, projected. */
    private static List<String> family(int family, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = Feed.newCouncilCode();
            TestKafka.send(Topics.COUNCILS, code, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                    code, new CouncilV1(code, "Council " + code, null, null, "Test Collaborative", family, family,
                            true)));
            codes.add(code);
        }
        await().until(() -> Feed.tx(() -> codes.stream().allMatch(c -> Stored.council(c) != null)));
        return codes;
    }
}
