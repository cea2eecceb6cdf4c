package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** A council's older GSS code is accepted wherever a code is, also by the council's own users for their council. */
@QuarkusTest
@QuadsTestStack
class OlderCouncilCodeTest {

    @Test
    void aCouncilsOwnUsersReachItsSelfEvaluationByItsOlderCode() {
        String current = "S99" + String.format("%06d", (int) (Math.random() * 1_000_000));
        String older = "S98" + current.substring(3);
        TestKafka.send(Topics.COUNCILS, current, EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service",
                current, new CouncilV1(current, "Council " + current, null, older, null, 1, 1, true)));
        await().atMost(Duration.ofSeconds(60)).until(() -> Stored.council(current).isPresent());
        String cycleId = Rubrics.openCycle();

        given().auth().oauth2(Tokens.viewer(current)).get("/cycles/" + cycleId + "/evaluations/" + older)
                .then().statusCode(200).body("councilCode", equalTo(current));
        given().auth().oauth2(Tokens.editor(current)).get("/cycles/" + cycleId + "/evaluations/" + older + "/audit")
                .then().statusCode(200);
        // Another council's users are still kept out, by either code.
        given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW)).get("/cycles/" + cycleId + "/evaluations/" + older)
                .then().statusCode(403).contentType("application/problem+json");
    }
}
