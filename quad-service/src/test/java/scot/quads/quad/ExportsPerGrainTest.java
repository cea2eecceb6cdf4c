package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1.IndicatorAnswer;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * The exports beside the comparison follow the cycle's grain: in a cycle whose version grades each quality indicator
 * as a whole, the session pack, the findings report (Word and PDF) and the improvement plan (workbook and CSV) speak
 * of quality indicators, each with its level and the narrative answers to its questions, where a cycle graded per
 * question speaks of questions.
 */
@QuarkusTest
@QuadsTestStack
class ExportsPerGrainTest {

    @Test
    void theSessionPackOfACycleGradedPerIndicatorGivesEachIndicatorsLevelAndItsQuestionsAnswersInPdfAndWord()
            throws IOException {
        Partners quad = graded("pack");
        CommentResourceTest.post(Tokens.editor(quad.a()), quad, "A1", quad.c(), "challenge",
                "What lies behind level 2 on attainment?").then().statusCode(201);
        Map<String, Object> body = SessionDialogueTest.withAgenda(SessionDialogueTest.session(
                OffsetDateTime.now(ZoneOffset.UTC).plusWeeks(1).truncatedTo(ChronoUnit.MINUTES)), List.of("A1"));
        String session = SessionDialogueTest.schedule(Tokens.editor(quad.a()), quad, body).then().statusCode(201)
                .extract().path("id");

        String text = ComparisonExportResourceTest.pdfText(SessionPackTest.pack(Tokens.editor(quad.b()), quad,
                session, "pdf").then().statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertThat(text).contains("grades each quality indicator as a whole",
                "1. Quality indicator A1 Raising attainment",
                "level 5", "level 4", "level 2", "for the quality indicator as a whole",
                "Evidence: Evidence A1 of " + quad.b(),
                "answer to A1-1 (How do you know?): Prompt text " + quad.c(),
                "Flag:", "Quality indicator A1, to", "What lies behind level 2 on attainment?")
                .doesNotContain("answer to this question");

        byte[] docx = SessionPackTest.pack(Tokens.ades(), quad, session, "docx").then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFParagraph> paragraphs = word.getParagraphs();
            assertThat(paragraphs.stream().filter(p -> "Heading2".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .contains("1. Quality indicator A1 Raising attainment");
            assertThat(paragraphs.stream().map(XWPFParagraph::getText).toList())
                    .anySatisfy(p -> assertThat(p).contains("Council " + quad.a()
                            + ": level 5 Very good for the quality indicator as a whole"))
                    .anySatisfy(p -> assertThat(p).contains("answer to A1-1 (How do you know?): Prompt text "
                            + quad.a()));
        }
    }

    @Test
    void theFindingsReportOfACycleGradedPerIndicatorNamesTheIndicatorsInItsWordAndPdf() throws IOException {
        Partners graded = graded("findings");
        // The report of the member whose A1 is lowest, so that its partners' A1 is there to learn from.
        Partners quad = new Partners(graded.cycleId(), graded.versionId(), List.of(graded.c(), graded.a(),
                graded.b()), graded.quadId());
        String ades = Tokens.ades();
        String sessionId = given().auth().oauth2(ades).contentType(ContentType.JSON)
                .body(Map.of("startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.SECONDS)
                        .toInstant().toString(), "location", "Kirkwall", "agenda", List.of("A1")))
                .when().post("/quads/" + quad.quadId() + "/sessions").then().statusCode(201).extract().path("id");
        Map<String, Object> action = new HashMap<>();
        action.put("ownerCouncil", quad.a());
        action.put("description", "Visit a partner's attainment tracking");
        action.put("questionCodes", List.of("A1"));
        action.put("dueDate", LocalDate.now().plusMonths(3).toString());
        String actionId = given().auth().oauth2(ades).contentType(ContentType.JSON).body(action)
                .when().post("/quads/" + quad.quadId() + "/actions").then().statusCode(201).extract().path("id");
        FindingsResourceTest.Round round = new FindingsResourceTest.Round(quad, sessionId, actionId, null);
        String editor = Tokens.editor(quad.a());
        String reportId = FindingsResourceTest.start(editor, round).then().statusCode(201).extract().path("id");
        FindingsResourceTest.publishAgreed(round, editor);

        byte[] docx = given().when().get("/public/findings/" + reportId + "/docx").then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> paragraphs = word.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs)
                    .contains("Quality indicator A1 (Raising attainment): Strengths A1 of " + quad.a())
                    .anySatisfy(p -> assertThat(p).contains("to discuss quality indicator A1 (Raising attainment)"))
                    .anySatisfy(p -> assertThat(p).startsWith("On quality indicator A1 (Raising attainment), Council "
                            + quad.b() + " evaluated itself 3 levels higher (5"))
                    .anySatisfy(p -> assertThat(p).contains("following up quality indicators A1"));
        }
        String pdf = ComparisonExportResourceTest.pdfText(given().when().get("/public/findings/" + reportId + "/pdf")
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray());
        assertThat(pdf).contains("Quality indicator A1 (Raising attainment): Strengths A1 of " + quad.a(),
                "On quality indicator A1 (Raising attainment)");
    }

