package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * The follow-up of a round's actions: ADES's follow-up point for a cycle (else a year after the owner's report was
 * first published), and the progress the owner records on each action then (status and evidence of impact).
 */
@QuarkusTest
@QuadsTestStack
class FollowUpTest {

    @Test
    void adesSetsTheCyclesFollowUpPointAndNoOneElseMay() {
        Partners quad = Partners.form();
        String path = "/cycles/" + quad.cycleId() + "/follow-up";
        LocalDate on = LocalDate.now().plusDays(45);

        given().auth().oauth2(Tokens.viewer(quad.a())).when().get(path).then().statusCode(200)
                .body("followUpOn", nullValue())
                .body("rule", containsString("One year after each council's findings report"));
        set(Tokens.editor(quad.a()), path, on.toString()).then().statusCode(403)
                .contentType("application/problem+json");
        set(Tokens.ades(), path, "2200-01-01").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("followUpOn"));
        set(Tokens.ades(), path, "not a date").then().statusCode(400);
        set(Tokens.ades(), path, on.toString()).then().statusCode(200).body("followUpOn", equalTo(on.toString()))
                .body("setBy", equalTo("ades"));
        given().auth().oauth2(Tokens.editor(quad.b())).when().get(path).then().statusCode(200)
                .body("followUpOn", equalTo(on.toString()));
        set(Tokens.ades(), "/cycles/" + UUID.randomUUID() + "/follow-up", on.toString()).then().statusCode(404);

