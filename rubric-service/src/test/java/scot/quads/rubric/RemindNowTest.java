package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CycleDeadlineV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** ADES reminds one council now, at most once a day, and the reminder is in the council's history. */
@QuarkusTest
@QuadsTestStack
class RemindNowTest {

    @Test
    void adesRemindsOneCouncilOnceADayAndItIsAudited() {
        String council = "S99" + String.format("%06d", (int) (Math.random() * 1_000_000));
        Rubrics.councilsAreKnown(council);
        String cycleId = Rubrics.openCycle();
        String evaluation = "/cycles/" + cycleId + "/evaluations/" + council;

        given().auth().oauth2(Tokens.ades()).when().post(evaluation + "/remind")
                .then().statusCode(200)
                .body("councilCode", equalTo(council))
                .body("councilName", equalTo("Council " + council))
                .body("daysLeft", greaterThan(300));

        List<CloudEvent> events = TestKafka.events(Topics.CYCLES, cycleId, 2);
        CloudEvent reminder = events.get(events.size() - 1);
        assertThat(reminder.type()).isEqualTo(Events.CYCLE_DEADLINE_APPROACHING.name());
        CycleDeadlineV1 payload = EventCodec.data(reminder, Events.CYCLE_DEADLINE_APPROACHING);
        assertThat(payload.councilsNotSubmitted()).containsExactly(council);

        given().auth().oauth2(Tokens.ades()).when().post(evaluation + "/remind")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("already been reminded today"));

        List<String> actions = given().auth().oauth2(Tokens.viewer(council)).when().get(evaluation + "/audit")
                .then().statusCode(200).extract().path("action");
        assertThat(actions).containsOnlyOnce("evaluation.reminded");
    }

    @Test
    void onlyAdesRemindsAndNeverACouncilThatHasSubmitted() {
        String council = "S99" + String.format("%06d", (int) (Math.random() * 1_000_000));
        Rubrics.councilsAreKnown(council);
        String cycleId = Rubrics.openCycle();
        String evaluation = "/cycles/" + cycleId + "/evaluations/" + council;

        given().auth().oauth2(Tokens.editor(council)).when().post(evaluation + "/remind").then().statusCode(403);

        Rubrics.submitted(cycleId, council);
        given().auth().oauth2(Tokens.ades()).when().post(evaluation + "/remind")
                .then().statusCode(409)
                .body("detail", containsString("has already submitted"));
    }
}
