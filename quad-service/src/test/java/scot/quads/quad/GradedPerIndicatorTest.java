package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.RubricVersionPublishedV1.Indicator;
import scot.quads.contract.payload.RubricVersionPublishedV1.Question;
import scot.quads.contract.payload.RubricVersionPublishedV1.Theme;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1.IndicatorAnswer;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/**
 * A version graded per quality indicator is compared per indicator: each indicator's level and narrative, side by
 * side with the statistics, each member's narrative answers to its questions beside its level; a later version
 * keeps each indicator's lineage by its code.
 */
@QuarkusTest
@QuadsTestStack
class GradedPerIndicatorTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void theQuadComparesEachIndicatorAsAWhole() {
        UUID versionId = UUID.randomUUID();
        publish(versionId, null, 1);
        UUID cycleId = Feed.cycle(versionId, LocalDate.now().plusMonths(1), "all-submitted-or-deadline");
        TestQuad quad = TestQuad.in(cycleId, versionId, Feed.councils(3));
        int[][] levels = { { 5, 3 }, { 4, 3 }, { 2, 6 } };
        for (int m = 0; m < 3; m++) {
            submit(quad, m, levels[m][0], levels[m][1]);
        }

        given().auth().oauth2(Tokens.editor(quad.member(1))).when().get("/quads/" + quad.quadId() + "/comparison")
                .then().statusCode(200)
                .body("reveal.revealed", equalTo(true))
                .body("cycle.gradedPerIndicator", equalTo(true))
                .body("questions.questionCode", contains("A1", "B1"))
                .body("questions[0].indicatorCode", equalTo("A1"))
                .body("questions[0].prompt", equalTo("Raising attainment"))
                .body("questions[0].answers.level", contains(5, 4, 2))
                .body("questions[0].answers[0].evidence", equalTo("Evidence A1 of " + quad.member(0)))
                .body("questions[0].statistics.median", equalTo(4.0f))
                .body("questions[1].answers.level", contains(3, 3, 6))
                // Each member's narrative answers to the indicator's questions come beside its level, with the
                // question's prompt; a question it did not answer is not listed.
                .body("questions[0].answers[1].prompts.code", contains("A1-1"))
                .body("questions[0].answers[1].prompts[0].prompt", equalTo("How do you know?"))
                .body("questions[0].answers[1].prompts[0].evidence", equalTo("Prompt text " + quad.member(1)))
                .body("questions[1].answers[1].prompts", org.hamcrest.Matchers.empty());

