package scot.quads.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import scot.quads.system.QuadsApi.Reply;

/**
 * The vertical slice on the running platform (./quads up), over HTTP with real Keycloak tokens: ADES publishes a
 * rubric and opens a cycle, forms a quad, four councils answer and submit, a partner reads the comparison and
 * finds the notifications in its inbox; flags, learning partners, the national picture and the trend; comments,
 * actions and sessions with their notifications; exports; and a council cannot write another council's
 * self-evaluation.
 * It uses a cycle of its own, so it can run again and again beside the demo data.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SmokeIT {

    private static final QuadsApi API = new QuadsApi();
    private static final String ADES = "ades";
    /** People family 3: four councils of similar deprivation, and a fifth outside their quad. */
    private static final Map<String, String> QUAD = new LinkedHashMap<>();

    static {
        QUAD.put("S12000047", "fife");
        QUAD.put("S12000014", "falkirk");
        QUAD.put("S12000005", "clackmannanshire");
        QUAD.put("S12000040", "west-lothian"); // submits last
    }
    private static final String OUTSIDER = "renfrewshire";
    private static final String OUTSIDER_CODE = "S12000038";
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private static String versionId;
    private static String cycleId;
    private static String cycleName;
    private static String quadId;
    private static List<String> questions;

    @Test
    @Order(1)
    void everyServiceIsReadyAndTheCouncilsAreThere() {
        for (String service : List.of(QuadsApi.AUTHORITY, QuadsApi.RUBRIC, QuadsApi.QUAD, QuadsApi.NOTIFICATION)) {
            assertThat(API.get(null, service + "/q/health/ready").status()).as(service).isEqualTo(200);
        }
        JsonNode councils = API.get("glasgow-city", QuadsApi.AUTHORITY + "/councils").expect(200, "councils").body();
        assertThat(councils.size()).isEqualTo(32);
        assertThat(API.get(null, QuadsApi.AUTHORITY + "/councils").status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void adesPublishesARubricAndOpensACycle() throws Exception {
        String framework = Files.readString(Path.of("../rubric-service/src/main/resources/seed/demo-framework.json"));
        versionId = new DemoData(API).importAndPublish(framework);

        String name = "smoke-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode cycle = API.post(ADES, QuadsApi.RUBRIC + "/cycles", Map.of(
                "name", name, "rubricVersionId", versionId,
                "opensOn", LocalDate.now().minusDays(1).toString(),
                "submissionDeadline", LocalDate.now().plusDays(30).toString()))
                .expect(201, "opening the smoke cycle").body();
        cycleId = cycle.get("id").asText();
        cycleName = name;

        assertThat(API.post("fife", QuadsApi.RUBRIC + "/cycles", Map.of("name", "x")).status()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void adesFormsTheQuadOnceQuadServiceKnowsTheCycle() {
        String url = QuadsApi.QUAD + "/cycles/" + cycleId + "/quads";
        await().atMost(EVENTUALLY).until(() -> API.get(ADES, url).status() == 200);

        JsonNode quad = API.post(ADES, url, Map.of("name", "Smoke quad", "members", List.copyOf(QUAD.keySet())))
                .expect(201, "forming the quad").body();
        quadId = quad.get("id").asText();
    }

    @Test
    @Order(4)
    void eachCouncilAnswersEveryQuestionAndPartnersSeeNothingBeforeAllHaveSubmitted() {
        JsonNode evaluation = API.get("fife", evaluation("S12000047")).expect(200, "Fife's evaluation").body();
        questions = new ArrayList<>();
        evaluation.get("questions").forEach(q -> questions.add(q.get("code").asText()));
        assertThat(questions).hasSize(58);

        int councilIndex = 0;
        for (Map.Entry<String, String> council : QUAD.entrySet()) {
            answerAll(council.getKey(), council.getValue(), councilIndex++);
        }
        List<String> codes = List.copyOf(QUAD.keySet());
        for (int i = 0; i < 3; i++) {
            submit(codes.get(i), QUAD.get(codes.get(i)));
        }

        Reply early = API.get("west-lothian", QuadsApi.QUAD + "/quads/" + quadId + "/comparison")
                .expect(200, "comparison before reveal");
        assertThat(early.body().at("/reveal/revealed").asBoolean()).isFalse();
        assertThat(early.text()).doesNotContain("Evidence from fife");
    }

    @Test
    @Order(5)
    void aCouncilCannotWriteAnotherCouncilsSelfEvaluation() {
        Reply intrusion = API.put("fife", evaluation("S12000040") + "/answers/" + questions.get(0), "\"0\"",
                answer(6, "Fife writing for West Lothian"));

        assertThat(intrusion.status()).isEqualTo(403);
        assertThat(intrusion.contentType()).startsWith("application/problem+json");
        assertThat(API.get(OUTSIDER, evaluation("S12000047")).status()).isEqualTo(403);
    }

    @Test
    @Order(6)
    void onceAllFourHaveSubmittedAPartnerSeesTheComparison() {
        submit("S12000040", "west-lothian");

        JsonNode comparison = await().atMost(EVENTUALLY).until(
                () -> API.get("fife", QuadsApi.QUAD + "/quads/" + quadId + "/comparison").body(),
                body -> body != null && body.at("/reveal/revealed").asBoolean());

        JsonNode first = comparison.get("questions").get(0);
        assertThat(first.get("answers")).hasSize(4);
        // Levels per council index are 3, 4, 5, 6 on every question (see answerAll): median 4.5, range 3.
        assertThat(first.at("/statistics/median").asDouble()).isEqualTo(4.5);
        assertThat(first.at("/statistics/min").asInt()).isEqualTo(3);
        assertThat(first.at("/statistics/max").asInt()).isEqualTo(6);
        assertThat(comparison.toString()).contains("Evidence from falkirk");
        assertThat(API.get(OUTSIDER, QuadsApi.QUAD + "/quads/" + quadId + "/comparison").status()).isEqualTo(403);
    }

    @Test
    @Order(7)
    void aPartnersInboxShowsThatTheOthersSubmitted() {
        JsonNode inbox = await().atMost(EVENTUALLY).until(
                () -> API.get("fife", QuadsApi.NOTIFICATION + "/notifications?limit=200").body(),
                body -> body != null && titlesIn(body, cycleId).stream()
                        .filter(t -> t.contains("submitted its self-evaluation"))
                        .filter(t -> t.contains("Falkirk") || t.contains("Clackmannanshire") || t.contains("West Lothian"))
                        .count() >= 3);

        assertThat(inbox.get("unreadCount").asInt()).isGreaterThanOrEqualTo(3);
        // Fife's contact (added by the demo data, wanting mail about submissions) has it in the SMTP server's mailbox.
        String mailbox = "http://127.0.0.1:3080/api/user/fife@demo.quads.invalid/messages/INBOX";
        // The demo's earlier cycle sent the same kind of mail, so only this cycle's (named in it) counts.
        java.util.regex.Pattern thisCycles = java.util.regex.Pattern.compile("West Lothian, a partner in your quad,"
                + "\\s+submitted its self-evaluation\\s+for\\s+" + java.util.regex.Pattern.quote(cycleName));
        String mail = await().atMost(EVENTUALLY).until(() -> API.get(null, mailbox).text(),
                text -> text != null && thisCycles.matcher(text).find());
        assertThat(mail).contains("fife@demo.quads.invalid");
        // Every council hears that the cycle opened; only the quad hears who in it submitted.
        JsonNode outsider = API.get(OUTSIDER, QuadsApi.NOTIFICATION + "/notifications?limit=200").body();
        List<String> outsiderHeard = new ArrayList<>();
        outsider.path("items").forEach(item -> {
            if (item.path("link").asText().contains(cycleId)) {
                outsiderHeard.add(item.path("type").asText());
            }
        });
        assertThat(outsiderHeard).contains("cycle.opened").doesNotContain("self-evaluation.submitted");
    }

    @Test
    @Order(8)
    void theComparisonFlagsThinEvidenceAndRanksTheAgendaAndFindsLearningPartners() {
        JsonNode comparison = API.get("falkirk", quad("/comparison")).expect(200, "comparison").body();

        // West Lothian says 6 everywhere with a one-line evidence text: thin evidence for a high level.
        assertThat(comparison.at("/flags/thinEvidence").findValuesAsText("councilCode")).contains("S12000040");
        assertThat(comparison.get("agenda").size()).isGreaterThan(0);
        assertThat(comparison.at("/agenda/0/spread").asInt()).isEqualTo(3);

        JsonNode partners = API.get("fife", quad("/learning-partners")).expect(200, "learning partners").body();
        JsonNode first = partners.get("questions").get(0);
        // Fife (3) learns from Clackmannanshire (5) and West Lothian (6), not from Falkirk (4).
        assertThat(first.get("partners").findValuesAsText("councilCode")).containsExactlyInAnyOrder("S12000005", "S12000040");
        // Listed from the most levels higher: West Lothian (3 higher) first.
        assertThat(first.at("/partners/0/councilCode").asText()).isEqualTo("S12000040");
        assertThat(first.at("/partners/0/strengths").asText()).isEqualTo("Strengths noted");
    }

    @Test
    @Order(9)
    void theNationalPictureIsAnonymousAndShownToARevealedQuad() {
        answerAll(OUTSIDER_CODE, OUTSIDER, -1);
        submit(OUTSIDER_CODE, OUTSIDER);
        String national = QuadsApi.QUAD + "/cycles/" + cycleId + "/national";

        JsonNode seenByAdes = await().atMost(EVENTUALLY).until(() -> API.get(ADES, national).body(),
                body -> body != null && body.path("councilsSubmitted").asInt() == 5);
        JsonNode question = seenByAdes.get("questions").get(0);
        assertThat(question.get("suppressed").asBoolean()).isFalse();
        assertThat(question.get("councilsGraded").asInt()).isEqualTo(5);

        // Four of the five are Fife's own quad: the fifth council's level could be read off, so Fife sees no
        // distribution (at least five councils outside its quad must have graded a question).
        JsonNode seenByFife = API.get("fife", national).expect(200, "national for Fife").body();
        assertThat(seenByFife.at("/questions/0/suppressed").asBoolean()).isTrue();
        assertThat(seenByFife.at("/questions/0/distribution").isMissingNode()
                || seenByFife.at("/questions/0/distribution").isNull()).isTrue();
        assertThat(seenByFife.at("/questions/0/councilLevel").asInt()).isEqualTo(3);
        assertThat(seenByFife.at("/questions/0/quadMedian").asDouble()).isEqualTo(4.5);
        assertThat(seenByFife.toString()).doesNotContain(OUTSIDER_CODE).doesNotContain("Renfrewshire");
        assertThat(API.get("fife", national + "?council=" + OUTSIDER_CODE).status()).isEqualTo(403);

        JsonNode trend = API.get("fife", QuadsApi.QUAD + "/councils/S12000047/trend").expect(200, "trend").body();
        assertThat(trend.get("cycles").findValuesAsText("cycleId")).contains(cycleId);
        assertThat(API.get(OUTSIDER, QuadsApi.QUAD + "/councils/S12000047/trend").status()).isEqualTo(403);
    }

    @Test
    @Order(10)
    void aCommentOnAnAnswerReachesTheAnsweringCouncil() {
        Map<String, Object> comment = Map.of("questionCode", questions.get(0), "aboutCouncil", "S12000047",
                "kind", "question", "text", "How did you gather this evidence?\nWe would like to try it.");
        String commentId = API.post("falkirk", quad("/comments"), comment).expect(201, "commenting").body()
                .get("id").asText();
        API.post("fife", quad("/comments/" + commentId + "/replies"), Map.of("text", "From our attainment tracker."))
                .expect(201, "replying");

        await().atMost(EVENTUALLY).until(() -> types(API.get("fife", notifications()).body()).contains("comment"));
        await().atMost(EVENTUALLY).until(() -> types(API.get("falkirk", notifications()).body()).contains("comment"));
        assertThat(API.get(OUTSIDER, quad("/comments")).status()).isEqualTo(403);
        JsonNode threads = API.get("clackmannanshire", quad("/comments")).expect(200, "threads").body();
        assertThat(threads.toString()).contains("From our attainment tracker.");
    }

    @Test
    @Order(11)
    void anAgreedActionReachesItsOwnerAndASessionTakesTheAgenda() {
        Map<String, Object> action = Map.of("ownerCouncil", "S12000047", "description",
                "Share the attainment tracker with partners", "questionCodes", List.of(questions.get(0)),
                "dueDate", LocalDate.now().plusDays(40).toString());
        API.post("falkirk", quad("/actions"), action).expect(201, "agreeing an action");
        await().atMost(EVENTUALLY).until(() -> types(API.get("fife", notifications()).body()).contains("action"));

        JsonNode session = API.post("west-lothian", quad("/sessions"),
                Map.of("startsAt", java.time.OffsetDateTime.now().plusDays(7).toString(), "location", "Online"))
                .expect(201, "scheduling a session").body();
        assertThat(session.get("agenda").size()).isGreaterThan(0);
        assertThat(session.get("followUpActions").findValuesAsText("description"))
                .contains("Share the attainment tracker with partners");
    }

    @Test
    @Order(12)
    void theComparisonAndAnEvaluationExportAsFilesThatOpen() {
        QuadsApi.Download pdf = API.download("fife", quad("/comparison/export?format=pdf"));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        QuadsApi.Download xlsx = API.download("fife", quad("/comparison/export?format=xlsx"));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.bytes()[0]).isEqualTo((byte) 'P');
        assertThat(xlsx.bytes()[1]).isEqualTo((byte) 'K');

        QuadsApi.Download own = API.download("fife", evaluation("S12000047") + "/export?format=pdf");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.contentType()).startsWith("application/pdf");
        assertThat(API.download(OUTSIDER, quad("/comparison/export?format=pdf")).status()).isEqualTo(403);
    }

    private static String quad(String path) {
        return QuadsApi.QUAD + "/quads/" + quadId + path;
    }

    private static String notifications() {
        return QuadsApi.NOTIFICATION + "/notifications?limit=200";
    }

    private static List<String> types(JsonNode inbox) {
        List<String> types = new ArrayList<>();
        if (inbox != null) {
            inbox.path("items").forEach(item -> {
                if (item.path("link").asText().contains(cycleId) || item.path("link").asText().contains(quadId)) {
                    types.add(item.path("type").asText());
                }
            });
        }
        return types;
    }

    /** Closes the smoke cycle, so that the demo data's cycle stays the one open cycle the portal shows. */
    @AfterAll
    static void closeTheSmokeCycle() {
        if (cycleId == null) {
            return;
        }
        String cycle = QuadsApi.RUBRIC + "/cycles/" + cycleId;
        Reply current = API.get(ADES, cycle).expect(200, "reading the smoke cycle");
        API.post(ADES, cycle + "/state", current.etag(), Map.of("state", "closed", "reason", "Smoke run finished"))
                .expect(200, "closing the smoke cycle");
    }

    private static void answerAll(String code, String login, int councilIndex) {
        for (String question : questions) {
            Reply saved = API.put(login, evaluation(code) + "/answers/" + question, "\"0\"",
                    answer(3 + councilIndex, "Evidence from " + login + " on " + question));
            saved.expect(200, login + " answering " + question);
        }
    }

    private static void submit(String code, String login) {
        API.post(login, evaluation(code) + "/submit", null).expect(200, login + " submitting");
    }

    private static String evaluation(String council) {
        return QuadsApi.RUBRIC + "/cycles/" + cycleId + "/evaluations/" + council;
    }

    private static Map<String, Object> answer(int level, String evidence) {
        Map<String, Object> answer = new HashMap<>();
        answer.put("level", level);
        answer.put("evidence", evidence);
        answer.put("strengths", "Strengths noted");
        answer.put("areasForImprovement", "Areas noted");
        answer.put("nextSteps", "Next steps noted");
        return answer;
    }

    /** The titles of the notices about one cycle (their link names it): the demo's cycles send the same kinds. */
    private static List<String> titlesIn(JsonNode inbox, String cycle) {
        List<String> titles = new ArrayList<>();
        inbox.path("items").forEach(item -> {
            if (item.path("link").asText().contains(cycle)) {
                titles.add(item.path("title").asText());
            }
        });
        return titles;
    }

}
