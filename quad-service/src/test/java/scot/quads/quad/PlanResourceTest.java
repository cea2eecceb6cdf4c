package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * A council's improvement plan: the actions it owns across its quads and cycles, in the API and as a workbook and
 * CSV laid out for the council's own plan; only the council itself and ADES read it.
 */
@QuarkusTest
@QuadsTestStack
class PlanResourceTest {

    @Test
    void thePlanGathersTheCouncilsActionsFromEveryQuadAndCycleAndNoOneElses() {
        Partners first = Partners.form();
        String council = first.a();
        // The same council in a later cycle's quad, with other partners there.
        java.util.UUID version = Feed.rubricVersion();
        java.util.UUID laterCycle = Feed.cycle(version, LocalDate.now().plusMonths(13), "all-submitted-or-deadline");
        List<String> others = Feed.councils(3);
        TestQuad second = TestQuad.in(laterCycle, version, List.of(council, others.get(0), others.get(1),
                others.get(2)));
        create(first, council, "Share the attainment tracker", LocalDate.now().plusMonths(2), "A. Example");
        create(first, first.b(), "Not ours", LocalDate.now().plusMonths(1), null);
        create(second.quadId(), council, "Run attendance clinics", LocalDate.now().plusMonths(4), null);

        given().auth().oauth2(Tokens.viewer(council)).when().get("/councils/" + council + "/plan")
                .then().statusCode(200)
                .body("action.description", contains("Run attendance clinics", "Share the attainment tracker"))
                .body("action.ownerCouncil", org.hamcrest.Matchers.everyItem(equalTo(council)))
                .body("find { it.action.description == 'Share the attainment tracker' }.quadId",
                        equalTo(first.quadId()))
                .body("find { it.action.description == 'Share the attainment tracker' }.action.officerName",
                        equalTo("A. Example"))
                .body("find { it.action.description == 'Run attendance clinics' }.cycleId",
                        equalTo(laterCycle.toString()));
        given().auth().oauth2(Tokens.editor(first.b())).when().get("/councils/" + council + "/plan")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).when().get("/councils/" + council + "/plan")
                .then().statusCode(200).body("size()", equalTo(2));
        // No council by that code (the fuzzer sent a blank one): 404, not an empty plan.
        for (String unknown : List.of("S99999999", "%20")) {
            given().auth().oauth2(Tokens.ades()).urlEncodingEnabled(false).when()
                    .get("/councils/" + unknown + "/plan/export")
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void theWorkbookAndTheCsvHaveOneRowPerActionWithThePlansColumnsAndNoFormulas() throws IOException {
        Partners quad = Partners.form();
        String council = quad.a();
        create(quad, council, "=HYPERLINK(\"http://example.invalid\")", LocalDate.now().plusMonths(2),
                "A. Example");

        byte[] xlsx = given().auth().oauth2(Tokens.editor(council)).queryParam("format", "xlsx").when()
                .get("/councils/" + council + "/plan/export").then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", containsString("improvement plan"))
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet plan = workbook.getSheet("Improvement plan");
            assertThat(plan.getRow(0).getCell(0).getStringCellValue()).contains("improvement plan");
            Row headings = plan.getRow(3);
            assertThat(headings.getCell(0).getStringCellValue()).isEqualTo("Cycle");
            assertThat(headings.getCell(3).getStringCellValue()).isEqualTo("Questions");
            assertThat(headings.getCell(4).getStringCellValue()).isEqualTo("Accountable officer");
            Row row = plan.getRow(4);
            assertThat(row.getCell(2).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(row.getCell(2).getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("A. Example");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Level 2");
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Level 4");
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo("Open");
            assertThat(plan.getRow(5)).isNull();
        }

        String csv = new String(given().auth().oauth2(Tokens.ades()).queryParam("format", "csv").when()
                .get("/councils/" + council + "/plan/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFCycle,Quad,Action,Questions,Accountable officer");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\")\",")
                .contains("A. Example").contains("Level 2").contains("Open");

        given().auth().oauth2(Tokens.editor(council)).queryParam("format", "pdf").when()
                .get("/councils/" + council + "/plan/export").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("format"));
        given().auth().oauth2(Tokens.viewer(quad.b())).when().get("/councils/" + council + "/plan/export")
                .then().statusCode(403);
    }

    private static void create(Partners quad, String owner, String description, LocalDate due, String officer) {
        create(quad.quadId(), owner, description, due, officer);
    }

    private static void create(String quadId, String owner, String description, LocalDate due, String officer) {
        Map<String, Object> body = new HashMap<>();
        body.put("ownerCouncil", owner);
        body.put("description", description);
        body.put("dueDate", due.toString());
        if (officer != null) {
            body.put("officerName", officer);
            body.put("baseline", "Level 2");
            body.put("target", "Level 4");
        }
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(body)
                .when().post("/quads/" + quadId + "/actions").then().statusCode(201);
    }
}
