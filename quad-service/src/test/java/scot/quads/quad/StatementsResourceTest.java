package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** The members' self-evaluative statements side by side, shown under the answers' reveal rule. */
@QuarkusTest
@QuadsTestStack
class StatementsResourceTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Test
    void aPartnerSeesTheStatementsOnlyOnceTheAnswersAreRevealed() {
        TestQuad quad = TestQuad.of(3, NEXT_MONTH, "all-submitted-or-deadline");
        submitWithStatement(quad, 0, "Context of the first council, kept private until the reveal");

        String early = given().auth().oauth2(Tokens.viewer(quad.member(1))).when()
                .get("/quads/" + quad.quadId() + "/statements")
                .then().statusCode(200)
                .body("revealed", equalTo(false))
                .body("members.councilCode", contains(quad.member(0), quad.member(1), quad.member(2)))
                .body("members.shown", contains(false, false, false))
                .body("members[0].statement", nullValue())
                .extract().asString();
        assertThat(early).doesNotContain("kept private");
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quad.quadId() + "/statements")
                .then().statusCode(200).body("members[0].shown", equalTo(true))
                .body("members[0].statement.context", equalTo("Context of the first council, kept private until"
                        + " the reveal"));

        quad.submit(1, 4, 4, 4, "second");
        quad.submit(2, 3, 3, 3, "third");

        given().auth().oauth2(Tokens.viewer(quad.member(1))).when().get("/quads/" + quad.quadId() + "/statements")
                .then().statusCode(200)
                .body("revealed", equalTo(true))
                .body("members.shown", contains(true, true, true))
                .body("members[0].statement.swot.text", contains("Strong partnerships", "Attendance in S4"))
                .body("members[0].statement.swot[1].questions", contains("1.1.2"))
                .body("members[0].statement.summary", equalTo("Summary of the first council"))
                .body("members[1].statement", nullValue());
    }

    @Test
    void someoneOutsideTheQuadCannotReadItsStatements() {
        TestQuad quad = TestQuad.of(3, NEXT_MONTH, "on-submission");
        submitWithStatement(quad, 0, "Private context");
        String outsider = Feed.councils(1).get(0);
        given().auth().oauth2(Tokens.viewer(outsider)).when().get("/quads/" + quad.quadId() + "/statements")
                .then().statusCode(403);
    }

    private static void submitWithStatement(TestQuad quad, int member, String context) {
        UUID evaluationId = UUID.randomUUID();
        SelfEvaluationSubmittedV1.Statement statement = new SelfEvaluationSubmittedV1.Statement(context, List.of(
                new SelfEvaluationSubmittedV1.SwotItem(UUID.randomUUID(), "strength", "Strong partnerships", 1,
                        List.of("QI 1.1"), List.of(), List.of()),
                new SelfEvaluationSubmittedV1.SwotItem(UUID.randomUUID(), "weakness", "Attendance in S4", 1,
                        List.of(), List.of("1.1.2"), List.of("CHN11"))), "Summary of the first council");
        Feed.send(EventCodec.event(Events.SELF_EVALUATION_SUBMITTED, "/rubric-service", evaluationId.toString(),
                new SelfEvaluationSubmittedV1(evaluationId, quad.cycleId(), quad.member(member), quad.versionId(),
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                        "editor-" + quad.member(member).toLowerCase(), TestQuad.answers(5, 4, 3, "first"),
                        statement)));
        Feed.awaitSubmission(evaluationId);
    }
}
