package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

@QuarkusTest
@QuadsTestStack
class ComparisonExportResourceTest {

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    @Test
    void thePdfReportHasTheHeatMapWithNumbersAndLabelsTheFlagsAndTheAgenda() throws IOException {
        TestQuad quad = revealedQuad();

        Response response = export(Tokens.editor(quad.member(2)), quad, "pdf");

        response.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString(" - quad comparison "))
                .header("Content-Disposition", containsString(".pdf\"; filename*=UTF-8''"))
                .header("Content-Disposition", containsString("%E2%80%93%20quad%20comparison%20"));
        String text = pdfText(response.asByteArray());
        assertThat(text).contains("quad comparison", "Council " + quad.member(0), "Council " + quad.member(3),
                "1.1.1", "How well are we raising attainment?", "6 Excellent", "2 Weak", "4 Good", "Flags",
                "above the quad median", "characters of evidence", "Agenda", "Rank", "Range",
                "Final \u2013 every member has submitted", "Generated on ", "Page 1")
                .doesNotContain("DRAFT", "Spread", "Answers to the indicators' questions", "Quality indicator");
        assertThat(text).containsPattern("Generated on \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2} \\(UK time\\)");
    }

    @Test
    void whileAMemberHasNotSubmittedTheFilesAreDrafts() throws IOException {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        quad.submit(0, 6, 6, 6, "draft-a");

        String text = pdfText(export(Tokens.ades(), quad, "pdf").then().statusCode(200).extract().asByteArray());
        assertThat(text).contains("DRAFT \u2013 1 of 4 members have submitted");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                export(Tokens.ades(), quad, "xlsx").then().statusCode(200).extract().asByteArray()))) {
            for (Sheet sheet : workbook) {
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).as(sheet.getSheetName())
                        .isEqualTo("DRAFT \u2013 1 of 4 members have submitted");
                assertThat(sheet.getHeader().getRight()).isEqualTo("DRAFT");
            }
        }
    }

    @Test
    void theSpreadsheetHasLevelsAsNumbersBesideTheirLabelsTheAnswersFlagsAndAgenda() throws IOException {
        TestQuad quad = revealedQuad();

        Response response = export(Tokens.viewer(quad.member(1)), quad, "XLSX");

        response.then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.asByteArray()))) {
            Sheet side = workbook.getSheet("Side by side");
            assertThat(side.getRow(0).getCell(0).getStringCellValue()).contains(" \u2013 quad comparison ");
            assertThat(side.getRow(3).getCell(0).getStringCellValue()).startsWith("Generated on ");
            List<String> header = texts(side.getRow(5));
            assertThat(header).startsWith("Theme", "Indicator", "Question", "Prompt",
                    "Council " + quad.member(0) + ": level", "Council " + quad.member(0) + ": level name");
            assertThat(header).doesNotContain("Spread");
            assertThat(side.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 6);
            assertThat(side.getColumnWidth(3)).as("the prompt is wider than the question's code")
                    .isGreaterThan(3 * side.getColumnWidth(2));
            Row first = side.getRow(6);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("1.1.1");
            assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(6.0);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Excellent");
            assertThat(first.getCell(6).getNumericCellValue()).isEqualTo(2.0);
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("Weak");
            int median = header.indexOf("Median");
            assertThat(first.getCell(median).getNumericCellValue()).isEqualTo(3.0);
            assertThat(first.getCell(header.indexOf("Range")).getNumericCellValue()).isEqualTo(4.0);

            Sheet answers = workbook.getSheet("Answers");
            assertThat(answers.getRow(6).getCell(1).getStringCellValue()).isEqualTo("Council " + quad.member(0));
            assertThat(answers.getRow(6).getCell(6).getStringCellValue()).isEqualTo("Evidence a");
            assertThat(texts(workbook.getSheet("Flags").getRow(6))).contains("1.1.1", "Council " + quad.member(0),
                    "Far from the median");
            assertThat(texts(workbook.getSheet("Agenda").getRow(6))).contains("1.1.1");
            // Graded per question, there are no indicators' questions answered apart from their levels.
            assertThat(workbook.getSheet("Answers to questions")).isNull();
        }
    }

    @Test
    void bothFilesCarryTheQuadsSessionsWithTheirNotesItsCommentThreadsAndItsActions() throws IOException {
        TestQuad quad = revealedQuad();
        String ades = Tokens.ades();
        String sessionId = given().auth().oauth2(ades).contentType(ContentType.JSON)
                .body(Map.of("startsAt", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1)
                        .truncatedTo(ChronoUnit.SECONDS).toInstant().toString(), "location", "Stirling", "agenda",
                        List.of("1.1.1")))
                .when().post("/quads/" + quad.quadId() + "/sessions").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ades).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("notes", "Agreed: A shows its tracker to B in March"))
                .when().patch("/quads/" + quad.quadId() + "/sessions/" + sessionId).then().statusCode(200);
        String threadId = given().auth().oauth2(Tokens.editor(quad.member(1))).contentType(ContentType.JSON)
                .body(Map.of("questionCode", "1.1.1", "aboutCouncil", quad.member(0), "kind", "challenge",
                        "text", "What makes this a 6?"))
                .when().post("/quads/" + quad.quadId() + "/comments").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.editor(quad.member(0))).contentType(ContentType.JSON)
                .body(Map.of("text", "Three years of rising results"))
                .when().post("/quads/" + quad.quadId() + "/comments/" + threadId + "/replies").then().statusCode(201);
        Map<String, Object> action = new HashMap<>();
        action.put("ownerCouncil", quad.member(1));
        action.put("description", "Visit A's tracking team");
        action.put("questionCodes", List.of("1.1.1"));
        action.put("dueDate", NEXT_MONTH.plusMonths(2).toString());
        action.put("officerName", "B. Example");
        action.put("baseline", "Level 2");
        action.put("target", "Level 4");
        given().auth().oauth2(ades).contentType(ContentType.JSON).body(action)
                .when().post("/quads/" + quad.quadId() + "/actions").then().statusCode(201);

        String text = pdfText(export(Tokens.editor(quad.member(2)), quad, "pdf").then().statusCode(200).extract()
                .asByteArray());
        assertThat(text).contains("Sessions", "Stirling", "Agreed: A shows its tracker to B in March",
                "Comment threads", "What makes this a 6?", "Three years of rising results", "Actions",
                "Visit A's tracking team", "B. Example", "Level 2", "Level 4");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export(Tokens.viewer(quad.member(3)),
                quad, "xlsx").then().statusCode(200).extract().asByteArray()))) {
            assertThat(texts(workbook.getSheet("Sessions").getRow(6)))
                    .contains("Stirling", "1.1.1", "Agreed: A shows its tracker to B in March");
            Sheet comments = workbook.getSheet("Comments");
            assertThat(texts(comments.getRow(5))).startsWith("Question", "About", "Kind");
            assertThat(texts(comments.getRow(6))).contains("1.1.1", "Council " + quad.member(0), "challenge",
                    "What makes this a 6?");
            assertThat(texts(comments.getRow(7))).contains("reply", "Three years of rising results");
            List<String> actions = texts(workbook.getSheet("Actions").getRow(6));
            assertThat(actions).contains("Council " + quad.member(1), "Visit A's tracking team", "Open",
                    "B. Example", "Level 2", "Level 4");
        }
    }

    @Test
    void nothingIsExportedBeforeTheReveal() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        quad.submit(0, 6, 6, 6, "unrevealed-a");

        for (String format : List.of("pdf", "xlsx")) {
            Response refused = export(Tokens.editor(quad.member(1)), quad, format);
            refused.then().statusCode(409).contentType("application/problem+json");
            assertThat(refused.asString()).doesNotContain("unrevealed-a", "Excellent");
        }
        export(Tokens.ades(), quad, "xlsx").then().statusCode(200);
    }

    @Test
    void exportsNeedAMemberOrAdesAndAKnownFormat() {
        TestQuad quad = revealedQuad();
        String outsider = Feed.councils(1).get(0);

        export(Tokens.editor(quad.member(0)), quad, "docx").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        export(Tokens.editor(quad.member(0)), quad, null).then().statusCode(200).contentType("application/pdf");
        export(Tokens.editor(outsider), quad, "pdf").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.editor(outsider)).queryParam("format", "xlsx").when()
                .get("/quads/" + UUID.randomUUID() + "/comparison/export").then().statusCode(403);
        export(Tokens.nobody(), quad, "pdf").then().statusCode(403);
        given().when().get("/quads/" + quad.quadId() + "/comparison/export").then().statusCode(401);
    }

    /** 1.1.1: A 6, B 2, C 3, D 3 (A far above, on thin evidence); 1.1.2 and 2.1.1: all 4. */
    private static TestQuad revealedQuad() {
        TestQuad quad = TestQuad.of(4, NEXT_MONTH, "all-submitted-or-deadline");
        quad.submit(0, 6, 4, 4, "a");
        quad.submit(1, 2, 4, 4, "b");
        quad.submit(2, 3, 4, 4, "c");
        quad.submit(3, 3, 4, 4, "d");
        return quad;
    }

    private static Response export(String token, TestQuad quad, String format) {
        var request = given().auth().oauth2(token);
        if (format != null) {
            request = request.queryParam("format", format);
        }
        return request.when().get("/quads/" + quad.quadId() + "/comparison/export");
    }

    static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString().replaceAll("\\s+", " ");
        } finally {
            reader.close();
        }
    }

    static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (Cell cell : row) {
            texts.add(cell.getCellType() == CellType.NUMERIC ? Double.toString(cell.getNumericCellValue())
                    : cell.getStringCellValue());
        }
        return texts;
    }
}
