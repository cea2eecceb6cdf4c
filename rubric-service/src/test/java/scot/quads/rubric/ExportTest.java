package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.rubric.service.ExportCover;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** A council exports its self-evaluation for its committee; the file says which rubric version it answered. */
@QuarkusTest
@QuadsTestStack
class ExportTest {

    private static final String GLASGOW = Tokens.GLASGOW;

    private String cycleId;
    private String cycleName;

    @BeforeEach
    void aCycleWithOneAnswer() {
        Rubrics.councilsAreKnown(GLASGOW, Tokens.EDINBURGH);
        cycleName = "Export " + UUID.randomUUID().toString().substring(0, 8);
        cycleId = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body(Rubrics.cycle(cycleName, Rubrics.publishedDemo(), LocalDate.now().minusDays(30),
                        LocalDate.now().plusYears(1), null))
                .when().post("/cycles").then().statusCode(201).extract().path("id");
        String body = Rubrics.JSON.createObjectNode().put("level", 5)
                .put("evidence", "Line one\nLine two, with \"quotes\" and ünïcödé")
                .put("strengths", "=SUM(A1:A9)").toString();
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).when().put(evaluation() + "/answers/D1.1.1").then().statusCode(200);
    }

    @Test
    void theCsvHasARowPerQuestionNamingTheFrameworkVersion() {
        ExtractableResponse<Response> export = given().auth().oauth2(Tokens.viewer(GLASGOW))
                .when().get(evaluation() + "/export?format=csv")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("self-evaluation " + cycleName + ".csv\""))
                .extract();
        String csv = new String(export.asByteArray(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFframework,frameworkVersion,versionLabel,cycle,council,");
        assertThat(csv).contains(",D1.1.1,").contains(",5,Very good,")
                .contains("\"Line one\nLine two, with \"\"quotes\"\" and ünïcödé\"")
                .contains(",'=SUM(A1:A9),");
        List<String> rows = csv.lines().filter(line -> line.matches(".*,D[1-6]\\.[1-4],.*")).toList();
        assertThat(rows).hasSize(Rubrics.DEMO_QUESTIONS);
        assertThat(rows.get(rows.size() - 1)).contains(",D6.3.3,");
    }

    @Test
    void theSpreadsheetIsReadyForACommitteeAndNamedForTheCouncilAndCycle() throws Exception {
        ExtractableResponse<Response> export = given().auth().oauth2(Tokens.editor(GLASGOW))
                .when().get(evaluation() + "/export?format=xlsx")
                .then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .extract();
        String title = "Council " + GLASGOW + " \u2013 self-evaluation " + cycleName;
        assertThat(export.header("Content-Disposition"))
                .contains("filename=\"Council " + GLASGOW + " - self-evaluation " + cycleName + ".xlsx\"")
                .contains("filename*=UTF-8''Council%20" + GLASGOW + "%20%E2%80%93%20self-evaluation%20");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("DRAFT \u2013 not submitted");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).startsWith("Framework: ")
                    .contains("version 1");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
                    .matches("Generated on \\d{1,2} [A-Z][a-z]+ \\d{4} at \\d{2}:\\d{2} \\(UK time\\)");
            assertThat(sheet.getHeader().getRight()).isEqualTo("DRAFT");

            Row header = sheet.getRow(5);
            assertThat(texts(header)).containsExactly("Theme", "Indicator", "Question", "Prompt", "Level",
                    "Level name", "Not applicable", "Why it does not apply", "Evidence", "Strengths",
                    "Areas for improvement", "Next steps", "Carried forward", "Last changed", "Changed by");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 6);
            assertThat(sheet.getColumnWidth(8)).as("Evidence is wider than the question's code")
                    .isGreaterThan(4 * sheet.getColumnWidth(2));
            assertThat(sheet.getLastRowNum()).isEqualTo(5 + Rubrics.DEMO_QUESTIONS);

            Row first = sheet.getRow(6);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo("D1.1.1");
            assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(5.0);
            assertThat(first.getCell(5).getStringCellValue()).isEqualTo("Very good");
            assertThat(first.getCell(8).getStringCellValue())
                    .isEqualTo("Line one\nLine two, with \"quotes\" and ünïcödé");
            assertThat(first.getCell(9).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(9).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
            assertThat(first.getCell(13).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.now(ZoneId.of("Europe/London")));
            assertThat(sheet.getRow(7).getCell(5).getStringCellValue()).isEqualTo("Not answered");
        }
    }

    @Test
    void onceSubmittedTheFilesSayWhenAndAreNoLongerDrafts() throws Exception {
        Rubrics.submitted(cycleId, GLASGOW);

        byte[] workbookFile = given().auth().oauth2(Tokens.ades())
                .when().get(evaluation() + "/export?format=xlsx").then().statusCode(200).extract().asByteArray();
        String submittedOn = "Submitted on " + ExportCover.DATE.format(LocalDate.now(ZoneId.of("Europe/London")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookFile))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(submittedOn);
            assertThat(sheet.getHeader().getRight()).isNullOrEmpty();
        }
        String text = pdfText(given().auth().oauth2(Tokens.ades())
                .when().get(evaluation() + "/export?format=pdf").then().statusCode(200).extract().asByteArray());
        assertThat(text).contains(submittedOn).doesNotContain("DRAFT");
    }

    @Test
    void onlyCsvXlsxAndPdfCanBeExported() {
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().get(evaluation() + "/export?format=docx")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("format")));
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().get(evaluation() + "/export")
                .then().statusCode(200).contentType(containsString("text/csv"));
    }

    @Test
    void onlyTheCouncilAndAdesExportIt() {
        given().auth().oauth2(Tokens.editor(Tokens.EDINBURGH)).when().get(evaluation() + "/export")
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get(evaluation() + "/export").then().statusCode(401);
        given().auth().oauth2(Tokens.ades()).when().get(evaluation() + "/export").then().statusCode(200);
    }

    /** The text of every page, as a reader copying from the PDF would get it. */
    static String pdfText(byte[] file) throws Exception {
        PdfReader reader = new PdfReader(file);
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private String evaluation() {
        return "/cycles/" + cycleId + "/evaluations/" + GLASGOW;
    }
}
