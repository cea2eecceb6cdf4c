package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.support.jdbc.DatabaseFailures;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * What the entities add to the risks of writing: a change made on a copy someone else changed meanwhile fails at
 * flush as a concurrent change (answered 409) and writes nothing, and a council written into a second quad of its
 * cycle breaks the unique key the service recognises by name.
 */
@QuarkusTest
@QuadsTestStack
class EntityWritesTest {

    @Test
    void aChangeToAnOutdatedActionIsAConcurrentChangeAndWritesNothing() {
        Partners quad = Partners.form();
        UUID actionId = UUID.fromString(ActionResourceTest.create(Tokens.editor(quad.a()), quad, quad.b(), "Ours",
                List.of(), LocalDate.now().plusMonths(2).toString()).then().statusCode(201).extract().path("id"));

        Throwable failure = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> {
            Action outdated = Action.findById(actionId);
            QuarkusTransaction.requiringNew().run(() -> Action.<Action>findById(actionId).description = "Theirs");
            outdated.description = "Mine";
            Action.flush();
        }));

        assertThat(DatabaseFailures.concurrentChange(failure)).as("%s", failure).isTrue();
        given().auth().oauth2(Tokens.editor(quad.a())).when()
                .get("/quads/" + quad.quadId() + "/actions/" + actionId)
                .then().statusCode(200).header("ETag", "\"1\"").body("description", equalTo("Theirs"));
    }

    @Test
    void aChangeToAnOutdatedQuadIsAConcurrentChangeAndWritesNothing() {
        TestQuad quad = TestQuad.of(4, LocalDate.now().plusMonths(1), "on-submission");
        UUID quadId = UUID.fromString(quad.quadId());

        Throwable failure = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> {
            Quad outdated = Quad.withMembers(quadId).orElseThrow();
            QuarkusTransaction.requiringNew().run(() -> Quad.withMembers(quadId).orElseThrow().name = "Theirs");
            outdated.name = "Mine";
            outdated.members.remove(3);
            Quad.flush();
        }));

        assertThat(DatabaseFailures.concurrentChange(failure)).as("%s", failure).isTrue();
        given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadId)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Theirs"))
                .body("members", hasSize(4));
    }

    @Test
    void aCouncilWrittenIntoASecondQuadOfItsCycleBreaksTheNamedUniqueKeyAndNothingIsWritten() {
        TestQuad quad = TestQuad.of(4, LocalDate.now().plusMonths(1), "on-submission");

        Throwable failure = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> {
            Quad second = new Quad();
            second.id = UUID.randomUUID();
            second.cycleId = quad.cycleId();
            second.name = "Second";
            second.formedAt = OffsetDateTime.now(ZoneOffset.UTC);
            second.formedBy = "test";
            second.addMember(quad.member(0));
            second.persistAndFlush();
        }));

        assertThat(DatabaseFailures.violatesUnique(failure, QuadMember.ONCE_PER_CYCLE)).as("%s", failure).isTrue();
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + quad.cycleId() + "/quads")
                .then().statusCode(200).body("$", hasSize(1));
    }
}
