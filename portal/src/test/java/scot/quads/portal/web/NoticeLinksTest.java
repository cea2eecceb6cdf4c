package scot.quads.portal.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Every link notification-service writes into a mail or an inbox notice leads to a portal page for the person
 * it was written for (issue 30, item 11): the link shapes are read from notification-service's own source, so a
 * new kind of link without a portal route fails here; each shape is followed as a council editor and as ADES to
 * the page they act on, and that page is one the portal serves.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
@QuarkusTestResource(value = ServiceStubs.class, restrictToAnnotatedClass = true)
class NoticeLinksTest {

    static final String GLASGOW = "S12000049";
    static final UUID CYCLE = UUID.fromString("11111111-1111-1111-1111-111111111111");
    static final UUID QUAD = UUID.fromString("55555555-5555-5555-5555-555555555555");
    static final UUID ACTION = UUID.fromString("66666666-6666-6666-6666-666666666666");
    static final UUID REPORT = UUID.fromString("77777777-aaaa-4aaa-8aaa-777777777777");
    static final Path NOTIFICATION_SOURCES = Path.of("..", "notification-service", "src", "main", "java");

    /** Each link shape notification-service can write, with where a council editor and ADES land. */
    static final Map<String, String[]> SHAPES = shapes();

    /**
     * Link shapes outside {@code /cycles/} that are portal pages themselves (no redirect), each with the example the
     * test follows: a published findings report (public: its council and partners, signed in or not, read it) and
     * an action's line in the council's improvement plan (the follow-up reminder, for the owner's users).
     */
    static final Map<String, String> PAGES = Map.of(
            "/reports/{}", "/reports/" + REPORT,
            "/council/plan", "/council/plan#plan-" + ACTION);

    private static Map<String, String[]> shapes() {
        Map<String, String[]> shapes = new LinkedHashMap<>();
        shapes.put("/cycles/{}/self-evaluation", new String[] {"/council?cycle=" + CYCLE, "/ades/cycles/" + CYCLE});
        shapes.put("/cycles/{}/progress", new String[] {"/council?cycle=" + CYCLE, "/ades/cycles/" + CYCLE});
        shapes.put("/cycles/{}/quads", new String[] {"/quads/" + QUAD, "/ades/cycles/" + CYCLE + "/quads"});
        shapes.put("/cycles/{}/quads/{}/questions/{}", new String[] {"/quads/" + QUAD + "/questions/1.1.1",
            "/quads/" + QUAD + "/questions/1.1.1"});
        shapes.put("/cycles/{}/quads/{}/actions/{}", new String[] {"/quads/" + QUAD + "/actions#action-" + ACTION,
            "/quads/" + QUAD + "/actions#action-" + ACTION});
        shapes.put("/cycles/{}/quads/{}/introductions/{}", new String[] {"/quads/" + QUAD + "/introductions/"
            + ACTION, "/quads/" + QUAD + "/introductions/" + ACTION});
        // A focus proposed (to ADES), agreed or sent back (to the council); the example's council is the second id.
        shapes.put("/cycles/{}/councils/{}/focus", new String[] {"/council/cycles/" + CYCLE + "/focus",
            "/ades/cycles/" + CYCLE + "/councils/" + QUAD + "/focus"});
        shapes.put("/preferences", null);
        return shapes;
    }

    static String editor() {
        return OidcWiremockTestResource.generateJwtToken("glasgow-city", Set.of("authority-editor"), "123456",
                "Bearer", Set.of("https://server.example.com"), Map.of("authority", GLASGOW));
    }

    static String ades() {
        return OidcWiremockTestResource.generateJwtToken("ades", Set.of("ades-admin"), "654321", "Bearer",
                Set.of("https://server.example.com"), Map.of());
    }

