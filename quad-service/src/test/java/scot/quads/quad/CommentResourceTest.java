package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CommentPostedV1.Participant;
import scot.quads.contract.payload.CommentPostedV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class CommentResourceTest {

    @Test
    void partnersChallengeARevealedAnswerAndReplyInItsThread() {
        Partners quad = Partners.revealed("c");
        String typed = "  Your evidence for 1.1.1 is one survey.\n\tIs there more? — «ça va» 👀  ";

        String threadId = post(Tokens.editor(quad.a()), quad, "1.1.1", quad.b(), "challenge", typed)
                .then().statusCode(201)
                .header("Location", containsString("/quads/" + quad.quadId() + "/comments"))
                .body("text", equalTo(typed))
                .body("kind", equalTo("challenge"))
                .body("aboutCouncil", equalTo(quad.b()))
                .body("authorCouncil", equalTo(quad.a()))
                .body("inReplyTo", nullValue())
                .extract().path("id");
        reply(Tokens.editor(quad.b()), quad, threadId, "Also the 2025 inspection report.")
                .then().statusCode(201)
                .body("threadId", equalTo(threadId))
                .body("inReplyTo", equalTo(threadId))
                .body("kind", equalTo("reply"))
                .body("aboutCouncil", equalTo(quad.b()));
        reply(Tokens.ades(), quad, threadId, "ADES can share the report.").then().statusCode(201)
                .body("authorCouncil", nullValue());

        list(Tokens.viewer(quad.d()), quad, "").then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", equalTo(threadId))
                .body("[0].text", equalTo(typed))
                .body("[0].questionCode", equalTo("1.1.1"))
                .body("[0].author", equalTo("editor-" + quad.a().toLowerCase()))
                .body("[0].replies.text", contains("Also the 2025 inspection report.", "ADES can share the report."))
                .body("[0].replies.author", contains("editor-" + quad.b().toLowerCase(), "ades"));
        list(Tokens.ades(), quad, "").then().statusCode(200).body("", hasSize(1));
    }

    @Test
    void threadsCanBeFilteredByQuestionAndByTheCouncilWhoseAnswerTheyDiscuss() {
        Partners quad = Partners.revealed("f");
        post(Tokens.editor(quad.a()), quad, "1.1.1", quad.b(), "question", "On B's 1.1.1").then().statusCode(201);
        post(Tokens.editor(quad.a()), quad, "2.1.1", quad.b(), "question", "On B's 2.1.1").then().statusCode(201);
        post(Tokens.editor(quad.b()), quad, "1.1.1", quad.c(), "challenge", "On C's 1.1.1").then().statusCode(201);

        list(Tokens.editor(quad.d()), quad, "?questionCode=1.1.1").then().statusCode(200)
                .body("text", contains("On B's 1.1.1", "On C's 1.1.1"));
        list(Tokens.editor(quad.d()), quad, "?aboutCouncil=" + quad.b().toLowerCase()).then().statusCode(200)
                .body("text", contains("On B's 1.1.1", "On B's 2.1.1"));
        list(Tokens.editor(quad.d()), quad, "?questionCode=1.1.1&aboutCouncil=" + quad.c()).then().statusCode(200)
                .body("text", contains("On C's 1.1.1"));
    }

    @Test
    void eachCommentIsAnnouncedNamingItsAuthorAndTheEarlierWritersButNotItsText() {
        Partners quad = Partners.revealed("e");
        String alice = "alice-" + UUID.randomUUID().toString().substring(0, 8);
        String bob = "bob-" + UUID.randomUUID().toString().substring(0, 8);
        String threadId = post(Partners.editorWithEmail(alice, quad.a()), quad, "1.1.2", quad.b(), "question",
                "Secret words of the comment").then().statusCode(201).extract().path("id");
        String replyId = reply(Partners.editorWithEmail(bob, quad.b()), quad, threadId, "Secret words of the reply")
                .then().statusCode(201).extract().path("id");
        reply(Partners.editorWithEmail(alice, quad.a()), quad, replyId, "Thanks").then().statusCode(201);

        List<CloudEvent> events = TestKafka.events(Topics.QUAD_WORK, quad.quadId(), 3).stream()
                .filter(e -> e.type().equals(Events.COMMENT_POSTED.name())).toList();
        assertThat(events).hasSize(3);
        assertThat(events).extracting(EventCodec::write).allSatisfy(json ->
                assertThat(json).doesNotContain("Secret words"));
        CommentPostedV1 opening = EventCodec.data(events.get(0), Events.COMMENT_POSTED);
        assertThat(opening.commentId()).hasToString(threadId);
        assertThat(opening.threadId()).hasToString(threadId);
        assertThat(opening.inReplyTo()).isNull();
        assertThat(opening.quadId()).hasToString(quad.quadId());
        assertThat(opening.cycleId()).isEqualTo(quad.cycleId());
        assertThat(opening.questionCode()).isEqualTo("1.1.2");
        assertThat(opening.aboutCouncilCode()).isEqualTo(quad.b());
        assertThat(opening.author()).isEqualTo(new Participant(alice, alice + "@example.gov.scot", quad.a()));
        assertThat(opening.threadParticipants()).isEmpty();

        CommentPostedV1 answer = EventCodec.data(events.get(1), Events.COMMENT_POSTED);
        assertThat(answer.inReplyTo()).hasToString(threadId);
        assertThat(answer.author().username()).isEqualTo(bob);
        assertThat(answer.threadParticipants())
                .containsExactly(new Participant(alice, alice + "@example.gov.scot", quad.a()));

        CommentPostedV1 thanks = EventCodec.data(events.get(2), Events.COMMENT_POSTED);
        assertThat(thanks.threadId()).hasToString(threadId);
        assertThat(thanks.inReplyTo()).hasToString(replyId);
        assertThat(thanks.threadParticipants()).extracting(Participant::username).containsExactly(bob);
    }

    @Test
    void nobodyCanCommentOnAnAnswerBeforeItIsShownAndTheRefusalGivesNothingAway() {
        Partners quad = Partners.form();
        String marker = "hidden-" + UUID.randomUUID();
        quad.submit(quad.a(), 5, marker);
        quad.submit(quad.b(), 3, marker);

        Response refused = post(Tokens.editor(quad.a()), quad, "1.1.1", quad.b(), "challenge", "Really a 3?");
        refused.then().statusCode(409).contentType("application/problem+json");
        assertThat(refused.asString()).doesNotContain(marker, "Satisfactory", "\"level\"");
        Response notSubmitted = post(Tokens.editor(quad.a()), quad, "1.1.1", quad.c(), "challenge", "Where?");
        notSubmitted.then().statusCode(409);
        assertThat(refused.jsonPath().getString("detail").replace(quad.b(), quad.c()))
                .isEqualTo(notSubmitted.jsonPath().getString("detail"));
        post(Tokens.ades(), quad, "1.1.1", quad.c(), "question", "Nothing submitted yet").then().statusCode(409);
        list(Tokens.ades(), quad, "").then().statusCode(200).body("", empty());

        String adesThread = post(Tokens.ades(), quad, "1.1.1", quad.b(), "question", "ADES asks B early")
                .then().statusCode(201).extract().path("id");
        list(Tokens.viewer(quad.b()), quad, "").then().statusCode(200).body("id", contains(adesThread));
        list(Tokens.editor(quad.a()), quad, "").then().statusCode(200).body("", empty());
        reply(Tokens.editor(quad.a()), quad, adesThread, "Let me in").then().statusCode(409);
        reply(Tokens.editor(quad.b()), quad, adesThread, "Our answer stands").then().statusCode(201);

        quad.submit(quad.c(), 4, marker);
        quad.submit(quad.d(), 4, marker);
        list(Tokens.editor(quad.a()), quad, "").then().statusCode(200)
                .body("id", contains(adesThread))
                .body("[0].replies.text", contains("Our answer stands"));
        post(Tokens.editor(quad.a()), quad, "1.1.1", quad.b(), "challenge", "Now I can").then().statusCode(201);
    }

    @Test
    void aReturnedAnswerTakesItsThreadsOutOfPartnersViewUntilItIsSubmittedAgain() {
        Partners quad = Partners.form();
        UUID evaluationOfB = quad.submit(quad.b(), 5, "ret");
        quad.submit(quad.a(), 3, "ret");
        quad.submit(quad.c(), 3, "ret");
        quad.submit(quad.d(), 3, "ret");
        String threadId = post(Tokens.editor(quad.a()), quad, "1.1.1", quad.b(), "challenge", "A 5 on what?")
                .then().statusCode(201).extract().path("id");

        OffsetDateTime returnedAt = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
        Feed.send(Feed.returnedEvent(evaluationOfB, quad.cycleId(), quad.b(), returnedAt));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Feed.tx(() -> !Stored.submission(evaluationOfB).shown()));

        list(Tokens.editor(quad.c()), quad, "").then().statusCode(200).body("", empty());
        list(Tokens.editor(quad.a()), quad, "").then().statusCode(200).body("", empty());
        reply(Tokens.editor(quad.a()), quad, threadId, "Still there?").then().statusCode(409);
        post(Tokens.editor(quad.c()), quad, "1.1.1", quad.b(), "question", "And now?").then().statusCode(409);
        list(Tokens.viewer(quad.b()), quad, "").then().statusCode(200).body("id", contains(threadId));
        list(Tokens.ades(), quad, "").then().statusCode(200).body("id", contains(threadId));

        Feed.send(Feed.submissionEvent(evaluationOfB, quad.cycleId(), quad.b(), quad.versionId(),
                List.of(Feed.graded("1.1.1", 4, "again")), returnedAt.plusMinutes(5)));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> Feed.tx(() -> Stored.submission(evaluationOfB).shown()));
        list(Tokens.editor(quad.c()), quad, "").then().statusCode(200).body("id", contains(threadId));
    }

    @Test
    void onlyTheQuadsOwnUsersAndAdesReachItsCommentsAndViewersOnlyRead() {
        Partners quad = Partners.revealed("r");
        Partners other = Partners.form();
        String threadId = post(Tokens.editor(quad.a()), quad, "1.1.1", quad.b(), "question", "Why?")
                .then().statusCode(201).extract().path("id");

        for (String outsider : List.of(Tokens.editor(other.a()), Tokens.viewer(other.b()))) {
            list(outsider, quad, "").then().statusCode(403).contentType("application/problem+json")
                    .body("detail", not(containsString("Why?")));
            post(outsider, quad, "1.1.1", quad.b(), "question", "Sneaky").then().statusCode(403);
            reply(outsider, quad, threadId, "Sneaky").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.editor(quad.a())).when()
                .get("/quads/" + UUID.randomUUID() + "/comments").then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).when()
                .get("/quads/" + UUID.randomUUID() + "/comments").then().statusCode(404);
        post(Tokens.viewer(quad.c()), quad, "1.1.1", quad.b(), "question", "Viewer").then().statusCode(403);
        reply(Tokens.viewer(quad.c()), quad, threadId, "Viewer").then().statusCode(403);
        list(Tokens.nobody(), quad, "").then().statusCode(403);
        given().when().get("/quads/" + quad.quadId() + "/comments").then().statusCode(401);
        given().auth().oauth2(Tokens.forged()).when().get("/quads/" + quad.quadId() + "/comments")
                .then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("text", "x")).when()
                .post("/quads/" + quad.quadId() + "/comments/" + threadId + "/replies").then().statusCode(401);

        list(Tokens.ades(), quad, "").then().statusCode(200).body("[0].replies", empty());
    }

    @Test
    void badCommentsAreRefusedNamingTheFieldAndNothingIsWritten() {
        Partners quad = Partners.revealed("b");
        Partners other = Partners.revealed("o");
        String editor = Tokens.editor(quad.a());

        post(editor, quad, "1.1.1", quad.b(), "rant", "x").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("kind"));
        post(editor, quad, "1.1.1", quad.b(), "question", "x".repeat(5001)).then().statusCode(400)
                .body("errors.field", hasItem("text"));
        post(editor, quad, "1.1.1", quad.b(), "question", "   ").then().statusCode(400)
                .body("errors.field", hasItem("text"));
        post(editor, quad, "9.9.9", quad.b(), "question", "x").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("questionCode"));
        post(editor, quad, "1.1.1", other.b(), "question", "x").then().statusCode(422)
                .body("errors.field", contains("aboutCouncil"));
        post(editor, quad, "1.1.1", quad.a(), "question", "x").then().statusCode(422)
                .body("errors.field", contains("aboutCouncil"));
        post(editor, quad, "1.1.1", quad.b(), "question", "nul\u0000byte").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("text"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body("{\"questionCode\":")
                .when().post("/quads/" + quad.quadId() + "/comments").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(editor).contentType(ContentType.JSON)
                .when().post("/quads/" + quad.quadId() + "/comments").then().statusCode(400);
        reply(editor, quad, UUID.randomUUID().toString(), "x").then().statusCode(404)
                .contentType("application/problem+json");
        String elsewhere = post(Tokens.editor(other.a()), other, "1.1.1", other.b(), "question", "x")
                .then().statusCode(201).extract().path("id");
        reply(editor, quad, elsewhere, "x").then().statusCode(404);
        String threadId = post(editor, quad, "1.1.1", quad.b(), "question", "fine").then().statusCode(201)
                .extract().path("id");
        reply(editor, quad, threadId, "x".repeat(5001)).then().statusCode(400).body("errors.field", hasItem("text"));
        post(editor, quad, "1.1.1", quad.b(), "question", "y".repeat(5000)).then().statusCode(201);

        list(Tokens.ades(), quad, "").then().statusCode(200)
                .body("text", contains("fine", "y".repeat(5000)))
                .body("[0].replies", empty());
    }

    @Test
    void aCommentOrReplySentAgainWithItsIdempotencyKeyIsPostedAndAnnouncedOnce() {
        Partners quad = Partners.revealed("k");
        String editor = Tokens.editor(quad.a());
        String key = UUID.randomUUID().toString();

        // A retry after an answer that never arrived: the same comment with the same key.
        String first = post(editor, key, quad, "1.1.1", quad.b(), "question", "Sent twice?")
                .then().statusCode(201).body("text", equalTo("Sent twice?")).extract().path("id");
        post(editor, key, quad, "1.1.1", quad.b(), "question", "Sent twice?")
                .then().statusCode(201).body("id", equalTo(first)).body("text", equalTo("Sent twice?"));
        // The key is the author's own: another council's editor using the same key posts its own comment.
        String other = post(Tokens.editor(quad.c()), key, quad, "1.1.1", quad.b(), "question", "Sent twice?")
                .then().statusCode(201).extract().path("id");
        assertThat(other).isNotEqualTo(first);
        // The same key for something else is refused, naming the header, and writes nothing.
        post(editor, key, quad, "1.1.2", quad.b(), "question", "Sent twice?").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", contains("Idempotency-Key"));
        post(editor, "two words", quad, "1.1.1", quad.b(), "question", "A key with a space").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("Idempotency-Key"));
        // Replies too.
        String replyKey = UUID.randomUUID().toString();
        String reply = reply(Tokens.editor(quad.b()), replyKey, quad, first, "Once only")
                .then().statusCode(201).extract().path("id");
        reply(Tokens.editor(quad.b()), replyKey, quad, first, "Once only")
                .then().statusCode(201).body("id", equalTo(reply));
        reply(Tokens.editor(quad.b()), replyKey, quad, other, "Once only").then().statusCode(422)
                .body("errors.field", contains("Idempotency-Key"));

        list(Tokens.ades(), quad, "").then().statusCode(200)
                .body("id", contains(first, other))
                .body("[0].replies.text", contains("Once only"))
                .body("[1].replies", empty());
        List<CloudEvent> posted = TestKafka.events(Topics.QUAD_WORK, quad.quadId(), 3).stream()
                .filter(e -> e.type().equals(Events.COMMENT_POSTED.name())).toList();
        assertThat(posted).extracting(e -> EventCodec.data(e, Events.COMMENT_POSTED).commentId().toString())
                .containsExactly(first, other, reply);
    }

    static Response post(String token, String idempotencyKey, Partners quad, String question, String about,
            String kind, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body(Map.of("questionCode", question, "aboutCouncil", about, "kind", kind, "text", text))
                .when().post("/quads/" + quad.quadId() + "/comments");
    }

    static Response reply(String token, String idempotencyKey, Partners quad, String commentId, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", idempotencyKey)
                .body(Map.of("text", text))
                .when().post("/quads/" + quad.quadId() + "/comments/" + commentId + "/replies");
    }

    static Response post(String token, Partners quad, String question, String about, String kind, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("questionCode", question, "aboutCouncil", about, "kind", kind, "text", text))
                .when().post("/quads/" + quad.quadId() + "/comments");
    }

    static Response reply(String token, Partners quad, String commentId, String text) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("text", text))
                .when().post("/quads/" + quad.quadId() + "/comments/" + commentId + "/replies");
    }

    static Response list(String token, Partners quad, String query) {
        return given().auth().oauth2(token).when().get("/quads/" + quad.quadId() + "/comments" + query);
    }
}
