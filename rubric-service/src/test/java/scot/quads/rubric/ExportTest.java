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
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/** A council exports its self-evaluation for its committee; the file says which rubric version it answered. */
@QuarkusTest
@QuadsTestStack
class ExportTest {

    private static final String GLASGOW = Tokens.GLASGOW;

    private String cycleId;

    @BeforeEach
    void aCycleWithOneAnswer() {
        Rubrics.councilsAreKnown(GLASGOW, Tokens.EDINBURGH);
        cycleId = Rubrics.openCycle();
        String body = Rubrics.JSON.createObjectNode().put("level", 5)
                .put("evidence", "Line one\nLine two, with \"quotes\" and ünïcödé")
                .put("strengths", "=SUM(A1:A9)").toString();
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).when().put(evaluation() + "/answers/1.1.1").then().statusCode(200);
    }

    @Test
    void theCsvHasARowPerQuestionNamingTheFrameworkVersion() {
        ExtractableResponse<Response> export = given().auth().oauth2(Tokens.viewer(GLASGOW))
                .when().get(evaluation() + "/export?format=csv")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString(GLASGOW))
                .header("Content-Disposition", containsString("-v1.csv"))
                .extract();
        String csv = new String(export.asByteArray(), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFframework,frameworkVersion,versionLabel,cycle,council,");
        assertThat(csv).contains(",1.1.1,").contains(",5,Very good,")
                .contains("\"Line one\nLine two, with \"\"quotes\"\" and ünïcödé\"")
                .contains(",'=SUM(A1:A9),");
        List<String> rows = csv.lines().filter(line -> line.contains(",QI ")).toList();
        assertThat(rows).hasSize(Rubrics.DEMO_QUESTIONS);
        assertThat(rows.get(rows.size() - 1)).contains(",6.3.3,");
    }

    @Test
    void theSpreadsheetHasTheSameColumnsAsTextCells() throws Exception {
        byte[] file = given().auth().oauth2(Tokens.editor(GLASGOW))
                .when().get(evaluation() + "/export?format=xlsx")
                .then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString("-v1.xlsx"))
                .extract().asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(Rubrics.DEMO_QUESTIONS);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("framework");
            Row first = sheet.getRow(1);
            assertThat(first.getCell(8).getStringCellValue()).isEqualTo("1.1.1");
            assertThat(first.getCell(10).getStringCellValue()).isEqualTo("5");
            assertThat(first.getCell(11).getStringCellValue()).isEqualTo("Very good");
            assertThat(first.getCell(14).getStringCellValue())
                    .isEqualTo("Line one\nLine two, with \"quotes\" and ünïcödé");
            assertThat(first.getCell(15).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(15).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
        }
    }

    @Test
    void thePdfIsAReportNamingTheCouncilTheVersionAndEveryAnswerAsTyped() throws Exception {
        String narrative = "Attendance rose in Gàidhlig-medium classes – see annex\nSecond line: łódź";
        String body = Rubrics.JSON.createObjectNode().put("level", 3).put("strengths", narrative).toString();
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body).when().put(evaluation() + "/answers/1.1.2").then().statusCode(200);
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"notApplicable\":true,\"notApplicableReason\":\"We run no special schools\"}")
                .when().put(evaluation() + "/answers/1.4.3").then().statusCode(200);

        byte[] file = given().auth().oauth2(Tokens.viewer(GLASGOW))
                .when().get(evaluation() + "/export?format=pdf")
                .then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString(GLASGOW))
                .header("Content-Disposition", containsString("-v1.pdf"))
                .extract().asByteArray();

        String text = pdfText(file);
        assertThat(text).contains(GLASGOW)
                .contains("version 1").contains("1.1.1")
                .contains("Level 5").contains("Very good")
                .contains("Level 3")
                .contains("Attendance rose in Gàidhlig-medium classes")
                .contains("Second line: łódź")
                .contains("Not applicable: We run no special schools")
                .contains("Not answered");
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

    private String evaluation() {
        return "/cycles/" + cycleId + "/evaluations/" + GLASGOW;
    }
}
