package scot.quads.quad;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * The authorization matrix of quad-service: every operation of its OpenAPI, called by every kind of caller (ADES;
 * an editor and a viewer of a member council of quad A; an editor and a viewer of a council in quad B; an ADES
 * officer assigned to quad A and one assigned to quad B; a link inspector assigned to a council of A and one to a
 * council of B; a guest invited to a session of A and one invited to a session of B; a signed-in user with no role),
 * before quad A's answers are revealed and after. Quad B stays hidden
 * throughout. It checks that a caller the rules refuse gets 403 (never a 2xx), that a caller the rules admit to a
 * read is not refused, and that no 2xx body carries an answer or a quad the caller may not read.
 *
 * <p>The operations come from the service's own OpenAPI, and every one must have a rule below: a new endpoint
 * fails this test until someone says who may call it.
 */
@QuarkusTest
@QuadsTestStack
class AuthorizationMatrixTest {

    /** Who calls. "A" callers reach quad A (editorA is of a0, whose answers are submitted first). */
    enum Who {
        ADES, EDITOR_A, VIEWER_A, EDITOR_B, VIEWER_B, OFFICER_A, OFFICER_B, INSPECTOR_A, INSPECTOR_B, GUEST_A, GUEST_B,
        NOBODY
    }

    static final Set<Who> A_READERS = EnumSet.of(Who.ADES, Who.EDITOR_A, Who.VIEWER_A, Who.OFFICER_A,
            Who.INSPECTOR_A);
    static final Set<Who> A_COMMENTERS = EnumSet.of(Who.ADES, Who.EDITOR_A, Who.OFFICER_A, Who.INSPECTOR_A);
    static final Set<Who> A_WRITERS = EnumSet.of(Who.ADES, Who.EDITOR_A);
    /** Who plans quad A's sessions and records their outcomes: its writers and the ADES officer assigned to it. */
    static final Set<Who> A_SESSION_RUNNERS = EnumSet.of(Who.ADES, Who.EDITOR_A, Who.OFFICER_A);
    static final Set<Who> ADES_ONLY = EnumSet.of(Who.ADES);
    /** Moderation: ADES and every ADES officer and link inspector, whatever quads they are assigned to. */
    static final Set<Who> MODERATORS = EnumSet.of(Who.ADES, Who.OFFICER_A, Who.OFFICER_B, Who.INSPECTOR_A,
            Who.INSPECTOR_B);
    /**
     * Operations that name every quad of the cycle to those they admit (moderation looks across all quads): there
     * the quads are no secret, but no council's unrevealed answers may show.
     */
    static final Set<String> ACROSS_QUADS = Set.of("GET /cycles/{cycleId}/moderation");
    static final Set<Who> COUNCIL_USERS = EnumSet.of(Who.EDITOR_A, Who.VIEWER_A, Who.EDITOR_B, Who.VIEWER_B);
    /** Every role but the guests', who reach nothing but the sessions they are invited to. */
    static final Set<Who> ANY_ROLE = EnumSet.complementOf(EnumSet.of(Who.NOBODY, Who.GUEST_A, Who.GUEST_B));
    static final Set<Who> GUESTS = EnumSet.of(Who.GUEST_A, Who.GUEST_B);
    static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    /** a0's findings report: a0's users (here its editor), ADES, and the officers and inspectors assigned to A. */
    static final Set<Who> A0_REPORT_READERS = EnumSet.of(Who.ADES, Who.EDITOR_A, Who.OFFICER_A, Who.INSPECTOR_A);
    static final Set<Who> A0_REPORT_AGREERS = EnumSet.of(Who.ADES, Who.EDITOR_A, Who.OFFICER_A);

    private static final LocalDate NEXT_MONTH = LocalDate.now().plusMonths(1);

    /** One rule: who may call the operation, and the request that would succeed for them. */
    record Rule(Set<Who> allowed, String query, String body) {
        boolean safe(String method) {
            return method.equals("GET");
        }
    }

    private TestQuad quadA;
    private TestQuad quadB;
    private final Map<Who, String> tokens = new LinkedHashMap<>();
    private String commentId;
    private String actionId;
    private String sessionId;
    private String sessionB;
    private String itemId;
    private String reportId = UUID.randomUUID().toString();
    /** editorA's question to a3: asking needs a3's answers shown, so there is none before the reveal. */
    private String introductionId;

