package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.quads.testing.Tokens;
import scot.quads.testing.QuadsTestStack;

/** ADES drafts rubrics in Excel: a version exports as a workbook and the workbook imports as a new draft. */
@QuarkusTest
@QuadsTestStack
class RubricWorkbookTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aVersionExportedAsAWorkbookImportsAgainWithTheSameContent() throws Exception {
        String code = Rubrics.freshCode();
        ObjectNode rubric = Rubrics.demo(code);
        ((ObjectNode) rubric.get("themes").get(0).get("indicators").get(0).get("questions").get(0))
                .put("guidance", "Line one\nLine two, ünïcödé, =not a formula");
        ((ObjectNode) rubric.get("themes").get(0).get("indicators").get(0).get("questions").get(1))
                .set("narrativeFields", Rubrics.JSON.createArrayNode().add("nextSteps").add("evidence"));
        ((ObjectNode) rubric.get("themes").get(0).get("indicators").get(0).get("questions").get(2))
                .set("narrativeFields", Rubrics.JSON.createArrayNode());
        String first = Rubrics.importDraft(rubric);

        byte[] workbook = given().auth().oauth2(Tokens.viewer(Tokens.GLASGOW))
                .when().get("/versions/" + first + "/export?format=xlsx")
                .then().statusCode(200)
                .contentType(containsString("spreadsheetml"))
                .header("Content-Disposition", containsString(code + "-v1.xlsx"))
                .extract().asByteArray();
        String second = importWorkbook(Tokens.ades(), workbook).statusCode(201)
                .body("frameworkCode", equalTo(code), "number", equalTo(2), "status", equalTo("draft"))
                .body("questionCount", equalTo(Rubrics.DEMO_QUESTIONS))
                .extract().path("id");

