package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.FindingsReportV1;
import scot.quads.contract.payload.FocusV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/**
 * A council's findings report: started pre-filled from its round (each paragraph naming its source), edited section
 * by section at the version read, agreed by the council and ADES, published by ADES and then read by anyone without
 * signing in; a published edition never changes, and a correction supersedes it with both readable.
 */
@QuarkusTest
@QuadsTestStack
class FindingsResourceTest {

    /** A quad whose first member (a) wrote a statement, held a session and owns an action; all four submitted. */
    record Round(Partners quad, String sessionId, String actionId, UUID swotStrength) {
        String path() {
            return "/quads/" + quad.quadId() + "/findings/" + quad.a();
        }
    }

    @Test
    void startingAReportPreFillsEverySectionNamingWhereEachParagraphCameFrom() {
        Round round = round();
        JsonPath report = start(Tokens.editor(round.quad().a()), round).then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", containsString(round.path()))
                .body("state", equalTo("draft"))
                .body("edition", equalTo(1))
                .body("councilCode", equalTo(round.quad().a()))
                .body("sections.key", contains("introduction", "focus", "process", "strengths",
                        "areas-for-improvement", "learning-from-partners", "next-steps", "actions", "conclusion"))
                .body("missingForPublication.field", contains("councilAgreement", "adesAgreement"))
                .extract().jsonPath();

        List<Map<String, Object>> introduction = paragraphs(report, "introduction");
        assertThat(introduction).anySatisfy(p -> {
            assertThat(p.get("text")).isEqualTo("Our council serves rural and island communities");
            assertThat(source(p).get("kind")).isEqualTo("statement-context");
        });
        assertThat(paragraphs(report, "strengths")).anySatisfy(p -> {
            assertThat(p.get("text")).isEqualTo("Strong partnerships with colleges");
            assertThat(source(p)).containsEntry("kind", "swot").containsEntry("id", round.swotStrength().toString());
        }).anySatisfy(p -> {
            assertThat((String) p.get("text")).startsWith("1.1.1").contains("Strengths findings-" + round.quad().a());
            assertThat(source(p).get("kind")).isEqualTo("answer-strengths");
        });
        assertThat(paragraphs(report, "areas-for-improvement")).anySatisfy(p ->
                assertThat(p.get("text")).isEqualTo("Attendance in S4"));
        assertThat(paragraphs(report, "process")).anySatisfy(p -> {
            assertThat((String) p.get("text")).contains("Perth").contains("We agreed to share attendance trackers");
            assertThat(source(p)).containsEntry("kind", "session").containsEntry("id", round.sessionId());
        });
        // d answered three levels above a (5 against 2): its strengths are where a can learn.
        assertThat(paragraphs(report, "learning-from-partners")).anySatisfy(p -> {
            assertThat((String) p.get("text")).contains("Strengths findings-" + round.quad().d());
            assertThat(source(p)).containsEntry("kind", "partner-strengths");
        });
        assertThat(paragraphs(report, "actions")).singleElement().satisfies(p -> {
            assertThat((String) p.get("text")).startsWith("Share the attendance tracker");
            assertThat(source(p)).containsEntry("kind", "action").containsEntry("id", round.actionId());
        });
        assertThat(paragraphs(report, "focus")).extracting(p -> p.get("text")).containsExactly(
                "The council's focus: Attendance.", "Focus question: How can we raise attendance in S4?",
                "Key questions: How well do we follow up absence?");
        assertThat(paragraphs(report, "focus")).allSatisfy(p -> assertThat(source(p).get("kind")).isEqualTo("focus"));
        assertThat(paragraphs(report, "conclusion")).isEmpty();

        start(Tokens.ades(), round).then().statusCode(409).contentType("application/problem+json");

        String reportId = report.getString("id");
        List<CloudEvent> events = TestKafka.events(Topics.FINDINGS_REPORTS, reportId, 1);
        assertThat(events).extracting(CloudEvent::type).containsExactly(Events.FINDINGS_REPORT_DRAFTED.name());
        FindingsReportV1 drafted = EventCodec.data(events.get(0), Events.FINDINGS_REPORT_DRAFTED);
        assertThat(drafted.councilCode()).isEqualTo(round.quad().a());
        assertThat(drafted.state()).isEqualTo("draft");
    }