        String actionId = action(quad, quad.a());
        given().auth().oauth2(Tokens.viewer(quad.c())).when().get(progressPath(quad, actionId)).then()
                .statusCode(200).body("followUpOn", equalTo(on.toString())).body("entries.size()", equalTo(0));
    }

    @Test
    void theOwnerRecordsProgressWithTheEvidenceOfImpactAtTheVersionItReadAndOthersMayNot() {
        Partners quad = Partners.form();
        String actionId = action(quad, quad.a());
        String owner = Tokens.editor(quad.a());
        Map<String, String> done = Map.of("status", "done", "impact", "Attendance rose from 86% to 88.4%");

        record(Tokens.editor(quad.b()), quad, actionId, "\"0\"", done).then().statusCode(403)
                .contentType("application/problem+json");
        record(Tokens.viewer(quad.a()), quad, actionId, "\"0\"", done).then().statusCode(403);
        record(owner, quad, actionId, null, done).then().statusCode(428);
        record(owner, quad, actionId, "\"5\"", done).then().statusCode(412);
        record(owner, quad, actionId, "\"0\"", Map.of("status", "done", "impact", "  ")).then().statusCode(422)
                .body("errors.field", contains("impact"));
        record(owner, quad, actionId, "\"0\"", Map.of("status", "finished", "impact", "x")).then().statusCode(400)
                .body("errors.field", contains("status"));
        given().auth().oauth2(owner).when().get("/quads/" + quad.quadId() + "/actions/" + actionId).then()
                .statusCode(200).header("ETag", "\"0\"").body("status", equalTo("open"));

        record(owner, quad, actionId, "\"0\"", done).then().statusCode(201).header("ETag", "\"1\"")
                .body("status", equalTo("done"))
                .body("impact", equalTo("Attendance rose from 86% to 88.4%"))
                .body("recordedBy", equalTo("editor-" + quad.a().toLowerCase()));
        given().auth().oauth2(owner).when().get("/quads/" + quad.quadId() + "/actions/" + actionId).then()
                .statusCode(200).body("status", equalTo("done"))
                .body("statusReason", equalTo("Attendance rose from 86% to 88.4%"));
        record(owner, quad, actionId, "\"1\"", Map.of("status", "in-progress", "impact", "Again")).then()
                .statusCode(409).body("errors.field", contains("status"));
        record(Tokens.ades(), quad, actionId, "\"1\"", Map.of("status", "done", "impact", "Sustained a term on"))
                .then().statusCode(201).header("ETag", "\"2\"");

        given().auth().oauth2(Tokens.viewer(quad.d())).when().get(progressPath(quad, actionId)).then()
                .statusCode(200)
                .body("followUpOn", nullValue())
                .body("entries.impact", contains("Attendance rose from 86% to 88.4%", "Sustained a term on"));
        given().auth().oauth2(Tokens.viewer(quad.a())).when().get("/councils/" + quad.a() + "/plan").then()
                .statusCode(200)
                .body("find { it.action.id == '" + actionId + "' }.progress.impact",
                        contains("Attendance rose from 86% to 88.4%", "Sustained a term on"));
    }

    @Test
    void withoutAPointFromAdesAnActionIsFollowedUpAYearAfterItsOwnersReportIsPublished() {
        FindingsResourceTest.Round round = FindingsResourceTest.round();
        String editor = Tokens.editor(round.quad().a());
        FindingsResourceTest.start(editor, round).then().statusCode(201);
        FindingsResourceTest.post(editor, round.path() + "/agreement", "\"0\"").then().statusCode(200);
        FindingsResourceTest.post(Tokens.ades(), round.path() + "/agreement", "\"1\"").then().statusCode(200);
        FindingsResourceTest.post(Tokens.ades(), round.path() + "/publication", "\"2\"").then().statusCode(200);
        LocalDate published = LocalDate.now(ZoneId.of("Europe/London"));

        given().auth().oauth2(editor).when()
                .get("/quads/" + round.quad().quadId() + "/actions/" + round.actionId() + "/progress")
                .then().statusCode(200).body("followUpOn", equalTo(published.plusYears(1).toString()));
        given().auth().oauth2(editor).when().get("/councils/" + round.quad().a() + "/plan").then().statusCode(200)
                .body("find { it.action.id == '" + round.actionId() + "' }.followUpOn",
                        equalTo(published.plusYears(1).toString()));
    }

    @Test
    void aFollowUpPointIsSetAtTheVersionReadSoThatNoColleaguesDateIsOverwrittenUnseen() {
        Partners quad = Partners.form();
        String path = "/cycles/" + quad.cycleId() + "/follow-up";
        LocalDate first = LocalDate.now().plusDays(60);
        LocalDate moved = LocalDate.now().plusDays(90);

        given().auth().oauth2(Tokens.ades()).when().get(path).then().statusCode(200).header("ETag", "\"0\"")
                .body("version", equalTo(0));
        // Without If-Match: 428, and nothing is set.
        set(Tokens.ades(), path, null, first.toString()).then().statusCode(428)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.ades()).when().get(path).then().body("followUpOn", nullValue());
        // "*" matches no point that does not exist yet; "0" sets the first one.
        set(Tokens.ades(), path, "*", first.toString()).then().statusCode(412);
        set(Tokens.ades(), path, "\"0\"", first.toString()).then().statusCode(200).header("ETag", "\"1\"")
                .body("followUpOn", equalTo(first.toString())).body("version", equalTo(1));
        // A second ADES user who read "none yet" is told the date that now stands, not silently overwriting it.
        set(Tokens.ades(), path, "\"0\"", moved.toString()).then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("it is now " + first))
                .body("current", equalTo(1));
        // At the version read, the point moves; the old ETag is then stale.
        set(Tokens.ades(), path, "\"1\"", moved.toString()).then().statusCode(200).header("ETag", "\"2\"")
                .body("followUpOn", equalTo(moved.toString()));
        set(Tokens.ades(), path, "\"1\"", first.toString()).then().statusCode(412).body("current", equalTo(2));
        // A refused date writes nothing and does not move the version.
        set(Tokens.ades(), path, "\"2\"", "2200-01-01").then().statusCode(422)
                .body("errors.field", contains("followUpOn"));
        given().auth().oauth2(Tokens.editor(quad.a())).when().get(path).then().statusCode(200)
                .header("ETag", "\"2\"").body("followUpOn", equalTo(moved.toString()));
        // The same date again at the current version changes nothing.
        set(Tokens.ades(), path, "*", moved.toString()).then().statusCode(200).header("ETag", "\"2\"");
    }

    /** Sets the point at the version ADES reads just before (as the portal does). */
    static Response set(String token, String path, String on) {
        String etag = given().auth().oauth2(Tokens.ades()).when().get(path).thenReturn().header("ETag");
        return set(token, path, etag == null ? "\"0\"" : etag, on);
    }

    static Response set(String token, String path, String ifMatch, String on) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("followUpOn", on));
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(path);
    }

    static Response record(String token, Partners quad, String actionId, String ifMatch, Map<String, String> body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().post(progressPath(quad, actionId));
    }

    static String progressPath(Partners quad, String actionId) {
        return "/quads/" + quad.quadId() + "/actions/" + actionId + "/progress";
    }

    static String action(Partners quad, String owner) {
        return ActionResourceTest.create(Tokens.editor(quad.a()), quad, owner, "Run attendance clinics", List.of(),
                LocalDate.now().plusMonths(3).toString()).then().statusCode(201).extract().path("id");
    }
}
