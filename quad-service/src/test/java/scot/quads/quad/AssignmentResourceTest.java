package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.AssignmentV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** ADES assigns ADES officers and link inspectors to quads and councils; what they then reach, and no more. */
@QuarkusTest
@QuadsTestStack
class AssignmentResourceTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Test
    void anAssignedOfficerReadsTheQuadUntilRevokedAndEveryStepIsAuditedAndAnnounced() {
        UUID versionId = Feed.rubricVersion();
        UUID cycleId = Feed.cycle(versionId, NEXT_MONTH, "on-submission");
        List<String> councils = Feed.councils(8);
        TestQuad assigned = TestQuad.in(cycleId, versionId, councils.subList(0, 4));
        TestQuad other = TestQuad.in(cycleId, versionId, councils.subList(4, 8));
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        String token = Tokens.adesOfficer(officer);

        given().auth().oauth2(token).when().get("/quads/" + assigned.quadId()).then().statusCode(403);

        String assignmentId = assign("ades-officer", officer, assigned.quadId(), null)
                .then().statusCode(201)
                .body("role", equalTo("ades-officer"))
                .body("username", equalTo(officer))
                .body("quadId", equalTo(assigned.quadId()))
                .body("cycleId", equalTo(cycleId.toString()))
                .body("assignedBy", equalTo("ades"))
                .extract().path("id");

        given().auth().oauth2(token).when().get("/quads/" + assigned.quadId()).then().statusCode(200);
        given().auth().oauth2(token).when().get("/quads/" + other.quadId()).then().statusCode(403);
        given().auth().oauth2(token).when().get("/cycles/" + cycleId + "/quads")
                .then().statusCode(200).body("id", contains(assigned.quadId()));
        given().auth().oauth2(token).when().get("/assignments/mine")
                .then().statusCode(200).body("quadId", contains(assigned.quadId()))
                .body("quadName", contains(notNullValue()));
        given().auth().oauth2(Tokens.linkInspector(officer)).when().get("/quads/" + assigned.quadId())
                .then().statusCode(403);

        given().auth().oauth2(Tokens.ades()).when().delete("/assignments/" + assignmentId)
                .then().statusCode(200).body("revokedBy", equalTo("ades"));
        given().auth().oauth2(token).when().get("/quads/" + assigned.quadId()).then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).when().delete("/assignments/" + assignmentId)
                .then().statusCode(409);
        given().auth().oauth2(Tokens.ades()).when().get("/assignments?quadId=" + assigned.quadId())
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(Tokens.ades()).when().get("/assignments?includeRevoked=true&quadId=" + assigned.quadId())
                .then().statusCode(200).body("id", contains(assignmentId));
        given().auth().oauth2(Tokens.ades()).when().get("/assignments/audit?quadId=" + assigned.quadId())
                .then().statusCode(200)
                .body("action", contains("assigned", "revoked"))
                .body("username", contains(officer, officer))
                .body("by", contains("ades", "ades"));

        List<CloudEvent> events = TestKafka.events(Topics.QUADS, assignmentId, 2);
        assertThat(events).extracting(CloudEvent::type)
                .containsExactly(Events.ASSIGNMENT_GRANTED.name(), Events.ASSIGNMENT_REVOKED.name());
        AssignmentV1 revoked = EventCodec.data(events.get(1), Events.ASSIGNMENT_REVOKED);
        assertThat(revoked.username()).isEqualTo(officer);
        assertThat(revoked.quadId()).hasToString(assigned.quadId());
        assertThat(revoked.by()).isEqualTo("ades");
    }

    @Test
    void aLinkInspectorAssignedToACouncilReachesTheQuadsThatCouncilIsIn() {
        UUID versionId = Feed.rubricVersion();
        UUID cycleId = Feed.cycle(versionId, NEXT_MONTH, "on-submission");
        List<String> councils = Feed.councils(8);
        TestQuad withCouncil = TestQuad.in(cycleId, versionId, councils.subList(0, 4));
        TestQuad other = TestQuad.in(cycleId, versionId, councils.subList(4, 8));
        String inspector = "inspector-" + UUID.randomUUID().toString().substring(0, 8);

        assign("es-link", inspector, null, councils.get(2).toLowerCase()).then().statusCode(201)
                .body("councilCode", equalTo(councils.get(2)));

        String token = Tokens.linkInspector(inspector);
        given().auth().oauth2(token).when().get("/quads/" + withCouncil.quadId()).then().statusCode(200);
        given().auth().oauth2(token).when().get("/quads/" + other.quadId()).then().statusCode(403);
        given().auth().oauth2(token).when().get("/cycles/" + cycleId + "/quads")
                .then().statusCode(200).body("id", contains(withCouncil.quadId()));
        given().auth().oauth2(Tokens.adesOfficer(inspector)).when().get("/quads/" + withCouncil.quadId())
                .then().statusCode(403);
    }

    @Test
    void anAssignedOfficerSeesAnswersOnlyOnceRevealedCommentsAndRunsSessionsButWritesNothingElse() {
        TestQuad quad = TestQuad.of(3, NEXT_MONTH, "all-submitted-or-deadline");
        String officer = "officer-" + UUID.randomUUID().toString().substring(0, 8);
        assign("ades-officer", officer, quad.quadId(), null).then().statusCode(201);
        String token = Tokens.adesOfficer(officer);
        quad.submit(0, 4, 3, 2, "first-private-narrative");

        String early = given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/comparison")
                .then().statusCode(200).extract().asString();
        assertThat(early).doesNotContain("first-private-narrative");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"questionCode\":\"1.1.1\",\"aboutCouncil\":\"" + quad.member(0)
                        + "\",\"kind\":\"challenge\",\"text\":\"Too early\"}")
                .when().post("/quads/" + quad.quadId() + "/comments").then().statusCode(409);

        quad.submit(1, 3, 3, 3, "second-narrative");
        quad.submit(2, 2, 2, 2, "third-narrative");

        String revealed = given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/comparison")
                .then().statusCode(200).extract().asString();
        assertThat(revealed).contains("first-private-narrative", "second-narrative", "third-narrative");
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"questionCode\":\"1.1.1\",\"aboutCouncil\":\"" + quad.member(0)
                        + "\",\"kind\":\"challenge\",\"text\":\"What evidence shows level 4?\"}")
                .when().post("/quads/" + quad.quadId() + "/comments")
                .then().statusCode(201).body("author", equalTo(officer));
        given().auth().oauth2(Tokens.editor(quad.member(1))).when().get("/quads/" + quad.quadId() + "/comments")
                .then().statusCode(200).body("text", hasItem("What evidence shows level 4?"));

        // An ADES officer runs the sessions of the quads assigned (issue 25), but agrees no action itself.
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"startsAt\":\"" + NEXT_MONTH + "T10:00:00Z\",\"location\":\"Online\",\"agenda\":[\"1.1.1\"]}")
                .when().post("/quads/" + quad.quadId() + "/sessions").then().statusCode(201)
                .body("hosts", org.hamcrest.Matchers.contains(officer));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"ownerCouncil\":\"" + quad.member(0) + "\",\"description\":\"Do it\",\"dueDate\":\""
                        + NEXT_MONTH + "\"}")
                .when().post("/quads/" + quad.quadId() + "/actions").then().statusCode(403);
        given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/audit").then().statusCode(403);
        assign("es-link", "someone-else", quad.quadId(), null, token).then().statusCode(403);
    }

    @Test
    void aViewerReadsItsQuadButCommentsOnNothing() {
        TestQuad quad = TestQuad.of(3, NEXT_MONTH, "on-submission");
        quad.submit(0, 4, 3, 2, "first");
        given().auth().oauth2(Tokens.viewer(quad.member(1))).when().get("/quads/" + quad.quadId())
                .then().statusCode(200);
        given().auth().oauth2(Tokens.viewer(quad.member(1))).contentType(ContentType.JSON)
                .body("{\"questionCode\":\"1.1.1\",\"aboutCouncil\":\"" + quad.member(0)
                        + "\",\"kind\":\"question\",\"text\":\"Why?\"}")
                .when().post("/quads/" + quad.quadId() + "/comments").then().statusCode(403);
    }

    @Test
    void aRefusedAssignmentNamesEachBadFieldAndWritesNothing() {
        TestQuad quad = TestQuad.of(3, NEXT_MONTH, "on-submission");
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"role\":\"ades-admin\",\"username\":\"Not A Name!\",\"quadId\":\"" + quad.quadId()
                        + "\",\"councilCode\":\"" + quad.member(0) + "\"}")
                .when().post("/assignments")
                .then().statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors.field", containsInAnyOrder("role", "username", "quadId"));
        assign("ades-officer", "officer-x", null, quad.member(0)).then().statusCode(422)
                .body("errors.field", contains("councilCode"));
        assign("es-link", "inspector-x", null, "S12999999").then().statusCode(422)
                .body("errors.field", contains("councilCode"));
        assign("es-link", "inspector-x", UUID.randomUUID().toString(), null).then().statusCode(422)
                .body("errors.field", contains("quadId"));
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"role\":\"es-link\",\"username\":\"inspector-x\",\"quadId\":\"not-an-id\"}")
                .when().post("/assignments").then().statusCode(400)
                .contentType(containsString("application/problem+json"));
        given().auth().oauth2(Tokens.ades()).when().get("/assignments?quadId=" + quad.quadId())
                .then().statusCode(200).body("size()", equalTo(0));

        assign("es-link", "inspector-y", quad.quadId(), null).then().statusCode(201);
        assign("es-link", "Inspector-Y", quad.quadId(), null).then().statusCode(409);
        assign("ades-officer", "inspector-y", quad.quadId(), null).then().statusCode(201);
        given().auth().oauth2(Tokens.ades()).when().delete("/assignments/" + UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(Tokens.editor(quad.member(0))).when().get("/assignments")
                .then().statusCode(403);
    }

    static io.restassured.response.Response assign(String role, String username, String quadId, String council) {
        return assign(role, username, quadId, council, Tokens.ades());
    }

    static io.restassured.response.Response assign(String role, String username, String quadId, String council,
            String token) {
        StringBuilder body = new StringBuilder("{\"role\":\"").append(role).append("\",\"username\":\"")
                .append(username).append('"');
        if (quadId != null) {
            body.append(",\"quadId\":\"").append(quadId).append('"');
        }
        if (council != null) {
            body.append(",\"councilCode\":\"").append(council).append('"');
        }
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body.append('}').toString())
                .when().post("/assignments");
    }
}