    @Test
    void editsNeedTheVersionReadAndKeepAPreFilledParagraphsSource() {
        Round round = round();
        JsonPath report = start(Tokens.editor(round.quad().a()), round).then().statusCode(201).extract().jsonPath();
        Map<String, Object> first = paragraphs(report, "strengths").get(0);
        List<Map<String, Object>> edits = List.of(
                Map.of("id", first.get("id"), "text", "Strong partnerships with colleges and employers"),
                Map.of("text", "Our own paragraph"));

        edit(Tokens.editor(round.quad().a()), round, "strengths", null, edits).then().statusCode(428);
        edit(Tokens.editor(round.quad().a()), round, "strengths", "\"7\"", edits).then().statusCode(412);
        JsonPath edited = edit(Tokens.editor(round.quad().a()), round, "strengths", "\"0\"", edits).then()
                .statusCode(200).header("ETag", "\"1\"").extract().jsonPath();

        List<Map<String, Object>> strengths = paragraphs(edited, "strengths");
        assertThat(strengths).hasSize(2);
        assertThat(strengths.get(0)).containsEntry("id", first.get("id")).containsEntry("edited", true)
                .containsEntry("text", "Strong partnerships with colleges and employers");
        assertThat(source(strengths.get(0))).containsEntry("kind", "swot");
        assertThat(strengths.get(1)).containsEntry("text", "Our own paragraph").containsEntry("source", null);

        given().auth().oauth2(Tokens.viewer(round.quad().a())).when().get(round.path() + "/audit")
                .then().statusCode(200)
                .body("action", contains("drafted", "section-edited"))
                .body("[1].section", equalTo("strengths"))
                .body("[1].after", contains("Strong partnerships with colleges and employers", "Our own paragraph"))
                .body("[1].by", equalTo("editor-" + round.quad().a().toLowerCase()));
    }

