package scot.quads.rubric;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.testing.OpenApiOperations;
import scot.quads.testing.QuadsTestStack;
import scot.quads.testing.Tokens;

/**
 * rubric-service's authorization matrix, over every operation of its OpenAPI: no write is open to a council's
 * viewer, to another council's editor, to an ADES officer or link inspector, or to someone with no role; a council's
 * self-evaluation, statement, focus, audit, last cycle and export are read by its own users and ADES alone (the
 * agreed focus also by partners and those assigned to the quad: FocusTest), and ADES's reads by ADES alone. Every
 * read must be classified below, so a new endpoint fails this test until someone says who may read it.
 */
@QuarkusTest
@QuadsTestStack
class AuthorizationMatrixTest {

    private static final String OWN = Tokens.GLASGOW;
    private static final String OTHER = Tokens.EDINBURGH;

    /** Reads any signed-in user may make: the published rubric and the cycles. */
    private static final Set<String> OPEN_READS = Set.of("GET /cycles", "GET /cycles/{id}", "GET /frameworks",
            "GET /frameworks/{id}", "GET /versions/{versionId}", "GET /versions/{versionId}/export",
            "GET /versions/{from}/diff/{to}");
    /** Reads for ADES alone. */
    private static final Set<String> ADES_READS = Set.of("GET /cycles/{id}/progress",
            "GET /cycles/{cycleId}/focuses");

    @Test
    void noWriteIsOpenToViewersOtherCouncilsOfficersInspectorsOrTheRoleless() {
        Rubrics.councilsAreKnown(OWN, OTHER);
        String cycleId = Rubrics.openCycle();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("viewer of " + OWN, Tokens.viewer(OWN));
        refused.put("editor of " + OTHER, Tokens.editor(OTHER));
        refused.put("ADES officer", Tokens.adesOfficer("officer-matrix"));
        refused.put("link inspector", Tokens.linkInspector("inspector-matrix"));
        refused.put("no role", Tokens.nobody());

        List<String> failures = new ArrayList<>();
        String openApi = openApi();
        for (String operation : OpenApiOperations.of(openApi)) {
            String method = operation.substring(0, operation.indexOf(' '));
            if (method.equals("GET")) {
                continue;
            }
            String path = fill(operation.substring(method.length() + 1), cycleId);
            String type = OpenApiOperations.requestMediaType(openApi, operation);
            refused.forEach((who, token) -> {
                int status = call(method, path, token, type);
                if (status != 403) {
                    failures.add(who + " " + method + " " + path + ": " + status + " where the rules say 403");
                }
            });
        }
        assertThat(failures).as("writes not refused").isEmpty();
    }

    @Test
    void aCouncilsOwnWorkIsReadByItsUsersAndAdesAloneAndAdesReadsByAdesAlone() {
        Rubrics.councilsAreKnown(OWN, OTHER);
        String cycleId = Rubrics.openCycle();
        Map<String, String> outsiders = new LinkedHashMap<>();
        outsiders.put("editor of " + OTHER, Tokens.editor(OTHER));
        outsiders.put("viewer of " + OTHER, Tokens.viewer(OTHER));
        outsiders.put("unassigned ADES officer", Tokens.adesOfficer("officer-matrix"));
        outsiders.put("unassigned link inspector", Tokens.linkInspector("inspector-matrix"));
        outsiders.put("no role", Tokens.nobody());

        List<String> failures = new ArrayList<>();
        List<String> unclassified = new ArrayList<>();
        for (String operation : operations()) {
            if (!operation.startsWith("GET ")) {
                continue;
            }
            String template = operation.substring(4);
            String path = fill(template, cycleId);
            Map<String, String> admitted = new LinkedHashMap<>();
            Map<String, String> refused = new LinkedHashMap<>(outsiders);
            if (template.startsWith("/cycles/{cycleId}/evaluations/{councilCode}")
                    || template.equals("/councils/{councilCode}/evaluations")) {
                admitted.put("ADES", Tokens.ades());
                admitted.put("editor of " + OWN, Tokens.editor(OWN));
                admitted.put("viewer of " + OWN, Tokens.viewer(OWN));
            } else if (ADES_READS.contains(operation)) {
                admitted.put("ADES", Tokens.ades());
                refused.put("editor of " + OWN, Tokens.editor(OWN));
                refused.put("viewer of " + OWN, Tokens.viewer(OWN));
            } else if (OPEN_READS.contains(operation)) {
                continue;
            } else {
                unclassified.add(operation);
                continue;
            }
            refused.forEach((who, token) -> {
                int status = call("GET", path, token, null);
                if (status != 403) {
                    failures.add(who + " GET " + path + ": " + status + " where the rules say 403");
                }
            });
            admitted.forEach((who, token) -> {
                int status = call("GET", path, token, null);
                if (status == 401 || status == 403 || status >= 500) {
                    failures.add(who + " GET " + path + ": " + status + " where the rules admit them");
                }
            });
        }
        assertThat(unclassified).as("reads this test does not classify yet: say who may make them").isEmpty();
        assertThat(failures).as("reads not as the rules say").isEmpty();
    }

    private static String openApi() {
        return given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
    }

    private static Set<String> operations() {
        return OpenApiOperations.of(openApi());
    }

    private static String fill(String template, String cycleId) {
        return template.replace("{cycleId}", cycleId).replace("{id}", cycleId)
                .replace("{councilCode}", OWN)
                .replace("{questionCode}", "D1.1.1").replace("{code}", "D1.1.1")
                .replace("{indicatorCode}", "QI-1.1").replace("{themeCode}", "D1")
                .replace("{versionId}", UUID.randomUUID().toString()).replace("{itemId}", UUID.randomUUID().toString())
                .replace("{from}", UUID.randomUUID().toString()).replace("{to}", UUID.randomUUID().toString());
    }

    private static int call(String method, String path, String token, String type) {
        RequestSpecification request = given().auth().oauth2(token);
        if (!method.equals("GET")) {
            boolean json = type == null || type.contains("json");
            // A body that passes validation, so the refusal met is the council's, not the body's.
            String body = path.endsWith("/carry-forward") ? "{\"fromCycleId\":\"" + UUID.randomUUID() + "\"}"
                    : path.contains("/evidence/") ? "{\"title\":\"Minutes\"}" : "{}";
            request = request.contentType(json ? "application/json" : type).header("If-Match", "\"1\"")
                    .body(json ? body.getBytes(StandardCharsets.UTF_8) : new byte[] { 'x' });
        }
        return request.when().request(method, path).thenReturn().statusCode();
    }
}
