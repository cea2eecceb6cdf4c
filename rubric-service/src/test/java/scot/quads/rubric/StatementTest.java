package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.TestKafka;
import scot.quads.testing.Tokens;

/** The council's self-evaluative statement: context, a prioritised SWOT and a summary, part of its self-evaluation. */
@QuarkusTest
@QuadsTestStack
class StatementTest {

    private static final String GLASGOW = Tokens.GLASGOW;
    private static final String FULL = """
            {"context":"A city council of 600,000 people;\\nattainment gaps by deprivation.",
             "swot":[{"kind":"weakness","text":"Leavers' destinations lag our family","priority":1,
                      "indicators":["D1.1"],"questions":["D1.1.2"],"contextIndicators":["CHN11"]},
                     {"kind":"strength","text":"Strong partnership with colleges","priority":2},
                     {"kind":"strength","text":"Data literacy of head teachers","priority":1}],
             "summary":"Good foundations; destinations are the focus."}""";

    private String cycleId;

    @BeforeEach
    void aCycleThatRequiresAStatement() {
        Rubrics.councilsAreKnown(GLASGOW, Tokens.EDINBURGH);
        cycleId = openCycle(true);
    }

    @Test
    void anEditorSavesTheStatementWithIfMatchAndAColleaguesStaleSaveIsRefusedWithTheCurrentOne() {
        given().auth().oauth2(Tokens.viewer(GLASGOW)).when().get(statement())
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("version", equalTo(0), "required", equalTo(true), "context", nullValue(),
                        "acceptingChanges", equalTo(true));

        save(Tokens.editor("alice", GLASGOW), "\"0\"", FULL).statusCode(200).header("ETag", "\"1\"")
                .body("version", equalTo(1), "updatedBy", equalTo("alice"))
                .body("context", equalTo("A city council of 600,000 people;\nattainment gaps by deprivation."))
                .body("swot.kind", equalTo(List.of("strength", "strength", "weakness")))
                .body("swot.priority", equalTo(List.of(1, 2, 1)))
                .body("swot[2].indicators", equalTo(List.of("D1.1")))
                .body("swot[2].contextIndicators", equalTo(List.of("CHN11")))
                .body("swot[0].id", notNullValue());

        save(Tokens.editor("bob", GLASGOW), "\"0\"", "{\"context\":\"Bob's context\"}").statusCode(412)
                .contentType("application/problem+json").header("ETag", "\"1\"")
                .body("detail", containsString("alice"))
                .body("current.context", containsString("A city council"));
        given().auth().oauth2(Tokens.viewer(GLASGOW)).when().get(statement())
                .then().body("context", containsString("A city council"), "summary", containsString("destinations"));
        given().auth().oauth2(Tokens.editor(GLASGOW)).get(evaluation())
                .then().body("statement.version", equalTo(1), "statement.complete", equalTo(true));

        List<AuditEntry> saved = Stored.audit(UUID.fromString(cycleId), GLASGOW, "statement.saved");
        assertThat(saved).hasSize(1);
        assertThat(saved.get(0).actor).isEqualTo("alice");
        assertThat(saved.get(0).detail).contains("\"context\"", "\"swot\"", "\"summary\"");
    }