    @Test
    void badSectionEditsAreRefusedNamingEachField() {
        Round round = round();
        start(Tokens.ades(), round).then().statusCode(201);
        List<Map<String, Object>> bad = new ArrayList<>();
        bad.add(Map.of("text", "   "));
        bad.add(Map.of("id", UUID.randomUUID().toString(), "text", "Not ours"));
        edit(Tokens.ades(), round, "strengths", "\"0\"", bad).then().statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", contains("paragraphs[0].text", "paragraphs[1].id"));
        edit(Tokens.ades(), round, "epilogue", "\"0\"", List.of(Map.of("text", "x"))).then().statusCode(404);
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"paragraphs\":null}").when().put(round.path() + "/sections/conclusion")
                .then().statusCode(400).body("errors.field", hasItem(containsString("paragraphs")));
    }

    @Test
    void theCouncilAndAdesAgreeThenAdesPublishesAndAnyoneReadsItWithoutSigningIn() throws IOException {
        Round round = round();
        String editor = Tokens.editor(round.quad().a());
        String reportId = start(editor, round).then().statusCode(201).extract().path("id");
        edit(editor, round, "conclusion", "\"0\"", List.of(Map.of("text", "A year of steady improvement.")))
                .then().statusCode(200);

        post(Tokens.ades(), round.path() + "/publication", "\"1\"").then().statusCode(409)
                .body("errors.field", contains("councilAgreement", "adesAgreement"));
        post(Tokens.viewer(round.quad().a()), round.path() + "/agreement", "\"1\"").then().statusCode(403);
        post(Tokens.linkInspector("inspector-nowhere"), round.path() + "/agreement", "\"1\"").then().statusCode(403);
        post(editor, round.path() + "/agreement", "\"1\"").then().statusCode(200)
                .body("state", equalTo("draft"))
                .body("councilAgreement.by", equalTo("editor-" + round.quad().a().toLowerCase()))
                .body("adesAgreement", nullValue());
        post(Tokens.ades(), round.path() + "/publication", "\"2\"").then().statusCode(409)
                .body("errors.field", contains("adesAgreement"))
                .body("detail", containsString("ADES"));
        post(Tokens.ades(), round.path() + "/agreement", "\"2\"").then().statusCode(200)
                .body("state", equalTo("agreed"))
                .body("missingForPublication", empty());
        post(editor, round.path() + "/publication", "\"3\"").then().statusCode(403);
        post(Tokens.ades(), round.path() + "/publication", "\"3\"").then().statusCode(200)
                .body("state", equalTo("published"))
                .body("publishedAt", notNullValue());

        edit(editor, round, "conclusion", "\"4\"", List.of(Map.of("text", "Changed after publication")))
                .then().statusCode(409).body("detail", containsString("never changed"));

        given().when().get("/public/findings?council=" + round.quad().a()).then().statusCode(200)
                .header("Cache-Control", containsString("public"))
                .body("id", contains(reportId))
                .body("[0].councilCode", equalTo(round.quad().a()));
        Response page = given().when().get("/public/findings/" + reportId).thenReturn();
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).contains("public").contains("max-age");
        assertThat(page.asString()).contains("A year of steady improvement.")
                .doesNotContain("\"source\"").doesNotContain("editor-");
        given().header("If-None-Match", page.header("ETag")).when().get("/public/findings/" + reportId)
                .then().statusCode(304);
        byte[] pdf = given().when().get("/public/findings/" + reportId + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        byte[] docx = given().when().get("/public/findings/" + reportId + "/docx").then().statusCode(200)
                .header("Content-Disposition", containsString(".docx"))
                .extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = word.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).contains("Introduction and context", "Focus and focus question", "Strengths",
                    "Conclusion");
            assertThat(word.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("A year of steady improvement.")
                    // Graded per question: the answers discussed are named by question, not by quality indicator.
                    .anySatisfy(p -> assertThat(p).startsWith("1.1.1 (How well are we raising attainment?): Strengths"
                            + " findings-"))
                    .noneSatisfy(p -> assertThat(p).containsIgnoringCase("quality indicator"));
            assertThat(word.getParagraphs().get(0).getStyle()).isEqualTo("Title");
            assertThat(word.getStyles().styleExist("Heading1")).isTrue();
        }

        List<CloudEvent> events = TestKafka.events(Topics.FINDINGS_REPORTS, reportId, 3);
        assertThat(events).extracting(CloudEvent::type).containsExactly(Events.FINDINGS_REPORT_DRAFTED.name(),
                Events.FINDINGS_REPORT_AGREED.name(), Events.FINDINGS_REPORT_PUBLISHED.name());
    }

    @Test
    void editingAnAgreedReportTakesItBackToDraftAndWithdrawsTheAgreements() {
        Round round = round();
        String editor = Tokens.editor(round.quad().a());
        start(editor, round).then().statusCode(201);
        post(editor, round.path() + "/agreement", "\"0\"").then().statusCode(200);
        post(Tokens.ades(), round.path() + "/agreement", "\"1\"").then().statusCode(200)
                .body("state", equalTo("agreed"));

        edit(Tokens.ades(), round, "focus", "\"2\"", List.of(Map.of("text", "How can we raise attendance in S4?")))
                .then().statusCode(200)
                .body("state", equalTo("draft"))
                .body("councilAgreement", nullValue())
                .body("adesAgreement", nullValue())
                .body("missingForPublication.field", contains("councilAgreement", "adesAgreement"));
        given().auth().oauth2(Tokens.ades()).when().get(round.path() + "/audit").then().statusCode(200)
                .body("action", contains("drafted", "agreed", "agreed", "section-edited", "agreement-withdrawn"));
    }

    @Test
    void aCorrectionIsANewEditionThatSupersedesThePublishedOneAndBothStayReadable() {
        Round round = round();
        String editor = Tokens.editor(round.quad().a());
        String first = start(editor, round).then().statusCode(201).extract().path("id");
        publishAgreed(round, editor);

        post(editor, round.path() + "/corrections", "\"3\"", "{}").then().statusCode(422)
                .body("errors.field", contains("reason"));
        String second = post(editor, round.path() + "/corrections", "\"3\"",
                "{\"reason\":\"The session's date was wrong\"}").then().statusCode(201)
                .body("edition", equalTo(2))
                .body("state", equalTo("draft"))
                .body("supersedes", equalTo(first))
                .body("editions.edition", contains(1, 2))
                .extract().path("id");
        post(editor, round.path() + "/corrections", "\"0\"", "{\"reason\":\"Again\"}").then().statusCode(409);
        given().when().get("/public/findings/" + second).then().statusCode(404);
        given().when().get("/public/findings/" + first).then().statusCode(200).body("state", equalTo("published"));

        publishAgreed(round, editor);

        given().when().get("/public/findings/" + first).then().statusCode(200)
                .body("state", equalTo("superseded"))
                .body("supersededBy", equalTo(second));
        given().when().get("/public/findings/" + second).then().statusCode(200)
                .body("state", equalTo("published"))
                .body("edition", equalTo(2))
                .body("correctionReason", equalTo("The session's date was wrong"));
        given().when().get("/public/findings?council=" + round.quad().a()).then().statusCode(200)
                .body("id", contains(second, first));
        List<CloudEvent> superseded = TestKafka.events(Topics.FINDINGS_REPORTS, first, 4);
        assertThat(superseded).extracting(CloudEvent::type).contains(Events.FINDINGS_REPORT_SUPERSEDED.name());
    }

    @Test
    void aDraftIsReadOnlyByTheCouncilAdesAndTheQuadsAssignedPeopleAndIsNotPublic() {
        Round round = round();
        String reportId = start(Tokens.ades(), round).then().statusCode(201).extract().path("id");

        given().auth().oauth2(Tokens.viewer(round.quad().a())).when().get(round.path()).then().statusCode(200);
        given().auth().oauth2(Tokens.editor(round.quad().b())).when().get(round.path()).then().statusCode(403);
        given().auth().oauth2(Tokens.editor(Feed.councils(1).get(0))).when().get(round.path()).then()
                .statusCode(403);
        edit(Tokens.viewer(round.quad().a()), round, "conclusion", "\"0\"", List.of(Map.of("text", "Mine")))
                .then().statusCode(403);
        edit(Tokens.editor(round.quad().b()), round, "conclusion", "\"0\"", List.of(Map.of("text", "Ours")))
                .then().statusCode(403);
        given().when().get("/public/findings/" + reportId).then().statusCode(404);
        given().when().get("/public/findings?council=" + round.quad().a()).then().statusCode(200)
                .body("id", not(hasItem(reportId)));
        given().when().get(round.path()).then().statusCode(401);
    }

    static void publishAgreed(Round round, String editor) {
        String etag = given().auth().oauth2(Tokens.ades()).when().get(round.path()).then().statusCode(200)
                .extract().header("ETag");
        long version = Long.parseLong(etag.replace("\"", ""));
        post(editor, round.path() + "/agreement", "\"" + version + "\"").then().statusCode(200);
        post(Tokens.ades(), round.path() + "/agreement", "\"" + (version + 1) + "\"").then().statusCode(200);
        post(Tokens.ades(), round.path() + "/publication", "\"" + (version + 2) + "\"").then().statusCode(200)
                .body("state", equalTo("published"));
    }

    static Round round() {
        Partners quad = Partners.form();
        UUID strength = UUID.randomUUID();
        UUID evaluationId = UUID.randomUUID();
        SelfEvaluationSubmittedV1.Statement statement = new SelfEvaluationSubmittedV1.Statement(
                "Our council serves rural and island communities", List.of(
                new SelfEvaluationSubmittedV1.SwotItem(strength, "strength", "Strong partnerships with colleges", 1,
                        List.of(), List.of(), List.of()),
                new SelfEvaluationSubmittedV1.SwotItem(UUID.randomUUID(), "weakness", "Attendance in S4", 1,
                        List.of(), List.of("1.1.2"), List.of())), "A council that knows itself");
        Feed.send(EventCodec.event(Events.SELF_EVALUATION_SUBMITTED, "/rubric-service", evaluationId.toString(),
                new SelfEvaluationSubmittedV1(evaluationId, quad.cycleId(), quad.a(), quad.versionId(),
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                        "editor-" + quad.a().toLowerCase(), List.of(
                                Feed.graded("1.1.1", 2, "findings-" + quad.a()),
                                Feed.graded("1.1.2", 2, "findings-" + quad.a()),
                                Feed.graded("2.1.1", 2, "findings-" + quad.a())), statement)));
        Feed.awaitSubmission(evaluationId);
        UUID focusId = UUID.randomUUID();
        Feed.send(EventCodec.event(Events.FOCUS_AGREED, "/rubric-service", focusId.toString(),
                new FocusV1(focusId, quad.cycleId(), quad.a(), "agreed", "Attendance",
                        "How can we raise attendance in S4?", List.of("How well do we follow up absence?"),
                        "A clear focus", "ades", OffsetDateTime.now(ZoneOffset.UTC))));
        await().atMost(Duration.ofSeconds(30)).until(() -> Feed.tx(() -> CouncilFocus.findById(focusId) != null));
        quad.submit(quad.b(), 3, "findings");
        quad.submit(quad.c(), 4, "findings");
        quad.submit(quad.d(), 5, "findings");

        String ades = Tokens.ades();
        String sessionId = given().auth().oauth2(ades).contentType(ContentType.JSON)
                .body(Map.of("startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.SECONDS)
                        .toInstant().toString(), "location", "Perth", "agenda", List.of("1.1.1")))
                .when().post("/quads/" + quad.quadId() + "/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ades).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("notes", "We agreed to share attendance trackers"))
                .when().patch("/quads/" + quad.quadId() + "/sessions/" + sessionId).then().statusCode(200);
        Map<String, Object> action = new HashMap<>();
        action.put("ownerCouncil", quad.a());
        action.put("description", "Share the attendance tracker");
        action.put("questionCodes", List.of("1.1.1"));
        action.put("dueDate", LocalDate.now().plusMonths(3).toString());
        String actionId = given().auth().oauth2(ades).contentType(ContentType.JSON).body(action)
                .when().post("/quads/" + quad.quadId() + "/actions").then().statusCode(201).extract().path("id");
        return new Round(quad, sessionId, actionId, strength);
    }

    static Response start(String token, Round round) {
        return given().auth().oauth2(token).when().post(round.path()).thenReturn();
    }

    static Response edit(String token, Round round, String section, String ifMatch, List<?> paragraphs) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("paragraphs", paragraphs));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(round.path() + "/sections/" + section).thenReturn();
    }

    static Response post(String token, String path, String ifMatch) {
        return given().auth().oauth2(token).header("If-Match", ifMatch).when().post(path).thenReturn();
    }

    static Response post(String token, String path, String ifMatch, String body) {
        return given().auth().oauth2(token).header("If-Match", ifMatch).contentType(ContentType.JSON).body(body)
                .when().post(path).thenReturn();
    }

    private static List<Map<String, Object>> paragraphs(JsonPath report, String section) {
        return report.getList("sections.find { it.key == '" + section + "' }.paragraphs");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(Map<String, Object> paragraph) {
        return (Map<String, Object>) paragraph.get("source");
    }
}