        UUID later = UUID.randomUUID();
        publish(later, versionId, 2);
        assertThat(Feed.tx(() -> Stored.rubricVersion(later)).questions)
                .extracting(RubricVersion.Question::lineage).containsExactly("same", "same");
        assertThat(Feed.tx(() -> Stored.rubricVersion(later)).gradedPerIndicator).isTrue();
    }

    @Test
    void theComparisonsPdfAndSpreadsheetCarryTheAnswersToEachIndicatorsQuestions() throws Exception {
        UUID versionId = UUID.randomUUID();
        publish(versionId, null, 1);
        UUID cycleId = Feed.cycle(versionId, LocalDate.now().plusMonths(1), "all-submitted-or-deadline");
        TestQuad quad = TestQuad.in(cycleId, versionId, Feed.councils(3));
        int[][] levels = { { 5, 3 }, { 4, 3 }, { 2, 6 } };
        for (int m = 0; m < 3; m++) {
            submit(quad, m, levels[m][0], levels[m][1]);
        }

        String pdf = ComparisonExportResourceTest.pdfText(export(quad, "pdf"));
        assertThat(pdf).contains("grades each quality indicator as a whole", "Quality indicator",
                "Raising attainment", "Answers to the indicators' questions",
                "How do you know?", "Prompt text " + quad.member(0), "Prompt text " + quad.member(2),
                "Council " + quad.member(1));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(quad, "xlsx")))) {
            assertThat(ComparisonExportResourceTest.texts(workbook.getSheet("Side by side").getRow(5)))
                    .startsWith("Theme", "Indicator", "Quality indicator", "Title");
            Sheet questions = workbook.getSheet("Answers to questions");
            assertThat(questions).as("a sheet of the indicators' questions' answers").isNotNull();
            assertThat(ComparisonExportResourceTest.texts(questions.getRow(5))).containsExactly("Quality indicator",
                    "Question", "Prompt", "Council", "Evidence", "Strengths", "Areas for improvement", "Next steps");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 6; r <= questions.getLastRowNum(); r++) {
                rows.add(ComparisonExportResourceTest.texts(questions.getRow(r)));
            }
            // One row per member's answer to A1-1 (B1-1 was not answered), each with its prompt and words.
            assertThat(rows).hasSize(3);
            for (int m = 0; m < 3; m++) {
                assertThat(rows.get(m)).containsExactly("A1", "A1-1", "How do you know?",
                        "Council " + quad.member(m), "Prompt text " + quad.member(m));
            }
            assertThat(ComparisonExportResourceTest.texts(workbook.getSheet("Agenda").getRow(5)))
                    .startsWith("Rank", "Quality indicator", "Title");
            assertThat(ComparisonExportResourceTest.texts(workbook.getSheet("Comments").getRow(5)))
                    .startsWith("Quality indicator", "About");
            assertThat(ComparisonExportResourceTest.texts(workbook.getSheet("Actions").getRow(5)))
                    .startsWith("Owner", "Action", "Quality indicators");
        }
    }

    @Test
    void flagsAgendaLearningPartnersAndTheNationalPictureWorkPerIndicator() {
        UUID versionId = UUID.randomUUID();
        publish(versionId, null, 1);
        UUID cycleId = Feed.cycle(versionId, LocalDate.now().plusMonths(1), "all-submitted-or-deadline");
        TestQuad quad = TestQuad.in(cycleId, versionId, Feed.councils(3));
        int[][] levels = { { 5, 3 }, { 4, 3 }, { 2, 6 } };
        for (int m = 0; m < 3; m++) {
            submit(quad, m, levels[m][0], levels[m][1]);
        }
        // Five councils outside the quad grade A1 (not B1): a partner sees A1's national counts, not B1's.
        for (String outside : Feed.councils(5)) {
            submitIndicators(cycleId, versionId, outside, 4, null);
        }

        given().auth().oauth2(Tokens.editor(quad.member(0))).when().get("/quads/" + quad.quadId() + "/comparison")
                .then().statusCode(200)
                // A1: 5, 4, 2 (median 4: 2 is two below); B1: 3, 3, 6 (median 3: 6 is three above).
                .body("flags.farFromMedian.questionCode", contains("A1", "B1"))
                .body("flags.farFromMedian.councilCode", contains(quad.member(2), quad.member(2)))
                .body("agenda.questionCode", org.hamcrest.Matchers.containsInAnyOrder("A1", "B1"))
                .body("agenda.spread", contains(3, 3))
                .body("indicators.code", contains("A1", "B1"));

        given().auth().oauth2(Tokens.editor(quad.member(2))).when()
                .get("/quads/" + quad.quadId() + "/learning-partners")
                .then().statusCode(200)
                .body("questions.questionCode", contains("A1"))
                .body("questions[0].prompt", equalTo("Raising attainment"))
                .body("questions[0].level", equalTo(2))
                .body("questions[0].partners.councilCode", contains(quad.member(0), quad.member(1)))
                .body("questions[0].partners.levelsHigher", contains(3, 2));

        given().auth().oauth2(Tokens.editor(quad.member(0))).when().get("/cycles/" + cycleId + "/national")
                .then().statusCode(200)
                .body("councilsSubmitted", equalTo(8))
                .body("questions.questionCode", contains("A1", "B1"))
                .body("questions[0].suppressed", equalTo(false))
                .body("questions[0].councilsGraded", equalTo(8))
                .body("questions[0].distribution.councils", contains(0, 1, 6, 0, 1, 0))
                .body("questions[0].councilLevel", equalTo(5))
                .body("questions[0].quadMedian", equalTo(4.0f))
                // Only the quad's three graded B1: suppressed.
                .body("questions[1].suppressed", equalTo(true))
                .body("questions[1].councilsGraded", equalTo(3))
                .body("questions[1].suppressedBecause", org.hamcrest.Matchers.containsString("Fewer than 5"));
    }

    @Test
    void aTrendAcrossAChangeOfGrainSaysNotComparableAndFollowsAnIndicatorGradedWholeAfterwards() {
        String council = Feed.councils(1).get(0);
        UUID perQuestion = UUID.randomUUID();
        List<Theme> themes = List.of(new Theme("A", "Outcomes", List.of(new Indicator("A1", "Raising attainment",
                List.of(new Question("A1-1", "How well are we raising attainment?", false))))),
                new Theme("B", "Support", List.of(new Indicator("B1", "Challenge and support",
                        List.of(new Question("B1-1", "How do you decide?", false))))));
        TestKafka.send(Topics.RUBRIC_VERSIONS, perQuestion.toString(), EventCodec.event(
                Events.RUBRIC_VERSION_PUBLISHED, "/rubric-service", perQuestion.toString(),
                new RubricVersionPublishedV1(perQuestion, "QUADS-TEST-QI", "Test framework graded per indicator", 1,
                        "Per question " + perQuestion, Feed.SCALE, themes, null,
                        RubricVersionPublishedV1.GRADED_PER_QUESTION)));
        await().atMost(PATIENCE).until(() -> Feed.tx(() -> Stored.rubricVersion(perQuestion) != null));
        UUID wholeFirst = UUID.randomUUID();
        publish(wholeFirst, perQuestion, 2);
        UUID wholeAgain = UUID.randomUUID();
        publish(wholeAgain, wholeFirst, 3);

        UUID twoYearsAgo = Feed.cycle(perQuestion, LocalDate.now().minusYears(2), "all-submitted-or-deadline");
        Feed.submit(twoYearsAgo, council, perQuestion, List.of(Feed.graded("A1-1", 2, "then"),
                Feed.graded("B1-1", 3, "then")));
        UUID lastYear = Feed.cycle(wholeFirst, LocalDate.now().minusYears(1), "all-submitted-or-deadline");
        submitIndicators(lastYear, wholeFirst, council, 3, 4);
        UUID thisYear = Feed.cycle(wholeAgain, LocalDate.now().plusMonths(1), "all-submitted-or-deadline");
        submitIndicators(thisYear, wholeAgain, council, 5, 4);

        given().auth().oauth2(Tokens.viewer(council)).when().get("/councils/" + council + "/trend")
                .then().statusCode(200)
                .body("cycles.cycleId", contains(twoYearsAgo.toString(), lastYear.toString(), thisYear.toString()))
                .body("questions.questionCode", contains("A1", "B1"))
                // Graded question by question two years ago: not comparable, no level joined; whole since.
                .body("questions[0].points.comparable", contains(false, true, true))
                .body("questions[0].points[0].level", org.hamcrest.Matchers.nullValue())
                .body("questions[0].points[0].note", org.hamcrest.Matchers.notNullValue())
                .body("questions[0].points.level", contains(null, 3, 5))
                .body("questions[1].points.level", contains(null, 4, 4));
    }

    @Test
    void aTrendFollowsARenamedIndicatorAndSaysNotComparableForASplitOrMergedOne() {
        String council = Feed.councils(1).get(0);
        UUID first = UUID.randomUUID();
        publish(first, null, 1);
        UUID second = UUID.randomUUID();
        List<Theme> themes = List.of(new Theme("A", "Outcomes", List.of(
                        indicator("A9", "Attainment of every learner", "reworded", List.of("A1")))),
                new Theme("B", "Support", List.of(indicator("B2", "Challenge", "split-from", List.of("B1")),
                        indicator("B3", "Support and attainment", "merged-from", List.of("A1", "B1")))));
        TestKafka.send(Topics.RUBRIC_VERSIONS, second.toString(), EventCodec.event(Events.RUBRIC_VERSION_PUBLISHED,
                "/rubric-service", second.toString(), new RubricVersionPublishedV1(second, "QUADS-TEST-QI",
                        "Test framework graded per indicator", 2, "Test " + second, Feed.SCALE, themes, first,
                        RubricVersionPublishedV1.GRADED_PER_QUALITY_INDICATOR)));
        await().atMost(PATIENCE).until(() -> Feed.tx(() -> Stored.rubricVersion(second) != null));

        UUID lastYear = Feed.cycle(first, LocalDate.now().minusYears(1), "all-submitted-or-deadline");
        submitIndicators(lastYear, first, council, 3, 4);
        UUID thisYear = Feed.cycle(second, LocalDate.now().plusMonths(1), "all-submitted-or-deadline");
        UUID evaluationId = UUID.randomUUID();
        Feed.send(EventCodec.event(Events.SELF_EVALUATION_SUBMITTED, "/rubric-service", evaluationId.toString(),
                new SelfEvaluationSubmittedV1(evaluationId, thisYear, council, second,
                        OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS),
                        "editor-" + council.toLowerCase(),
                        List.of(new SelfEvaluationSubmittedV1.Answer("A9-1", null, false, null, "In words", null,
                                null, null)), null,
                        List.of(new IndicatorAnswer("A9", 5, false, null, "Evidence A9", null, null, null),
                                new IndicatorAnswer("B2", 4, false, null, "Evidence B2", null, null, null),
                                new IndicatorAnswer("B3", 2, false, null, "Evidence B3", null, null, null)))));
        Feed.awaitSubmission(evaluationId);

        given().auth().oauth2(Tokens.viewer(council)).when().get("/councils/" + council + "/trend")
                .then().statusCode(200)
                .body("questions.questionCode", contains("A9", "B2", "B3"))
                // Renamed: compared with A1 as the same indicator.
                .body("questions[0].points.comparable", contains(true, true))
                .body("questions[0].points.questionCode", contains("A1", "A9"))
                .body("questions[0].points.level", contains(3, 5))
                .body("questions[0].points[0].note", containsString("Reworded since"))
                // Split and merged: not comparable, no level joined, and the reason said.
                .body("questions[1].points.comparable", contains(false, true))
                .body("questions[1].points.level", contains(null, 4))
                .body("questions[1].points[0].note", containsString("B2 in \"Test " + second
                        + "\" was split from B1"))
                .body("questions[2].points.comparable", contains(false, true))
                .body("questions[2].points[0].note", containsString("merges A1, B1"));
    }

    private static Indicator indicator(String code, String title, String lineage, List<String> derivedFrom) {
        return new Indicator(code, title, List.of(new Question(code + "-1", "What do you see?", false, "new",
                List.of(), "narrative", true)), false, lineage, derivedFrom);
    }

    private static byte[] export(TestQuad quad, String format) {
        return given().auth().oauth2(Tokens.editor(quad.member(0))).queryParam("format", format)
                .when().get("/quads/" + quad.quadId() + "/comparison/export")
                .then().statusCode(200).extract().asByteArray();
    }

    private static void submit(TestQuad quad, int member, int a1, int b1) {
        submitIndicators(quad.cycleId(), quad.versionId(), quad.member(member), a1, b1);
    }

    /** A council's submission graded per indicator: A1 (and B1 unless null) with a level, A1-1 answered in words. */
    private static void submitIndicators(UUID cycleId, UUID versionId, String council, int a1, Integer b1) {
        UUID evaluationId = UUID.randomUUID();
        List<IndicatorAnswer> indicators = new ArrayList<>(List.of(
                new IndicatorAnswer("A1", a1, false, null, "Evidence A1 of " + council, null, null, null)));
        if (b1 != null) {
            indicators.add(new IndicatorAnswer("B1", b1, false, null, "Evidence B1 of " + council, null, null, null));
        }
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

    static void publish(UUID versionId, UUID basedOn, int number) {
        List<Theme> themes = List.of(
                new Theme("A", "Outcomes", List.of(new Indicator("A1", "Raising attainment", List.of(
                        new Question("A1-1", "How do you know?", false, basedOn == null ? null : "same",
                                basedOn == null ? List.of() : List.of("A1-1"), "narrative", true)), false))),
                new Theme("B", "Support", List.of(new Indicator("B1", "Challenge and support", List.of(
                        new Question("B1-1", "How do you decide?", false, basedOn == null ? null : "same",
                                basedOn == null ? List.of() : List.of("B1-1"), "narrative", true)), false))));
        TestKafka.send(Topics.RUBRIC_VERSIONS, versionId.toString(), EventCodec.event(Events.RUBRIC_VERSION_PUBLISHED,
                "/rubric-service", versionId.toString(), new RubricVersionPublishedV1(versionId, "QUADS-TEST-QI",
                        "Test framework graded per indicator", number, "Test " + versionId, Feed.SCALE, themes,
                        basedOn, RubricVersionPublishedV1.GRADED_PER_QUALITY_INDICATOR)));
        await().atMost(PATIENCE).until(() -> Feed.tx(() -> Stored.rubricVersion(versionId) != null));
    }
}
