package scot.quads.quad;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1.Answer;
import scot.quads.testing.Tokens;

/** A cycle with its rubric version (Feed's three questions), fresh councils and their quad, formed by ADES. */
public record TestQuad(UUID cycleId, UUID versionId, List<String> members, String quadId) {

    public static TestQuad of(int size, LocalDate deadline, String revealRule) {
        UUID versionId = Feed.rubricVersion();
        UUID cycleId = Feed.cycle(versionId, deadline, revealRule);
        return in(cycleId, versionId, Feed.councils(size));
    }

    public static TestQuad in(UUID cycleId, UUID versionId, List<String> members) {
        String quadId = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(QuadResourceTest.body("Quad " + UUID.randomUUID(), members))
                .when().post("/cycles/" + cycleId + "/quads")
                .then().statusCode(201)
                .extract().path("id");
        return new TestQuad(cycleId, versionId, members, quadId);
    }

    public String member(int i) {
        return members.get(i);
    }

    public UUID submit(int member, int q1, int q2, int q3, String marker) {
        return Feed.submit(cycleId, member(member), versionId, answers(q1, q2, q3, marker));
    }

    public static List<Answer> answers(int q1, int q2, int q3, String marker) {
        return List.of(Feed.graded("1.1.1", q1, marker), Feed.graded("1.1.2", q2, marker),
                Feed.graded("2.1.1", q3, marker));
    }
}