    @Test
    void everyOperationRefusesWhomTheRulesRefuseAndShowsNoOneWhatTheyMayNotRead() {
        setUp();
        Map<String, Rule> rules = rules();
        assertThat(operationsInOpenApi())
                .as("every operation of quad-service's OpenAPI has a rule in this test, and every rule an operation")
                .containsExactlyInAnyOrderElementsOf(rules.keySet());

        List<String> failures = new ArrayList<>();
        check(rules, false, failures);
        quadA.submit(1, 3, 3, 3, marker(quadA.member(1)));
        quadA.submit(2, 2, 2, 2, marker(quadA.member(2)));
        quadA.submit(3, 4, 4, 4, marker(quadA.member(3)));
        // a0's findings report is started once the quad has compared its answers; before that it is not found.
        reportId = given().auth().oauth2(Tokens.ades()).when()
                .post("/quads/" + quadA.quadId() + "/findings/" + quadA.member(0)).then().statusCode(201)
                .extract().path("id");
        introductionId = given().auth().oauth2(tokens.get(Who.EDITOR_A)).contentType(ContentType.JSON)
                .body("{\"itemCode\":\"1.1.1\",\"partnerCouncil\":\"" + quadA.member(3)
                        + "\",\"text\":\"How do you do it?\"}")
                .when().post("/quads/" + quadA.quadId() + "/introductions").then().statusCode(201)
                .extract().path("id");
        check(rules, true, failures);

        assertThat(failures).as("breaches of the authorization rules").isEmpty();

        // The leak check can fail: the assigned officer does see a0's answers once they are revealed.
        assertThat(call("GET", "/quads/" + quadA.quadId() + "/comparison", new Rule(A_READERS, null, null),
                tokens.get(Who.OFFICER_A)).asString()).contains(marker(quadA.member(0)));
    }