    @Test
    void thePlanNamesItsColumnAfterTheGrainOfItsCyclesAndSaysWhichCodesAreIndicatorsWhenTheyMix()
            throws IOException {
        Partners graded = graded("plan");
        String council = graded.a();
        action(graded.quadId(), council, "Moderate attainment evidence with partners", "A1");

        String csv = csv(council);
        assertThat(csv.lines().toList().get(0)).startsWith("\uFEFFCycle,Quad,Action,Quality indicators,Accountable");
        assertThat(csv.lines().toList().get(1)).contains("Moderate attainment evidence with partners,A1,");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(council)))) {
            Sheet plan = workbook.getSheet("Improvement plan");
            assertThat(ComparisonExportResourceTest.texts(plan.getRow(3))).startsWith("Cycle", "Quad", "Action",
                    "Quality indicators");
            assertThat(plan.getRow(4).getCell(3).getStringCellValue()).isEqualTo("A1");
        }

        // The same council in a cycle graded per question: the plan mixes grains and says which is which.
        UUID version = Feed.rubricVersion();
        UUID laterCycle = Feed.cycle(version, LocalDate.now().plusMonths(13), "all-submitted-or-deadline");
        List<String> others = Feed.councils(3);
        TestQuad perQuestion = TestQuad.in(laterCycle, version, List.of(council, others.get(0), others.get(1),
                others.get(2)));
        action(perQuestion.quadId(), council, "Track attainment termly", "1.1.1");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx(council)))) {
            Sheet plan = workbook.getSheet("Improvement plan");
            assertThat(plan.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Questions or quality indicators");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 4; r <= plan.getLastRowNum(); r++) {
                rows.add(ComparisonExportResourceTest.texts(plan.getRow(r)));
            }
            // Newest cycle first: the later cycle graded per question, then the one graded per indicator.
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).get(2)).isEqualTo("Track attainment termly");
            assertThat(rows.get(0).get(3)).isEqualTo("1.1.1");
            assertThat(rows.get(1).get(3)).isEqualTo("Quality indicators: A1");
        }
        assertThat(csv(council).lines().toList().get(0)).startsWith(
                "\uFEFFCycle,Quad,Action,Questions or quality indicators,");
    }

    /** Three councils in a cycle graded per quality indicator, each submitted (A1: 5, 4, 2), so all is revealed. */
    private static Partners graded(String marker) {
        UUID versionId = UUID.randomUUID();
        GradedPerIndicatorTest.publish(versionId, null, 1);
        UUID cycleId = Feed.cycle(versionId, LocalDate.now().plusMonths(1), "all-submitted-or-deadline");
        TestQuad quad = TestQuad.in(cycleId, versionId, Feed.councils(3));
        int[] levels = { 5, 4, 2 };
        for (int m = 0; m < 3; m++) {
            submit(cycleId, versionId, quad.member(m), levels[m], marker);
        }
        return new Partners(cycleId, versionId, quad.members(), quad.quadId());
    }

    /** A submission graded per indicator: A1 and B1 with a level and their narrative, A1-1 answered in words. */
    private static void submit(UUID cycleId, UUID versionId, String council, int a1, String marker) {
        UUID evaluationId = UUID.randomUUID();
        List<IndicatorAnswer> indicators = List.of(
                new IndicatorAnswer("A1", a1, false, null, "Evidence A1 of " + council, "Strengths A1 of " + council,
                        "Areas A1 of " + council, "Next steps A1 of " + council),
                new IndicatorAnswer("B1", 4, false, null, "Evidence B1 of " + council, null, null, null));
        SelfEvaluationSubmittedV1 payload = new SelfEvaluationSubmittedV1(evaluationId, cycleId, council,
                versionId, OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                "editor-" + council.toLowerCase(),
                List.of(new SelfEvaluationSubmittedV1.Answer("A1-1", null, false, null, "Prompt text " + council,
                        null, null, null)),
                null, indicators);
        Feed.send(EventCodec.event(Events.SELF_EVALUATION_SUBMITTED, "/rubric-service", evaluationId.toString(),
                payload));
        Feed.awaitSubmission(evaluationId);
    }

    private static void action(String quadId, String owner, String description, String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("ownerCouncil", owner);
        body.put("description", description);
        body.put("questionCodes", List.of(code));
        body.put("dueDate", LocalDate.now().plusMonths(2).toString());
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(body)
                .when().post("/quads/" + quadId + "/actions").then().statusCode(201);
    }

    private static byte[] xlsx(String council) {
        return given().auth().oauth2(Tokens.editor(council)).queryParam("format", "xlsx").when()
                .get("/councils/" + council + "/plan/export").then().statusCode(200).extract().asByteArray();
    }

    private static String csv(String council) {
        return new String(given().auth().oauth2(Tokens.ades()).queryParam("format", "csv").when()
                .get("/councils/" + council + "/plan/export").then().statusCode(200).extract().asByteArray(),
                StandardCharsets.UTF_8);
    }
}