        JsonNode before = exportJson(first);
        JsonNode after = exportJson(second);
        assertThat(after).isEqualTo(before);
        assertThat(after.get("themes").get(0).get("indicators").get(0).get("questions").get(0).get("guidance")
                .asText()).isEqualTo("Line one\nLine two, ünïcödé, =not a formula");
        JsonNode questions = after.get("themes").get(0).get("indicators").get(0).get("questions");
        assertThat(questions.get(1).get("narrativeFields")).hasSize(2);
        assertThat(questions.get(1).get("narrativeFields").get(0).asText()).isEqualTo("evidence");
        assertThat(questions.get(2).get("narrativeFields")).isEmpty();
        assertThat(questions.get(0).get("narrativeFields")).hasSize(4);
        assertThat(questions.get(0).get("contextIndicators").toString()).isEqualTo("[\"CHN13a\",\"CHN13b\"]");
    }

    @Test
    void theJsonExportIsTheCanonicalFormAndImportsAsIs() {
        String code = Rubrics.freshCode();
        String first = Rubrics.importDraft(Rubrics.demo(code));
        String json = given().auth().oauth2(Tokens.ades()).when().get("/versions/" + first + "/export")
                .then().statusCode(200).contentType(ContentType.JSON)
                .header("Content-Disposition", containsString(code + "-v1.json"))
                .body("code", equalTo(code), "scale.size()", equalTo(6))
                .extract().asString();

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(json)
                .when().post("/frameworks/import")
                .then().statusCode(201).body("number", equalTo(2), "questionCount", equalTo(Rubrics.DEMO_QUESTIONS));
        given().auth().oauth2(Tokens.ades()).when().get("/versions/" + first + "/export?format=pdf")
                .then().statusCode(400).body("errors.field", equalTo(List.of("format")));
    }

    @Test
    void aWorkbookWithBadCellsIsRefusedNamingEachCellAndWritesNothing() throws Exception {
        String code = Rubrics.freshCode();
        String first = Rubrics.importDraft(Rubrics.demo(code));
        byte[] good = given().auth().oauth2(Tokens.ades()).when().get("/versions/" + first + "/export?format=xlsx")
                .then().statusCode(200).extract().asByteArray();

        byte[] bad;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(good))) {
            Sheet questions = workbook.getSheet("Questions");
            questions.getRow(3).getCell(9).setCellValue("");
            questions.getRow(4).getCell(7).setCellValue("D1.1.1");
            questions.getRow(5).getCell(12).setCellValue("perhaps");
            questions.getRow(6).getCell(2).setCellValue("A different title for theme 1");
            Sheet scale = workbook.getSheet("Scale");
            scale.getRow(2).getCell(0).setCellValue("four");
            Row label = workbook.getSheet("Rubric").getRow(4);
            label.getCell(1).setCellValue("");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bad = out.toByteArray();
        }

        // One answer names every bad cell, those found reading the sheets and those the rules find alike.
        importWorkbook(Tokens.ades(), bad).statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("Rubric!B5", "Scale!A3", "Questions!J4", "Questions!H5",
                        "Questions!M6", "Questions!C7")))
                .body("detail", containsString("6 cells"))
                .body("errors.find { it.field == 'Questions!M6' }.message", containsString("yes or no"))
                .body("errors.find { it.field == 'Questions!J4' }.message", containsString("prompt"))
                .body("errors.find { it.field == 'Questions!H5' }.message", containsString("repeats"));

        // A row that cannot be placed (no theme code) still has its own cells checked.
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(good))) {
            Sheet questions = workbook.getSheet("Questions");
            questions.getRow(3).getCell(1).setCellValue("");
            questions.getRow(3).getCell(9).setCellValue("");
            questions.getRow(3).getCell(12).setCellValue("sometimes");
            questions.getRow(8).getCell(13).setCellValue("evidence, feelings");
            workbook.getSheet("Scale").getRow(1).getCell(1).setCellValue("");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bad = out.toByteArray();
        }
        importWorkbook(Tokens.ades(), bad).statusCode(422)
                .body("errors.field", equalTo(List.of("Scale!B2", "Questions!B4", "Questions!J4", "Questions!M4",
                        "Questions!N9")));

        importWorkbook(Tokens.ades(), "not a workbook".getBytes()).statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).when().get("/frameworks")
                .then().body("find { it.code == '" + code + "' }.versions.size()", equalTo(1));
    }

    @Test
    void aVersionGradedPerIndicatorRoundTripsThroughTheWorkbookAndAMixOfGrainsNamesEachCell() throws Exception {
        String code = Rubrics.freshCode();
        String first = Rubrics.importDraft(Rubrics.demoPerIndicator(code));
        byte[] good = given().auth().oauth2(Tokens.ades()).when().get("/versions/" + first + "/export?format=xlsx")
                .then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(good))) {
            assertThat(workbook.getSheet("Rubric").getRow(5).getCell(1).getStringCellValue())
                    .isEqualTo("quality-indicator");
            Row header = workbook.getSheet("Questions").getRow(0);
            assertThat(header.getCell(15).getStringCellValue()).isEqualTo("kind");
            assertThat(header.getCell(16).getStringCellValue()).isEqualTo("required");
            assertThat(header.getCell(17).getStringCellValue()).isEqualTo("indicatorNotApplicableAllowed");
        }
        String second = importWorkbook(Tokens.ades(), good).statusCode(201).extract().path("id");
        assertThat(exportJson(second)).isEqualTo(exportJson(first));

        byte[] bad;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(good))) {
            Sheet questions = workbook.getSheet("Questions");
            questions.getRow(1).getCell(15).setCellValue("graded");
            questions.getRow(2).getCell(12).setCellValue("yes");
            questions.getRow(3).getCell(16).setCellValue("perhaps");
            questions.getRow(4).getCell(15).setCellValue("essay");
            questions.getRow(5).getCell(17).setCellValue("yes");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bad = out.toByteArray();
        }
        // Row 6 gives A2's indicatorNotApplicableAllowed as yes where its first row (5) said no: named too.
        importWorkbook(Tokens.ades(), bad).statusCode(422)
                .body("errors.field", equalTo(List.of("Questions!P2", "Questions!M3", "Questions!Q4",
                        "Questions!P5", "Questions!R6")))
                .body("errors.find { it.field == 'Questions!P2' }.message", containsString("must be narrative"));
        // Nothing written: the framework still has its two versions (the draft and its round trip).
        given().auth().oauth2(Tokens.ades()).when().get("/frameworks")
                .then().body("find { it.code == '" + code + "' }.versions.size()", equalTo(2));

        // A workbook from before grains (no gradingGrain row, no kind, required or indicator columns) reads as
        // graded per question, every question graded.
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                given().auth().oauth2(Tokens.ades()).when().get("/versions/" + Rubrics.publishedDemo()
                        + "/export?format=xlsx").then().statusCode(200).extract().asByteArray()))) {
            Sheet rubric = workbook.getSheet("Rubric");
            rubric.removeRow(rubric.getRow(5));
            for (Row row : workbook.getSheet("Questions")) {
                for (int c = 15; c <= 17; c++) {
                    if (row.getCell(c) != null) {
                        row.removeCell(row.getCell(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            bad = out.toByteArray();
        }
        String older = importWorkbook(Tokens.ades(), bad).statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.ades()).get("/versions/" + older).then()
                .body("gradingGrain", equalTo("question"))
                .body("themes[0].indicators[0].questions[0].kind", equalTo("graded"));
    }

    @Test
    void onlyAdesImportsAWorkbook() {
        byte[] workbook = given().auth().oauth2(Tokens.ades())
                .when().get("/versions/" + Rubrics.publishedDemo() + "/export?format=xlsx")
                .then().statusCode(200).extract().asByteArray();

        importWorkbook(Tokens.editor(Tokens.GLASGOW), workbook).statusCode(403)
                .contentType("application/problem+json");
        given().contentType(XLSX).body(workbook).when().post("/frameworks/import").then().statusCode(401);
        given().when().get("/versions/" + Rubrics.publishedDemo() + "/export?format=xlsx").then().statusCode(401);
    }

    private static JsonNode exportJson(String versionId) throws Exception {
        ObjectNode json = (ObjectNode) Rubrics.JSON.readTree(given().auth().oauth2(Tokens.ades())
                .when().get("/versions/" + versionId + "/export?format=json")
                .then().statusCode(200).extract().asString());
        return json;
    }

    private static ValidatableResponse importWorkbook(String token, byte[] workbook) {
        return given().auth().oauth2(token).contentType(XLSX).body(workbook)
                .when().post("/frameworks/import").then();
    }
}