    private void check(Map<String, Rule> rules, boolean revealed, List<String> failures) {
        for (Map.Entry<String, Rule> entry : rules.entrySet()) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String template = entry.getKey().substring(method.length() + 1);
            Rule rule = entry.getValue();
            if (introductionId == null && template.contains("{introductionId}")) {
                continue; // no introduction can exist before the reveal (asking needs the partner's answers shown)
            }
            for (Who who : Who.values()) {
                boolean allowed = rule.allowed().contains(who);
                if (allowed && !rule.safe(method)) {
                    continue; // admitted writes are the resource tests' business; here they would change the fixture
                }
                String path = fill(template);
                Response response = call(method, path, rule, tokens.get(who));
                int status = response.statusCode();
                String where = (revealed ? "after" : "before") + " the reveal, " + who + " " + method + " " + path;
                if (!allowed && status != 403) {
                    failures.add(where + ": " + status + " where the rules say 403");
                }
                if (allowed && (status == 401 || status == 403 || status == 500)) {
                    failures.add(where + ": " + status + " where the rules admit the caller");
                }
                if (status >= 200 && status < 300) {
                    String body = response.asString();
                    for (String secret : secrets(who, revealed, ACROSS_QUADS.contains(entry.getKey()))) {
                        if (body.contains(secret)) {
                            failures.add(where + ": the body carries " + secret + ", which " + who
                                    + " may not read");
                        }
                    }
                }
            }
        }
    }

    /** What the caller may not see: answers of councils not shown to it, and quads it does not reach. */
    private List<String> secrets(Who who, boolean revealed, boolean acrossQuads) {
        List<String> secrets = new ArrayList<>();
        if (who == Who.ADES) {
            return secrets;
        }
        boolean readsA = A_READERS.contains(who);
        for (String member : quadA.members()) {
            boolean own = who == Who.EDITOR_A && member.equals(quadA.member(0))
                    || who == Who.VIEWER_A && member.equals(quadA.member(1));
            if (!own && !(readsA && revealed)) {
                secrets.add(marker(member));
            }
        }
        // Quad B is never revealed: only b0 has submitted, the deadline is a month away.
        secrets.add(marker(quadB.member(0)));
        if (acrossQuads) {
            return secrets;
        }
        if (!readsA && who != Who.GUEST_A) {
            secrets.add(quadA.quadId());
        }
        if (!EnumSet.of(Who.EDITOR_B, Who.VIEWER_B, Who.OFFICER_B, Who.INSPECTOR_B, Who.GUEST_B).contains(who)) {
            secrets.add(quadB.quadId());
        }
        if (GUESTS.contains(who)) {
            // A guest reads a session's agenda and what was shared with them: no comment, action or other session.
            secrets.add("ADES asks");
            secrets.add("Share it");
            secrets.add(who == Who.GUEST_A ? sessionB : sessionId);
        }
        return secrets;
    }

    private Response call(String method, String path, Rule rule, String token) {
        RequestSpecification request = given().auth().oauth2(token);
        if (rule.body() != null) {
            request = request.contentType(ContentType.JSON).body(rule.body());
        }
        if (!method.equals("GET") && !method.equals("POST")) {
            request = request.header("If-Match", currentETag(path));
        }
        String url = rule.query() == null ? path : path + "?" + rule.query();
        return request.when().request(method, url).thenReturn();
    }

    /** The resource's ETag as ADES reads it, so that a refused change is refused for who asks, not for staleness. */
    private static String currentETag(String path) {
        String etag = given().auth().oauth2(Tokens.ades()).when().get(path).thenReturn().header("ETag");
        return etag == null ? "\"0\"" : etag;
    }

    private String fill(String template) {
        return template.replace("{quadId}", quadA.quadId())
                .replace("{cycleId}", quadA.cycleId().toString())
                .replace("{commentId}", commentId)
                .replace("{actionId}", actionId)
                .replace("{sessionId}", sessionId)
                .replace("{itemId}", itemId)
                .replace("{proposalId}", UUID.randomUUID().toString())
                .replace("{assignmentId}", UUID.randomUUID().toString())
                .replace("{invitationId}", UUID.randomUUID().toString())
                .replace("{code}", quadA.member(0))
                .replace("{section}", "conclusion")
                .replace("{reportId}", reportId)
                .replace("{introductionId}", String.valueOf(introductionId));
    }

    private Map<String, Rule> rules() {
        String a0 = quadA.member(0);
        String members = "[\"" + String.join("\",\"", quadA.members()) + "\"]";
        String comment = "{\"questionCode\":\"1.1.1\",\"aboutCouncil\":\"" + a0
                + "\",\"kind\":\"challenge\",\"text\":\"Why level 4?\"}";
        String session = "{\"startsAt\":\"" + NEXT_MONTH + "T10:00:00Z\",\"location\":\"Online\","
                + "\"agenda\":[\"1.1.1\"]}";
        String action = "{\"ownerCouncil\":\"" + a0 + "\",\"description\":\"Share the tracker\",\"dueDate\":\""
                + NEXT_MONTH + "\"}";
        Map<String, Rule> rules = new LinkedHashMap<>();
        rules.put("GET /quads/mine", new Rule(COUNCIL_USERS, "cycleId=" + quadA.cycleId(), null));
        rules.put("GET /quads/{quadId}", new Rule(A_READERS, null, null));
        rules.put("PUT /quads/{quadId}", new Rule(ADES_ONLY, null,
                "{\"name\":\"Renamed\",\"members\":" + members + "}"));
        rules.put("DELETE /quads/{quadId}", new Rule(ADES_ONLY, null, null));
        rules.put("GET /quads/{quadId}/audit", new Rule(ADES_ONLY, null, null));
        rules.put("GET /quads/{quadId}/comparison", new Rule(A_READERS, null, null));
        rules.put("GET /quads/{quadId}/comparison/export", new Rule(A_READERS, "format=xlsx", null));
        rules.put("GET /quads/{quadId}/context", new Rule(A_READERS, "indicators=CHN4", null));
        rules.put("GET /quads/{quadId}/statements", new Rule(A_READERS, null, null));
        rules.put("GET /quads/{quadId}/learning-partners", new Rule(A_READERS, null, null));
        rules.put("GET /quads/{quadId}/comments", new Rule(A_READERS, null, null));
        rules.put("POST /quads/{quadId}/comments", new Rule(A_COMMENTERS, null, comment));
        rules.put("POST /quads/{quadId}/comments/{commentId}/replies", new Rule(A_COMMENTERS, null,
                "{\"text\":\"Our tracker shows it\"}"));
        rules.put("GET /quads/{quadId}/introductions", new Rule(A_READERS, null, null));
        rules.put("POST /quads/{quadId}/introductions", new Rule(EnumSet.of(Who.EDITOR_A), null,
                "{\"itemCode\":\"1.1.1\",\"partnerCouncil\":\"" + quadA.member(3) + "\",\"text\":\"Tell us\"}"));
        // editorA's (a0's) question to a3: a0's and a3's users, ADES and quad A's officer; not a1's viewer.
        rules.put("GET /quads/{quadId}/introductions/{introductionId}", new Rule(
                EnumSet.of(Who.ADES, Who.EDITOR_A, Who.OFFICER_A), null, null));
        rules.put("POST /quads/{quadId}/introductions/{introductionId}/replies", new Rule(EnumSet.of(Who.EDITOR_A),
                null, "{\"text\":\"Thanks\"}"));
        rules.put("GET /quads/{quadId}/sessions", new Rule(A_READERS, null, null));
        rules.put("GET /quads/{quadId}/sessions/{sessionId}", new Rule(A_READERS, null, null));
        rules.put("POST /quads/{quadId}/sessions", new Rule(A_SESSION_RUNNERS, null, session));
        rules.put("PATCH /quads/{quadId}/sessions/{sessionId}", new Rule(A_SESSION_RUNNERS, null,
                "{\"notes\":\"Agreed\"}"));
        rules.put("GET /quads/{quadId}/sessions/{sessionId}/pack", new Rule(A_READERS, "format=docx", null));
        rules.put("PUT /quads/{quadId}/sessions/{sessionId}/items/{itemId}/outcome", new Rule(A_SESSION_RUNNERS,
                null, "{\"strengths\":\"Agreed\"}"));
        rules.put("POST /quads/{quadId}/sessions/{sessionId}/items/{itemId}/actions", new Rule(A_WRITERS, null,
                action));
        rules.put("GET /quads/{quadId}/actions", new Rule(A_READERS, null, null));
        rules.put("GET /quads/{quadId}/actions/{actionId}", new Rule(A_READERS, null, null));
        rules.put("POST /quads/{quadId}/actions", new Rule(A_WRITERS, null, action));
        rules.put("PATCH /quads/{quadId}/actions/{actionId}", new Rule(A_WRITERS, null,
                "{\"status\":\"in-progress\"}"));
        rules.put("GET /quads/{quadId}/actions/{actionId}/progress", new Rule(A_READERS, null, null));
        rules.put("POST /quads/{quadId}/actions/{actionId}/progress", new Rule(A_WRITERS, null,
                "{\"status\":\"in-progress\",\"impact\":\"Attendance rose\"}"));
        rules.put("GET /cycles/{cycleId}/follow-up", new Rule(ANY_ROLE, null, null));
        rules.put("PUT /cycles/{cycleId}/follow-up", new Rule(ADES_ONLY, null, "{\"followUpOn\":\"2028-01-31\"}"));
        rules.put("GET /actions/overdue", new Rule(ANY_ROLE, null, null));
        rules.put("GET /cycles/{cycleId}/quads", new Rule(ANY_ROLE, null, null));
        rules.put("POST /cycles/{cycleId}/quads", new Rule(ADES_ONLY, null,
                "{\"name\":\"Another\",\"members\":" + members + "}"));
        rules.put("GET /cycles/{cycleId}/moderation", new Rule(MODERATORS, null, null));
        rules.put("GET /cycles/{cycleId}/national", new Rule(EnumSet.of(Who.ADES, Who.EDITOR_A, Who.VIEWER_A,
                Who.EDITOR_B, Who.VIEWER_B), null, null));
        rules.put("POST /cycles/{cycleId}/quad-proposals", new Rule(ADES_ONLY, null,
                "{\"familySet\":\"people\",\"indicators\":[{\"code\":\"CHN4\",\"weight\":1}]}"));
        rules.put("GET /quad-proposals/{proposalId}", new Rule(ADES_ONLY, null, null));
        rules.put("POST /quad-proposals/{proposalId}/confirm", new Rule(ADES_ONLY, null, "{}"));
        rules.put("GET /councils/{code}/trend", new Rule(EnumSet.of(Who.ADES, Who.EDITOR_A), null, null));
        rules.put("GET /councils/{code}/plan", new Rule(EnumSet.of(Who.ADES, Who.EDITOR_A), null, null));
        rules.put("GET /councils/{code}/plan/export", new Rule(EnumSet.of(Who.ADES, Who.EDITOR_A), "format=csv",
                null));
        rules.put("GET /assignments", new Rule(ADES_ONLY, null, null));
        rules.put("POST /assignments", new Rule(ADES_ONLY, null,
                "{\"role\":\"es-link\",\"username\":\"someone\",\"quadId\":\"" + quadA.quadId() + "\"}"));
        rules.put("DELETE /assignments/{assignmentId}", new Rule(ADES_ONLY, null, null));
        rules.put("GET /assignments/audit", new Rule(ADES_ONLY, null, null));
        rules.put("GET /assignments/mine", new Rule(ANY_ROLE, null, null));
        rules.put("GET /quads/{quadId}/guests", new Rule(A_SESSION_RUNNERS, null, null));
        rules.put("POST /quads/{quadId}/guests", new Rule(A_SESSION_RUNNERS, null, "{\"name\":\"A Partner\","
                + "\"email\":\"partner@example.org\",\"organisation\":\"College\",\"expiresOn\":\"" + NEXT_MONTH
                + "\",\"sessionIds\":[\"" + sessionId + "\"]}"));
        rules.put("DELETE /quads/{quadId}/guests/{invitationId}", new Rule(A_SESSION_RUNNERS, null, null));
        rules.put("PUT /quads/{quadId}/guests/{invitationId}/items", new Rule(A_SESSION_RUNNERS, null,
                "{\"itemIds\":[]}"));
        rules.put("GET /quads/{quadId}/guests/audit", new Rule(A_SESSION_RUNNERS, null, null));
        rules.put("GET /quads/{quadId}/guests/input", new Rule(A_READERS, null, null));
        rules.put("GET /guest/sessions", new Rule(GUESTS, null, null));
        rules.put("GET /guest/sessions/{sessionId}", new Rule(EnumSet.of(Who.GUEST_A), null, null));
        rules.put("POST /guest/sessions/{sessionId}/input", new Rule(EnumSet.of(Who.GUEST_A), null,
                "{\"text\":\"From the college\"}"));
        rules.put("POST /dead-letters/replay", new Rule(ADES_ONLY, null, null));
        rules.put("GET /quads/{quadId}/findings/{code}", new Rule(A0_REPORT_READERS, null, null));
        rules.put("POST /quads/{quadId}/findings/{code}", new Rule(A0_REPORT_READERS, null, null));
        rules.put("PUT /quads/{quadId}/findings/{code}/sections/{section}", new Rule(A0_REPORT_READERS, null,
                "{\"paragraphs\":[{\"text\":\"Concluded\"}]}"));
        rules.put("POST /quads/{quadId}/findings/{code}/agreement", new Rule(A0_REPORT_AGREERS, null, null));
        rules.put("POST /quads/{quadId}/findings/{code}/publication", new Rule(ADES_ONLY, null, null));
        rules.put("POST /quads/{quadId}/findings/{code}/corrections", new Rule(A0_REPORT_READERS, null,
                "{\"reason\":\"A wrong date\"}"));
        rules.put("GET /quads/{quadId}/findings/{code}/audit", new Rule(A0_REPORT_READERS, null, null));
        rules.put("GET /public/findings", new Rule(EVERYONE, null, null));
        rules.put("GET /public/findings/{reportId}", new Rule(EVERYONE, null, null));
        rules.put("GET /public/findings/{reportId}/pdf", new Rule(EVERYONE, null, null));
        rules.put("GET /public/findings/{reportId}/docx", new Rule(EVERYONE, null, null));
        return rules;
    }

    private static Set<String> operationsInOpenApi() {
        return OpenApiOperations.of(given().when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    private void setUp() {
        UUID versionId = Feed.rubricVersion();
        UUID cycleId = Feed.cycle(versionId, NEXT_MONTH, "all-submitted-or-deadline");
        List<String> councils = Feed.councils(8);
        quadA = TestQuad.in(cycleId, versionId, councils.subList(0, 4));
        quadB = TestQuad.in(cycleId, versionId, councils.subList(4, 8));
        quadA.submit(0, 4, 3, 2, marker(quadA.member(0)));
        quadB.submit(0, 1, 2, 3, marker(quadB.member(0)));

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        AssignmentResourceTest.assign("ades-officer", "officer-a-" + suffix, quadA.quadId(), null)
                .then().statusCode(201);
        AssignmentResourceTest.assign("ades-officer", "officer-b-" + suffix, quadB.quadId(), null)
                .then().statusCode(201);
        AssignmentResourceTest.assign("es-link", "inspector-a-" + suffix, null, quadA.member(2))
                .then().statusCode(201);
        AssignmentResourceTest.assign("es-link", "inspector-b-" + suffix, null, quadB.member(2))
                .then().statusCode(201);
        tokens.put(Who.ADES, Tokens.ades());
        tokens.put(Who.EDITOR_A, Tokens.editor(quadA.member(0)));
        tokens.put(Who.VIEWER_A, Tokens.viewer(quadA.member(1)));
        tokens.put(Who.EDITOR_B, Tokens.editor(quadB.member(1)));
        tokens.put(Who.VIEWER_B, Tokens.viewer(quadB.member(1)));
        tokens.put(Who.OFFICER_A, Tokens.adesOfficer("officer-a-" + suffix));
        tokens.put(Who.OFFICER_B, Tokens.adesOfficer("officer-b-" + suffix));
        tokens.put(Who.INSPECTOR_A, Tokens.linkInspector("inspector-a-" + suffix));
        tokens.put(Who.INSPECTOR_B, Tokens.linkInspector("inspector-b-" + suffix));
        tokens.put(Who.GUEST_A, Tokens.guest("guest-a-" + suffix + "@example.org"));
        tokens.put(Who.GUEST_B, Tokens.guest("guest-b-" + suffix + "@example.org"));
        tokens.put(Who.NOBODY, Tokens.nobody());

        commentId = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"questionCode\":\"1.1.1\",\"aboutCouncil\":\"" + quadA.member(0)
                        + "\",\"kind\":\"question\",\"text\":\"ADES asks\"}")
                .when().post("/quads/" + quadA.quadId() + "/comments").then().statusCode(201).extract().path("id");
        sessionId = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"startsAt\":\"" + NEXT_MONTH + "T10:00:00Z\",\"location\":\"Perth\",\"agenda\":[\"1.1.1\"]}")
                .when().post("/quads/" + quadA.quadId() + "/sessions").then().statusCode(201).extract().path("id");
        sessionB = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"startsAt\":\"" + NEXT_MONTH + "T10:00:00Z\",\"location\":\"Ayr\",\"agenda\":[\"1.1.1\"]}")
                .when().post("/quads/" + quadB.quadId() + "/sessions").then().statusCode(201).extract().path("id");
        invite(quadA.quadId(), "guest-a-" + suffix + "@example.org", sessionId);
        invite(quadB.quadId(), "guest-b-" + suffix + "@example.org", sessionB);
        itemId = given().auth().oauth2(Tokens.ades()).when().get("/quads/" + quadA.quadId() + "/sessions/" + sessionId)
                .then().statusCode(200).extract().path("agenda[0].id");
        actionId = given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"ownerCouncil\":\"" + quadA.member(0) + "\",\"description\":\"Share it\",\"dueDate\":\""
                        + NEXT_MONTH + "\"}")
                .when().post("/quads/" + quadA.quadId() + "/actions").then().statusCode(201).extract().path("id");
    }

    private static void invite(String quadId, String email, String session) {
        given().auth().oauth2(Tokens.ades()).contentType(ContentType.JSON)
                .body("{\"name\":\"A Guest\",\"email\":\"" + email + "\",\"organisation\":\"Health\","
                        + "\"expiresOn\":\"" + NEXT_MONTH + "\",\"sessionIds\":[\"" + session + "\"]}")
                .when().post("/quads/" + quadId + "/guests").then().statusCode(201);
    }

    private static String marker(String council) {
        return "answer-of-" + council;
    }
}