    @BeforeEach
    void stubs() {
        ServiceStubs.server.resetAll();
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/notifications"))
                .willReturn(okJson("{\"unreadCount\":0,\"items\":[]}")));
        quadService(get(urlPathEqualTo("/quads/mine")).withQueryParam("cycleId", equalTo(
                CYCLE.toString())).willReturn(okJson("""
                        {"id":"%s","cycleId":"%s","name":"Quad 1","members":[{"code":"S12000049","name":"Glasgow City"}],
                         "formedAt":"2026-09-01T10:00:00Z"}""".formatted(QUAD, CYCLE))));
        ServiceStubs.server.stubFor(get(urlPathEqualTo("/preferences")).willReturn(okJson("""
                {"user":"glasgow-city@example.org","inApp":"always","email":{"cycle.opened":"on",
                 "deadline-approaching":"digest","comment":"off"}}""")));
    }

    @Test
    void everyLinkNotificationServiceWritesIsOneThePortalAnswers() throws IOException {
        Set<String> written = linksWritten();
        assertThat(written).as("link shapes found in notification-service").hasSizeGreaterThanOrEqualTo(5);
        Set<String> known = new TreeSet<>(SHAPES.keySet());
        known.addAll(PAGES.keySet());
        assertThat(known).as("the link shapes notification-service writes (a new one needs a portal"
                + " route in NoticeLinks, or a page of its own, and a case here)").containsAll(written);
        assertThat(written).as("the findings report's and the plan's links are among those found")
                .containsAll(PAGES.keySet());
    }

    @Test
    void aPublishedReportsLinkIsItsPublicPageForTheCouncilSignedInOrNot() {
        quadService(get(urlPathEqualTo("/public/findings/" + REPORT)).willReturn(okJson("""
                {"id":"%s","councilCode":"S12000049","councilName":"Glasgow City","cycleName":"2026-27",
                 "edition":1,"state":"published","publishedAt":"2027-05-02T09:00:00Z","supersedes":null,
                 "supersededBy":null,"supersededAt":null,"correctionReason":null,"version":3,
                 "sections":[{"key":"strengths","title":"Strengths","paragraphs":[
                   "Every school tracks attendance weekly."]}]}""".formatted(REPORT))));
        String link = PAGES.get("/reports/{}");
        assertThat(PortalRoutes.serves(link)).as("a portal page at %s", link).isTrue();
        for (String token : new String[] {editor(), ades(), null}) {
            var request = token == null ? given() : given().auth().oauth2(token);
            request.redirects().follow(false).when().get(link).then().statusCode(200)
                    .body(containsString("<h1 class=\"govuk-heading-xl\">Glasgow City</h1>"))
                    .body(containsString("Every school tracks attendance"))
                    .body(containsString("href=\"/reports/" + REPORT + "/pdf\""));
        }
    }

    @Test
    void aFollowUpReminderLinksToTheActionOnTheCouncilsPlan() {
        quadService(get(urlPathEqualTo("/councils/" + GLASGOW + "/plan")).willReturn(okJson("""
                [{"cycleId":"%s","cycleName":"2026-27","cycleDeadline":"2027-01-31","quadId":"%s",
                  "quadName":"West quad","action":{"id":"%s","quadId":"%s","cycleId":"%s","ownerCouncil":"S12000049",
                   "description":"Run attendance clinics","questionCodes":[],"dueDate":"2027-06-30",
                   "status":"in-progress","overdue":false,"version":1},
                  "followUpOn":"2028-03-01","progress":[]}]""".formatted(CYCLE, QUAD, ACTION, QUAD, CYCLE))));
        URI link = URI.create(PAGES.get("/council/plan"));
        assertThat(PortalRoutes.serves(link.getPath())).as("a portal page at %s", link.getPath()).isTrue();
        // The owner's user lands on the plan, and the fragment names the action's own card on it.
        given().auth().oauth2(editor()).redirects().follow(false).when().get(link.getPath()).then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">Improvement plan</h1>"))
                .body(containsString("id=\"" + link.getFragment() + "\""))
                .body(containsString("Run attendance clinics"));
    }

    @Test
    void eachLinkTakesACouncilEditorAndADESToThePageTheyActOn() {
        for (Map.Entry<String, String[]> shape : SHAPES.entrySet()) {
            if (shape.getValue() == null) {
                continue;
            }
            String link = example(shape.getKey());
            assertThat(landing(editor(), link)).as("%s for a council editor", link).isEqualTo(shape.getValue()[0]);
            assertThat(landing(ades(), link)).as("%s for ADES", link).isEqualTo(shape.getValue()[1]);
            for (String target : shape.getValue()) {
                assertThat(PortalRoutes.serves(URI.create(target).getPath())).as("a portal page at %s", target)
                        .isTrue();
            }
        }
    }

    @Test
    void aCouncilWithNoQuadInThatCycleIsShownItsQuadsInstead() {
        quadService(get(urlPathEqualTo("/quads/mine")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/problem+json")
                .withBody("{\"title\":\"Not Found\",\"status\":404,\"detail\":\"No quad\"}")));
        assertThat(landing(editor(), "/cycles/" + CYCLE + "/quads")).isEqualTo("/quads");
    }

    @Test
    void thePreferencesPageShowsEachChoiceAndSavesTheOnesSent() {
        given().auth().oauth2(editor())
                .when().get("/preferences")
                .then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-l\">Emails you get</h1>"))
                .body(containsString("A new cycle opens"))
                .body(containsString("id=\"email-deadline-approaching-digest\" name=\"email-deadline-approaching\""
                        + " type=\"radio\" value=\"digest\" checked"))
                .body(containsString("id=\"email-comment-off\" name=\"email-comment\" type=\"radio\" value=\"off\""
                        + " checked"));

        ServiceStubs.server.stubFor(put(urlPathEqualTo("/preferences")).willReturn(okJson("""
                {"user":"glasgow-city@example.org","inApp":"always","email":{"cycle.opened":"off",
                 "deadline-approaching":"digest","comment":"on"}}""")));
        given().auth().oauth2(editor()).redirects().follow(false)
                .formParam("email-cycle-opened", "off").formParam("email-deadline-approaching", "digest")
                .formParam("email-comment", "on")
                .when().post("/preferences")
                .then().statusCode(303)
                .header("Location", containsString("/preferences?saved=1"));
        ServiceStubs.server.verify(putRequestedFor(urlPathEqualTo("/preferences")).withRequestBody(equalToJson(
                "{\"email\":{\"cycle.opened\":\"off\",\"deadline-approaching\":\"digest\",\"comment\":\"on\"}}")));
    }

    @Test
    void aChoiceThatIsNoneOfTheThreeIsRefusedNamingTheQuestionAndKeepingTheOthers() {
        given().auth().oauth2(editor())
                .formParam("email-cycle-opened", "sometimes").formParam("email-comment", "on")
                .when().post("/preferences")
                .then().statusCode(422)
                .body(containsString("govuk-error-summary"))
                .body(containsString("<a href=\"#email-cycle-opened\">Select how you want to hear about a new cycle"
                        + " opens</a>"))
                .body(containsString("id=\"email-comment\" name=\"email-comment\" type=\"radio\" value=\"on\""
                        + " checked"));
    }

    @Test
    void anAddressThePortalDoesNotHaveIsAFriendlyPageNotFound() {
        given().auth().oauth2(editor())
                .when().get("/no/such/page")
                .then().statusCode(404)
                .body(containsString("<h1 class=\"govuk-heading-l\">Page not found</h1>"))
                .body(containsString("href=\"/\""))
                .body(org.hamcrest.Matchers.not(containsString("Resource not found")));
    }

    /**
     * A quad-service stub on both stand-ins: QuadServiceStub (PartnerRefusalsTest's) applies to every test in a
     * full run and may be the one the portal's quad client was given.
     */
    private static void quadService(com.github.tomakehurst.wiremock.client.MappingBuilder stub) {
        ServiceStubs.server.stubFor(stub);
        if (QuadServiceStub.server != null && QuadServiceStub.server.isRunning()) {
            QuadServiceStub.server.stubFor(stub);
        }
    }

    /** Where the portal sends this user for this link (path and query, and the fragment it adds). */
    private static String landing(String token, String link) {
        String location = given().auth().oauth2(token).redirects().follow(false)
                .when().get(link)
                .then().statusCode(303)
                .extract().header("Location");
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }

    private static String example(String shape) {
        return shape.replaceFirst("\\{}", CYCLE.toString()).replaceFirst("\\{}", QUAD.toString())
                .replaceFirst("/questions/\\{}", "/questions/1.1.1")
                .replaceFirst("/actions/\\{}", "/actions/" + ACTION)
                .replaceFirst("/introductions/\\{}", "/introductions/" + ACTION);
    }

    /**
     * The link shapes in notification-service's source: every {@code Wording.cycleLink(id, page)} and every
     * {@code "/cycles/" + ...} it builds, every other path that starts an expression ({@code "/reports/" + ...}),
     * each expression part as {@code {}}, a fragment dropped (the browser keeps it), and the mails' preferences
     * link.
     */
    static Set<String> linksWritten() throws IOException {
        assertThat(NOTIFICATION_SOURCES).as("notification-service's sources beside the portal").isDirectory();
        Set<String> shapes = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(NOTIFICATION_SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        Pattern cycleLink = Pattern.compile("cycleLink\\(\\s*[^,]+,\\s*");
        Pattern literal = Pattern.compile("\"/cycles/\"\\s*\\+");
        // A link to another of the portal's pages: a literal path that starts an expression ("/reports/" + id).
        Pattern portalPage = Pattern.compile("\"/(?!cycles/)[a-z][^\"\\s]*\"\\s*\\+");
        for (Path file : files) {
            String source = Files.readString(file);
            Matcher m = cycleLink.matcher(source);
            while (m.find()) {
                // The helper's own declaration reads as a page of "{}": not a link.
                String page = shape(expression(source, m.end()));
                if (!page.isEmpty() && !page.equals("{}")) {
                    shapes.add("/cycles/{}/" + page);
                }
            }
            Matcher l = literal.matcher(source);
            while (l.find()) {
                String shape = shape(expression(source, l.start()));
                if (!shape.equals("/cycles/{}/{}")) {
                    shapes.add(shape);
                }
            }
            Matcher p = portalPage.matcher(source);
            while (p.find()) {
                int before = p.start() - 1;
                while (before >= 0 && Character.isWhitespace(source.charAt(before))) {
                    before--;
                }
                if (before >= 0 && source.charAt(before) != '+') {
                    shapes.add(shape(expression(source, p.start())));
                }
            }
            if (source.contains("\"/preferences\"")) {
                shapes.add("/preferences");
            }
        }
        return shapes;
    }

    /** The Java expression starting at {@code from}, up to the comma or bracket that ends it. */
    private static String expression(String source, int from) {
        int depth = 0;
        boolean inString = false;
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString) {
                if (c == '(') {
                    depth++;
                } else if (c == ')' || c == ',' || c == ';') {
                    if (depth == 0) {
                        return source.substring(from, i);
                    }
                    if (c == ')') {
                        depth--;
                    }
                }
            }
        }
        return source.substring(from);
    }

    /** A concatenation as a shape: its string literals as they are, anything else as {}; no fragment. */
    private static String shape(String expression) {
        StringBuilder shape = new StringBuilder();
        List<String> parts = new ArrayList<>();
        Matcher part = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|([^+\"]+)").matcher(expression);
        while (part.find()) {
            if (part.group(1) != null) {
                parts.add(part.group(1));
            } else if (!part.group(2).isBlank()) {
                parts.add("{}");
            }
        }
        parts.forEach(shape::append);
        String text = shape.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? text : text.substring(0, hash);
    }

    /** The portal's own routes, from its resources' {@code @Path}s, to check a landing page exists. */
    static final class PortalRoutes {

        private static final List<Pattern> ROUTES = routes();

        static boolean serves(String path) {
            return ROUTES.stream().anyMatch(r -> r.matcher(path).matches());
        }

        private static List<Pattern> routes() {
            List<Pattern> routes = new ArrayList<>();
            for (Class<?> resource : List.of(CouncilResource.class, QuadPages.class, QuadWorkPages.class,
                    QuadInsightPages.class, AdesPages.class, AdesCouncilPages.class, AdesFrameworkPages.class,
                    NotificationPages.class, PreferencePages.class, HomeResource.class, CouncilFocusPages.class,
                    AdesFocusPages.class, StatementPages.class, QuadStatementPages.class, PublicReportPages.class,
                    PlanPages.class, IntroductionPages.class)) {
                String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
                for (Method method : resource.getDeclaredMethods()) {
                    if (!method.isAnnotationPresent(jakarta.ws.rs.GET.class)) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String template = (base + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                    if (template.length() > 1 && template.endsWith("/")) {
                        template = template.substring(0, template.length() - 1);
                    }
                    routes.add(Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")));
                }
            }
            return routes;
        }
    }
}
