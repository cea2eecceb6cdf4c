package scot.quads.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demonstration data into a running platform through its public APIs, as ADES would: the demo rubric
 * imported and published, the current school year's cycle opened, and its quads formed from a proposal that makes
 * each LGBF people-services family's quads alike on children's indicators; and, when given, the second demo
 * rubric (graded per quality indicator) imported and published beside it, so that both grading grains can be seen.
 * Running it again changes nothing.
 *
 * <p>Usage: {@code DemoData <path to demo-framework.json> [<path to demo-framework-per-indicator.json>]}
 */
public final class DemoData {

    static final String ADES = "ades";

    private final QuadsApi api;

    DemoData(QuadsApi api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: DemoData <demo-framework.json> [<demo-framework-per-indicator.json>]");
            System.exit(2);
        }
        DemoData demo = new DemoData(new QuadsApi());
        demo.load(Path.of(args[0]));
        if (args.length == 2) {
            demo.loadSecondRubric(Path.of(args[1]));
        }
    }

    /** The second demo rubric, graded per quality indicator, imported and published once (no cycle runs it). */
    void loadSecondRubric(Path framework) throws Exception {
        String json = Files.readString(framework);
        String code = QuadsApi.readTree(json).get("code").asText();
        for (JsonNode known : api.get(ADES, QuadsApi.RUBRIC + "/frameworks").expect(200, "Listing frameworks").body()) {
            if (code.equals(known.get("code").asText())) {
                say("The demo rubric graded per quality indicator (" + code + ") is already there");
                return;
            }
        }
        importAndPublish(json);
    }

    void load(Path framework) throws Exception {
        Instant started = Instant.now();
        addContacts();
        LocalDate today = LocalDate.now();
        String cycleName = schoolYear(today);
        String earlierName = schoolYear(today.minusYears(1));
        JsonNode cycle = findCycle(cycleName);
        JsonNode earlier = findCycle(earlierName);
        String versionId = cycle != null ? cycle.get("rubricVersionId").asText()
                : earlier != null ? earlier.get("rubricVersionId").asText()
                : importAndPublish(Files.readString(framework));
        Map<String, String> names = new LinkedHashMap<>();
        api.get(ADES, QuadsApi.AUTHORITY + "/councils").expect(200, "Listing councils").body()
                .forEach(council -> names.put(council.get("gssCode").asText(), council.get("name").asText()));
        LivingDemo demo = new LivingDemo(api, names, THREADS);
        try {
            if (earlier == null) {
                earlier = openEarlierCycle(earlierName, versionId);
                say("Opened the earlier cycle " + earlierName + " on the demo rubric");
            }
            if (!"closed".equals(earlier.path("state").asText())) {
                formQuads(earlier.get("id").asText(), earlierName);
                int start = Integer.parseInt(earlierName.substring(0, 4));
                demo.earlierRound(earlier, LocalDate.of(start + 1, 1, 30), LocalDate.of(start + 1, 3, 31));
            } else {
                say("The earlier cycle " + earlierName + " is already closed");
            }
            if (cycle == null) {
                cycle = openCycle(cycleName, versionId);
                say("Opened cycle " + cycleName + " on the demo rubric");
            } else {
                say("Cycle " + cycleName + " is already open");
            }
            formQuads(cycle.get("id").asText(), cycleName);
            assignOfficersAndInspectors(cycle.get("id").asText());
            demo.currentRound(cycle, earlier.get("id").asText());
        } finally {
            demo.shutdown();
        }
        say("Demo data loaded in " + Duration.between(started, Instant.now()).toSeconds() + " s ("
                + demo.answersSaved() + " answers saved)");
    }

    /** Councils whose answers are saved at the same time (each council's in turn). */
    static final int THREADS = Integer.getInteger("quads.demo.threads", 6);

    /**
     * Last school year's cycle, opened with its deadline still ahead so that councils can submit; the loader sets its
     * real dates (in the past) and closes it once its round is done.
     */
    JsonNode openEarlierCycle(String name, String versionId) {
        int startYear = Integer.parseInt(name.substring(0, 4));
        Map<String, Object> cycle = Map.of(
                "name", name,
                "rubricVersionId", versionId,
                "opensOn", LocalDate.of(startYear, 8, 18).toString(),
                "submissionDeadline", LocalDate.now().plusDays(30).toString(),
                "revealRule", "all-submitted-or-deadline");
        return api.post(ADES, QuadsApi.RUBRIC + "/cycles", cycle).expect(201, "Opening cycle " + name).body();
    }

    /** A name as part of an address: lower case, words joined by hyphens. */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The demo's ADES officers and link inspectors (logins made by deploy/local/LocalRealm.java) assigned by ADES to
     * the cycle's first two quads by name, whose answers the living demo reveals: each officer to one quad, the first
     * inspector to the first quad and the second to the first council of the second quad; left alone once assigned.
     */
    private void assignOfficersAndInspectors(String cycleId) {
        JsonNode already = api.get(ADES, QuadsApi.QUAD + "/assignments?username=ades-officer-1")
                .expect(200, "Listing assignments").body();
        if (already.size() > 0) {
            say("The demo officers and link inspectors are already assigned");
            return;
        }
        List<JsonNode> quads = new ArrayList<>();
        api.get(ADES, QuadsApi.QUAD + "/cycles/" + cycleId + "/quads").expect(200, "Listing quads").body()
                .forEach(quads::add);
        quads.sort(java.util.Comparator.comparing(quad -> quad.path("name").asText()));
        if (quads.size() < 2) {
            say("Fewer than 2 quads: the demo officers and link inspectors are not assigned");
            return;
        }
        assign("ades-officer", "ades-officer-1", quads.get(0).get("id").asText(), null, quads.get(0));
        assign("ades-officer", "ades-officer-2", quads.get(1).get("id").asText(), null, quads.get(1));
        assign("es-link", "link-inspector-1", quads.get(0).get("id").asText(), null, quads.get(0));
        String council = quads.get(1).get("members").get(0).get("code").asText();
        assign("es-link", "link-inspector-2", null, council, quads.get(1));
    }

    private void assign(String role, String username, String quadId, String councilCode, JsonNode quad) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("role", role);
        body.put("username", username);
        if (quadId != null) {
            body.put("quadId", quadId);
        } else {
            body.put("councilCode", councilCode);
        }
        api.post(ADES, QuadsApi.QUAD + "/assignments", body).expect(201, "Assigning " + username);
        say("Assigned " + username + " to " + (quadId != null ? quad.get("name").asText()
                : "council " + councilCode + " (in " + quad.get("name").asText() + ")"));
    }

    String importAndPublish(String frameworkJson) {
        JsonNode version = api.post(ADES, QuadsApi.RUBRIC + "/frameworks/import", frameworkJson)
                .expect(201, "Importing the demo rubric").body();
        String versionId = version.get("id").asText();
        api.post(ADES, QuadsApi.RUBRIC + "/versions/" + versionId + "/publish", null)
                .expect(200, "Publishing the demo rubric");
        say("Imported and published the demo rubric (version " + versionId + ")");
        return versionId;
    }

    JsonNode openCycle(String name, String versionId) {
        int startYear = Integer.parseInt(name.substring(0, 4));
        Map<String, Object> cycle = Map.of(
                "name", name,
                "rubricVersionId", versionId,
                "opensOn", LocalDate.of(startYear, 9, 1).toString(),
                "submissionDeadline", LocalDate.now().plusDays(60).toString(),
                "revealRule", "all-submitted-or-deadline");
        return api.post(ADES, QuadsApi.RUBRIC + "/cycles", cycle).expect(201, "Opening cycle " + name).body();
    }

    private JsonNode findCycle(String name) {
        for (JsonNode cycle : api.get(ADES, QuadsApi.RUBRIC + "/cycles").expect(200, "Listing cycles").body()) {
            if (name.equals(cycle.path("name").asText())) {
                return cycle;
            }
        }
        return null;
    }

    /** Children's indicators the demo quads are made alike on, weighted equally (see the LGBF definitions). */
    static final List<String> PROPOSAL_INDICATORS = List.of("CHN6", "CHN11", "CHN14a");

    /**
     * Forms the quads of every people-services family from a quad-service proposal (alike on
     * {@link #PROPOSAL_INDICATORS}), confirmed as proposed.
     */
    private void formQuads(String cycleId, String cycleName) throws InterruptedException {
        String quads = QuadsApi.QUAD + "/cycles/" + cycleId + "/quads";
        QuadsApi.Reply existing = awaitKnown(quads);
        if (existing.body().size() > 0) {
            say("The quads for " + cycleName + " are already formed");
            return;
        }
        int councils = api.get(ADES, QuadsApi.AUTHORITY + "/councils").expect(200, "Listing councils").body().size();
        Map<String, Object> request = Map.of("familySet", "people", "avoidPreviousPartners", false,
                "indicators", PROPOSAL_INDICATORS.stream().map(code -> Map.of("code", code, "weight", 1)).toList());
        JsonNode proposal = awaitProposal(QuadsApi.QUAD + "/cycles/" + cycleId + "/quad-proposals", request, councils);
        for (JsonNode formed : api.post(ADES, QuadsApi.QUAD + "/quad-proposals/" + proposal.get("id").asText()
                + "/confirm", Map.of()).expect(200, "Confirming the proposed quads").body()) {
            List<String> codes = new ArrayList<>();
            formed.get("members").forEach(member -> codes.add(member.get("code").asText()));
            say("Formed " + formed.get("name").asText() + ": " + String.join(", ", codes));
        }
        proposal.get("unplaced").forEach(council -> say("Not placed: " + council.get("code").asText() + " ("
                + council.get("reason").asText() + ")"));
    }

    /** A proposal that places (or explains) every council, once quad-service has heard of them all. */
    private JsonNode awaitProposal(String url, Map<String, Object> request, int councils)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            JsonNode proposal = api.post(ADES, url, request).expect(201, "Proposing quads").body();
            int seen = proposal.get("unplaced").size();
            for (JsonNode quad : proposal.get("quads")) {
                seen += quad.get("members").size();
            }
            if (seen >= councils || Instant.now().isAfter(deadline)) {
                return proposal;
            }
            Thread.sleep(1000);
        }
    }

    /** One contact per council, its demo editor's address; a council that already has contacts is left alone. */
    private void addContacts() {
        int added = 0;
        for (JsonNode council : api.get(ADES, QuadsApi.AUTHORITY + "/councils").expect(200, "Listing councils").body()) {
            String code = council.get("gssCode").asText();
            String name = council.get("name").asText();
            String contacts = QuadsApi.AUTHORITY + "/councils/" + code + "/contacts";
            if (api.get(ADES, contacts).expect(200, "Listing the contacts of " + name).body().size() > 0) {
                continue;
            }
            api.post(ADES, contacts, Map.of(
                    "name", name + " quality improvement lead",
                    "email", QuadsApi.loginOf(name) + "@demo.quads.invalid",
                    "role", "Quality improvement officer",
                    "notifications", List.of("cycle.opened", "deadline-approaching", "deadline-passed",
                            "self-evaluation.submitted", "self-evaluation.returned", "quad.changed",
                            "findings.published")))
                    .expect(201, "Adding a contact for " + name);
            added++;
        }
        say(added == 0 ? "Every council already has its contacts" : "Added a contact to " + added + " councils");
    }

    /** quad-service learns of a new cycle from Kafka; wait until it has. */
    private QuadsApi.Reply awaitKnown(String url) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            QuadsApi.Reply reply = api.get(ADES, url);
            if (reply.status() == 200) {
                return reply;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("quad-service did not learn of the cycle in time: " + reply.text());
            }
            Thread.sleep(500);
        }
    }

    /** The school year a date falls in: August onwards is the start of the next one ("2026-27"). */
    static String schoolYear(LocalDate date) {
        int start = date.getMonthValue() >= 8 ? date.getYear() : date.getYear() - 1;
        return start + "-" + String.format("%02d", (start + 1) % 100);
    }

    private static void say(String line) {
        System.out.println("    " + line);
    }
}