    @Test
    void onlyTheCouncilsEditorsWriteItAndTheCouncilAndAdesReadIt() {
        save(Tokens.viewer(GLASGOW), "\"0\"", FULL).statusCode(403);
        save(Tokens.editor(Tokens.EDINBURGH), "\"0\"", FULL).statusCode(403);
        save(Tokens.ades(), "\"0\"", FULL).statusCode(403);
        given().auth().oauth2(Tokens.viewer(Tokens.EDINBURGH)).when().get(statement()).then().statusCode(403);
        given().auth().oauth2(Tokens.ades()).when().get(statement()).then().statusCode(200)
                .body("version", equalTo(0));
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).body(FULL)
                .when().put(statement()).then().statusCode(428);
    }

    @Test
    void badStatementsAreRefusedNamingEachField() {
        save(Tokens.editor(GLASGOW), "\"0\"", "{\"swot\":[{\"kind\":\"joy\",\"text\":\"\",\"priority\":0}]}")
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItems("swot[0].kind", "swot[0].text", "swot[0].priority"));
        save(Tokens.editor(GLASGOW), "\"0\"", "{\"context\":\"" + "x".repeat(10_001) + "\"}")
                .statusCode(400).body("errors.field", equalTo(List.of("context")));
        save(Tokens.editor(GLASGOW), "\"0\"", """
                {"swot":[{"kind":"threat","text":"Budget","priority":1,"indicators":["QI 9.9"],"questions":["9.9.9"]},
                         {"kind":"threat","text":"Staffing","priority":1}]}""")
                .statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("swot[0].indicators[0]", "swot[0].questions[0]",
                        "swot[1].priority")));
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().get(statement()).then().body("version", equalTo(0));
    }

    @Test
    void aRequiredStatementBlocksSubmissionIsLockedOnSubmitAndOpensAgainWhenReturned() {
        Rubrics.answerEverything(cycleId, GLASGOW);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation() + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("statement.context", "statement.swot", "statement.summary")));

        save(Tokens.editor(GLASGOW), "\"0\"", FULL).statusCode(200);
        String evaluationId = given().auth().oauth2(Tokens.editor(GLASGOW)).when().post(evaluation() + "/submit")
                .then().statusCode(200).body("state", equalTo("submitted")).extract().path("id");

        save(Tokens.editor(GLASGOW), "\"1\"", "{\"context\":\"Changed after submission\"}").statusCode(409);
        given().auth().oauth2(Tokens.viewer(GLASGOW)).when().get(statement())
                .then().body("acceptingChanges", equalTo(false), "evaluationState", equalTo("submitted"));

        CloudEvent submitted = TestKafka.events(Topics.SELF_EVALUATIONS, evaluationId, 1).get(0);
        SelfEvaluationSubmittedV1 payload = EventCodec.data(submitted, Events.SELF_EVALUATION_SUBMITTED);
        assertThat(payload.statement().summary()).isEqualTo("Good foundations; destinations are the focus.");
        assertThat(payload.statement().swot()).extracting(SelfEvaluationSubmittedV1.SwotItem::text)
                .containsExactly("Data literacy of head teachers", "Strong partnership with colleges",
                        "Leavers' destinations lag our family");

        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"reason\":\"Say more about the context\"}")
                .when().post(evaluation() + "/return").then().statusCode(200);
        save(Tokens.editor(GLASGOW), "\"1\"", FULL.replace("A city council", "A large city council"))
                .statusCode(200).body("version", equalTo(2));
    }

    @Test
    void aCycleThatDoesNotRequireItSubmitsWithoutOne() {
        String relaxed = openCycle(false);
        Rubrics.answerEverything(relaxed, GLASGOW);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post("/cycles/" + relaxed + "/evaluations/" + GLASGOW
                + "/submit").then().statusCode(200);
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + relaxed).then()
                .body("statementRequired", equalTo(false));
        given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId).then()
                .body("statementRequired", equalTo(true));
    }

    @Test
    void theStatementIsCarriedForwardAndMustBeReviewedBeforeSubmitting() {
        save(Tokens.editor(GLASGOW), "\"0\"", FULL).statusCode(200);
        Rubrics.submitted(cycleId, GLASGOW);
        String version = given().auth().oauth2(Tokens.ades()).when().get("/cycles/" + cycleId)
                .then().extract().path("rubricVersionId");
        String next = openCycle(true, version);

        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON)
                .body("{\"fromCycleId\":\"" + cycleId + "\"}")
                .when().post("/cycles/" + next + "/evaluations/" + GLASGOW + "/carry-forward")
                .then().statusCode(200).body("statement.carriedForward", equalTo(true));
        String nextStatement = "/cycles/" + next + "/evaluations/" + GLASGOW + "/statement";
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().get(nextStatement).then()
                .body("carriedForward", equalTo(true), "context", containsString("A city council"),
                        "swot.size()", equalTo(3), "version", equalTo(1));

        confirmAll(next);
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post("/cycles/" + next + "/evaluations/" + GLASGOW
                + "/submit").then().statusCode(422).body("errors.field", equalTo(List.of("statement")));

        String current = given().auth().oauth2(Tokens.editor(GLASGOW)).when().get(nextStatement)
                .then().extract().asString();
        ObjectNode resend = Rubrics.JSON.createObjectNode();
        try {
            ObjectNode read = (ObjectNode) Rubrics.JSON.readTree(current);
            resend.set("context", read.get("context"));
            resend.set("swot", read.get("swot"));
            resend.set("summary", read.get("summary"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        given().auth().oauth2(Tokens.editor(GLASGOW)).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(resend.toString()).when().put(nextStatement)
                .then().statusCode(200).body("carriedForward", equalTo(false), "version", equalTo(2));
        given().auth().oauth2(Tokens.editor(GLASGOW)).when().post("/cycles/" + next + "/evaluations/" + GLASGOW
                + "/submit").then().statusCode(200);
    }

    @Test
    void theExportsCarryTheStatement() throws Exception {
        save(Tokens.editor(GLASGOW), "\"0\"", FULL).statusCode(200);
        String csv = given().auth().oauth2(Tokens.viewer(GLASGOW)).queryParam("format", "csv")
                .when().get(evaluation() + "/export").then().statusCode(200).extract().asString();
        assertThat(csv).contains(",statement,context,,,", ",statement,weakness,1,\"Relates to D1.1, D1.1.2, CHN11\"",
                "Leavers' destinations lag our family", ",statement,summary,");
        byte[] pdf = given().auth().oauth2(Tokens.viewer(GLASGOW)).queryParam("format", "pdf")
                .when().get(evaluation() + "/export").then().statusCode(200).extract().asByteArray();
        assertThat(ExportTest.pdfText(pdf)).contains("Self-evaluative statement", "Weaknesses",
                "1. Leavers' destinations lag our family", "Good foundations; destinations are the focus.");
        byte[] xlsx = given().auth().oauth2(Tokens.viewer(GLASGOW)).queryParam("format", "xlsx")
                .when().get(evaluation() + "/export").then().statusCode(200).extract().asByteArray();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet("Statement");
            assertThat(sheet).as("the statement's own sheet").isNotNull();
            List<String> rows = new java.util.ArrayList<>();
            sheet.forEach(row -> {
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(cell -> cells.add(new org.apache.poi.ss.usermodel.DataFormatter().formatCellValue(cell)));
                rows.add(String.join("|", cells));
            });
            assertThat(rows).contains("Part|Priority|Text|Relates to",
                    "Weakness|1|Leavers' destinations lag our family|D1.1, D1.1.2, CHN11",
                    "Summary|Good foundations; destinations are the focus.");
        }
    }

    /** Saves the carried-forward answers as they stand (the demo answers need no change). */
    private static void confirmAll(String cycle) {
        String path = "/cycles/" + cycle + "/evaluations/" + GLASGOW;
        List<String> codes = given().auth().oauth2(Tokens.editor(GLASGOW)).get(path)
                .path("questions.findAll { it.answer != null && it.answer.carriedForward }.code");
        List<Integer> versions = given().auth().oauth2(Tokens.editor(GLASGOW)).get(path)
                .path("questions.findAll { it.answer != null && it.answer.carriedForward }.answer.version");
        for (int i = 0; i < codes.size(); i++) {
            given().auth().oauth2(Tokens.editor(GLASGOW)).header("If-Match", "\"" + versions.get(i) + "\"")
                    .when().post(path + "/answers/" + codes.get(i) + "/confirm").then().statusCode(200);
        }
    }

    private static String openCycle(boolean statementRequired) {
        return openCycle(statementRequired, Rubrics.publishedDemo());
    }

    private static String openCycle(boolean statementRequired, String versionId) {
        ObjectNode body;
        try {
            body = (ObjectNode) Rubrics.JSON.readTree(Rubrics.cycle("Cycle " + UUID.randomUUID(), versionId,
                    LocalDate.now().minusDays(30), LocalDate.now().plusYears(1), null));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        body.put("statementRequired", statementRequired);
        return given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON).body(body.toString())
                .when().post("/cycles").then().statusCode(201).extract().path("id");
    }

    private String evaluation() {
        return "/cycles/" + cycleId + "/evaluations/" + GLASGOW;
    }

    private String statement() {
        return evaluation() + "/statement";
    }

    private ValidatableResponse save(String token, String ifMatch, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", ifMatch).body(body)
                .when().put(statement()).then();
    }
}
