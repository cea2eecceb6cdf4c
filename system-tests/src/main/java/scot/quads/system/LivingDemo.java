package scot.quads.system;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The living demo: a round that has already happened and one under way, loaded through the services' APIs as the
 * people who do each step would (a council's editor its answers, ADES the reveal's consequences), so that every
 * page of the portal has something to show on a fresh stack.
 *
 * <ul>
 * <li>the earlier cycle: every council's self-evaluation submitted, each quad's comments, two sessions with notes,
 * actions (some done, some overdue), some findings reports agreed and published; then its dates set to last school
 * year's and closed;</li>
 * <li>the current cycle: the first two quads (by name) fully submitted and so revealed, with statements, focus,
 * evidence links, comments, a session held and one to come, and actions; one council returned for revision; a few
 * councils carrying last year's answers forward; the rest part-way or not started, except the quads of
 * {@link #KEPT_FRESH}, left for the browser journeys.</li>
 * </ul>
 *
 * <p>Question and indicator codes are read from each evaluation (so from the published rubric version), never
 * written here. The words come from {@link DemoText}, chosen by a random seeded by the council, question and cycle:
 * the same stack gets the same data. Each step looks first at what is there and does only what is missing, so a
 * second run adds nothing.
 */
final class LivingDemo {

    static final String ADES = DemoData.ADES;
    /** The demo partner's login and the address her invitation is matched by. */
    static final String GUEST = "cld-guest";
    static final String GUEST_EMAIL = GUEST + "@demo.quads.invalid";

    /**
     * Councils whose quads the current round leaves as ADES formed them, nothing answered: the portal's browser
     * journeys start from there on the demo stack (Fife's quad is revealed by PartnerJourneyIT with levels of its
     * own, and Glasgow answers, submits and recalls in CouncilJourneyIT).
     */
    static final java.util.Set<String> KEPT_FRESH = java.util.Set.of("S12000047", "S12000049");

    private final QuadsApi api;
    private final Map<String, String> councilNames;
    private final ExecutorService pool;
    private final AtomicInteger saved = new AtomicInteger();

    LivingDemo(QuadsApi api, Map<String, String> councilNames, int threads) {
        this.api = api;
        this.councilNames = councilNames;
        this.pool = Executors.newFixedThreadPool(threads);
    }

    void shutdown() {
        pool.shutdownNow();
    }

    int answersSaved() {
        return saved.get();
    }

    // ------------------------------------------------------------------------------------------ the earlier cycle

    /** Every council submits, the quads talk and act, some reports are published; then the cycle is put in the past. */
    void earlierRound(JsonNode cycle, LocalDate deadline, LocalDate closesOn) throws Exception {
        String cycleId = cycle.get("id").asText();
        String cycleName = cycle.get("name").asText();
        List<JsonNode> quads = quads(cycleId);
        List<String> councils = new ArrayList<>();
        quads.forEach(quad -> councils.addAll(members(quad)));
        parallel(councils, council -> {
            fill(cycleId, cycleName, council, 1.0, "earlier");
            submit(cycleId, council);
        });
        say("Earlier cycle " + cycleName + ": " + councils.size() + " self-evaluations submitted");
        int index = 0;
        for (JsonNode quad : quads) {
            awaitRevealed(quad);
            String quadId = quad.get("id").asText();
            List<String> members = members(quad);
            comments(quadId, cycleName, members, 3);
            int year = deadline.getYear();
            sessions(quadId, cycleName, members, List.of(
                    OffsetDateTime.of(year, 2, 10 + index % 14, 10, 0, 0, 0, ZoneOffset.UTC),
                    OffsetDateTime.of(year, 3, 10 + index % 14, 14, 0, 0, 0, ZoneOffset.UTC)), 2);
            actions(quadId, cycleName, members, List.of(
                    LocalDate.of(year, 4, 30), LocalDate.of(year, 6, 26), LocalDate.of(year, 9, 30)),
                    List.of("done", "in-progress", "open"));
            if (index < 4) {
                publishFindings(quadId, members.get(0));
            }
            index++;
        }
        say("Earlier cycle " + cycleName + ": comments, sessions, actions and findings reports in " + quads.size()
                + " quads");
        close(cycleId, cycleName, deadline, closesOn);
    }

    private void close(String cycleId, String name, LocalDate deadline, LocalDate closesOn) {
        QuadsApi.Reply current = api.get(ADES, QuadsApi.RUBRIC + "/cycles/" + cycleId).expect(200, "Reading " + name);
        Map<String, Object> dates = new LinkedHashMap<>();
        dates.put("submissionDeadline", deadline.toString());
        dates.put("closesOn", closesOn.toString());
        QuadsApi.Reply moved = api.patch(ADES, QuadsApi.RUBRIC + "/cycles/" + cycleId, current.etag(), dates)
                .expect(200, "Setting the dates of " + name);
        api.post(ADES, QuadsApi.RUBRIC + "/cycles/" + cycleId + "/state", moved.etag(),
                Map.of("state", "closed", "reason", "Round complete: every council submitted and the quads met"))
                .expect(200, "Closing " + name);
        say("Earlier cycle " + name + " closed (deadline " + deadline + ")");
    }

    // ------------------------------------------------------------------------------------------ the current cycle

    /** Two quads revealed, one council returned, a few carrying forward, the rest part-way. */
    void currentRound(JsonNode cycle, String earlierCycleId) throws Exception {
        String cycleId = cycle.get("id").asText();
        String cycleName = cycle.get("name").asText();
        List<JsonNode> quads = new ArrayList<>(quads(cycleId));
        quads.removeIf(quad -> members(quad).stream().anyMatch(KEPT_FRESH::contains));
        if (quads.size() < 3) {
            say("Fewer than 3 quads in " + cycleName + ": no current round loaded");
            return;
        }
        Map<String, Runnable> plans = new LinkedHashMap<>();
        List<String> revealed = new ArrayList<>();
        for (int q = 0; q < quads.size(); q++) {
            List<String> members = members(quads.get(q));
            for (int m = 0; m < members.size(); m++) {
                String council = members.get(m);
                Random random = DemoText.random(cycleName, council, "plan");
                if (q < 2) {
                    revealed.add(council);
                    int place = m;
                    plans.put(council, () -> {
                        statement(cycleId, council);
                        focus(cycleId, council, place);
                        evidence(cycleId, council);
                        fill(cycleId, cycleName, council, 1.0, "current");
                        submit(cycleId, council);
                    });
                } else if (q == 2 && m == 0) {
                    plans.put(council, () -> {
                        statement(cycleId, council);
                        fill(cycleId, cycleName, council, 1.0, "current");
                        submitAndReturn(cycleId, council);
                    });
                } else if (q == 2 && m < members.size() - 1) {
                    plans.put(council, () -> {
                        fill(cycleId, cycleName, council, 1.0, "current");
                        submit(cycleId, council);
                    });
                } else if (m == 0 && q >= 3 && q <= 5 && earlierCycleId != null) {
                    int confirm = q == 3 ? 20 : q == 4 ? 5 : 0;
                    plans.put(council, () -> carryForward(cycleId, council, earlierCycleId, confirm));
                } else {
                    double share = random.nextInt(5) == 0 ? 0 : 0.15 + random.nextInt(60) / 100.0;
                    if (share > 0) {
                        plans.put(council, () -> fill(cycleId, cycleName, council, share, "current"));
                    }
                }
            }
        }
        parallel(new ArrayList<>(plans.keySet()), council -> plans.get(council).run());
        say("Current cycle " + cycleName + ": " + plans.size() + " councils at work, " + revealed.size()
                + " submitted in two quads, one returned for revision");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (JsonNode quad : quads.subList(0, 2)) {
            awaitRevealed(quad);
            String quadId = quad.get("id").asText();
            List<String> members = members(quad);
            comments(quadId, cycleName, members, 4);
            OffsetDateTime held = today.minusDays(3).atTime(10, 0).atOffset(ZoneOffset.UTC);
            OffsetDateTime next = today.plusDays(18).atTime(13, 30).atOffset(ZoneOffset.UTC);
            sessions(quadId, cycleName, members, List.of(held, next), 1);
            actions(quadId, cycleName, members, List.of(today.plusDays(25), today.plusDays(45), today.plusDays(70)),
                    List.of("in-progress", "open", "open"));
            if (quad == quads.get(0)) {
                inviteGuest(quadId, cycleName, members, today);
            }
        }
        say("Current cycle " + cycleName + ": comments, sessions and actions in the two revealed quads");
    }

    // ------------------------------------------------------------------------------------------ self-evaluations

    private JsonNode evaluation(String cycleId, String council) {
        return api.get(login(council), evaluationUrl(cycleId, council))
                .expect(200, "Reading the self-evaluation of " + council).body();
    }

    private static String evaluationUrl(String cycleId, String council) {
        return QuadsApi.RUBRIC + "/cycles/" + cycleId + "/evaluations/" + council;
    }

    /** The council's level for a question: its own strength, the theme's, a little noise; last year a little lower. */
    static int level(String council, String themeCode, String itemCode, String round, int lowest, int highest) {
        Random councilRandom = DemoText.random(council, "strength");
        double base = 3.2 + councilRandom.nextDouble() * 1.8;
        double theme = DemoText.random(council, "theme", themeCode).nextGaussian() * 0.6;
        double noise = DemoText.random(council, itemCode).nextGaussian() * 0.7;
        double value = base + theme + noise;
        if ("earlier".equals(round)) {
            value -= 0.6 * DemoText.random(council, itemCode, "trend").nextDouble();
        }
        return (int) Math.max(lowest, Math.min(highest, Math.round(value)));
    }

    /** Saves the council's answers to the given share of the items (in rubric order) that have none yet. */
    private void fill(String cycleId, String cycleName, String council, double share, String round) {
        JsonNode evaluation = evaluation(cycleId, council);
        if ("submitted".equals(evaluation.path("state").asText())) {
            return;
        }
        boolean perIndicator = "quality-indicator".equals(evaluation.path("gradingGrain").asText());
        int lowest = 1;
        int highest = 6;
        List<JsonNode> items = new ArrayList<>();
        if (perIndicator) {
            evaluation.path("indicators").forEach(items::add);
        }
        evaluation.path("questions").forEach(items::add);
        int wanted = (int) Math.round(items.size() * share);
        Map<String, String> titles = indicatorTitles(evaluation);
        for (int i = 0; i < wanted; i++) {
            JsonNode item = items.get(i);
            if (!item.path("answer").isMissingNode() && !item.path("answer").isNull()) {
                continue;
            }
            boolean indicator = !item.has("kind");
            boolean narrative = "narrative".equals(item.path("kind").asText());
            String code = item.get("code").asText();
            String indicatorCode = indicator ? code : item.path("indicatorCode").asText();
            String topic = DemoText.topic(titles.getOrDefault(indicatorCode, item.path("title").asText()));
            Random random = DemoText.random(cycleName, council, code);
            Map<String, Object> answer = new LinkedHashMap<>();
            int level = level(council, item.path("themeCode").asText(), code, round, lowest, highest);
            if (!narrative) {
                if (item.path("notApplicableAllowed").asBoolean() && random.nextInt(8) == 0) {
                    answer.put("notApplicable", true);
                    answer.put("notApplicableReason", DemoText.notApplicableReason());
                } else {
                    answer.put("level", level);
                }
            }
            if (!answer.containsKey("notApplicable")) {
                for (JsonNode field : item.path("narrativeFields")) {
                    String name = field.asText();
                    answer.put(name, switch (name) {
                        case "evidence" -> DemoText.evidence(random, topic);
                        case "strengths" -> DemoText.strengths(random, topic, level);
                        case "areasForImprovement" -> DemoText.areasForImprovement(random, topic, level);
                        default -> DemoText.nextSteps(random, topic);
                    });
                }
            }
            if (narrative && answer.isEmpty()) {
                continue;
            }
            String url = evaluationUrl(cycleId, council)
                    + (indicator ? "/indicators/" + encode(code) + "/answer" : "/answers/" + encode(code));
            api.put(login(council), url, "\"0\"", answer).expect(200, "Saving " + council + "'s answer to " + code);
            saved.incrementAndGet();
        }
    }

    private static Map<String, String> indicatorTitles(JsonNode evaluation) {
        Map<String, String> titles = new LinkedHashMap<>();
        evaluation.path("indicators").forEach(i -> titles.put(i.path("code").asText(), i.path("title").asText()));
        return titles;
    }

    private void submit(String cycleId, String council) {
        JsonNode evaluation = evaluation(cycleId, council);
        if ("submitted".equals(evaluation.path("state").asText())) {
            return;
        }
        api.post(login(council), evaluationUrl(cycleId, council) + "/submit", null)
                .expect(200, "Submitting " + council + "'s self-evaluation");
    }

    private void submitAndReturn(String cycleId, String council) {
        JsonNode evaluation = evaluation(cycleId, council);
        if (evaluation.path("returned").isObject()) {
            return;
        }
        submit(cycleId, council);
        api.post(ADES, evaluationUrl(cycleId, council) + "/return", Map.of("reason",
                "Please add the evidence behind the levels for theme 2, and say which schools the survey covered."))
                .expect(200, "Returning " + council + "'s self-evaluation");
    }

    /** Pre-fills from the earlier cycle and confirms the first few carried answers; the rest wait for the editor. */
    private void carryForward(String cycleId, String council, String fromCycleId, int confirm) {
        JsonNode evaluation = evaluation(cycleId, council);
        boolean started = false;
        for (JsonNode question : evaluation.path("questions")) {
            started |= question.path("answer").isObject();
        }
        if (started) {
            return;
        }
        JsonNode carried = api.post(login(council), evaluationUrl(cycleId, council) + "/carry-forward", null,
                Map.of("fromCycleId", fromCycleId)).expect(200, "Carrying forward " + council + "'s answers").body();
        int confirmed = 0;
        for (JsonNode question : carried.path("questions")) {
            JsonNode answer = question.path("answer");
            if (confirmed >= confirm || !answer.path("carriedForward").asBoolean()) {
                continue;
            }
            api.post(login(council), evaluationUrl(cycleId, council) + "/answers/"
                    + encode(question.get("code").asText()) + "/confirm", "\"" + answer.get("version").asLong() + "\"",
                    null).expect(200, "Confirming a carried-forward answer of " + council);
            confirmed++;
        }
    }

    private void statement(String cycleId, String council) {
        String url = evaluationUrl(cycleId, council) + "/statement";
        QuadsApi.Reply current = api.get(login(council), url).expect(200, "Reading " + council + "'s statement");
        if (current.body().path("version").asLong() > 0) {
            return;
        }
        JsonNode evaluation = evaluation(cycleId, council);
        List<String> indicators = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        evaluation.path("questions").forEach(q -> {
            if (!indicators.contains(q.path("indicatorCode").asText())) {
                indicators.add(q.path("indicatorCode").asText());
            }
            questions.add(q.path("code").asText());
        });
        Random random = DemoText.random(cycleId, council, "statement");
        List<Map<String, Object>> swot = new ArrayList<>();
        int priority = 1;
        for (DemoText.SwotItem item : DemoText.SWOT) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", item.kind());
            entry.put("text", item.text());
            entry.put("priority", priority++);
            if (!indicators.isEmpty()) {
                entry.put("indicators", List.of(indicators.get(random.nextInt(indicators.size()))));
                entry.put("questions", List.of(questions.get(random.nextInt(questions.size()))));
            }
            swot.add(entry);
        }
        String name = councilNames.getOrDefault(council, council);
        api.put(login(council), url, "\"0\"", Map.of("context", DemoText.context(name), "swot", swot,
                "summary", DemoText.summary(name))).expect(200, "Saving " + council + "'s statement");
    }

    /** The focus: agreed by ADES for the first two members of a quad, proposed for the third, a draft for the rest. */
    private void focus(String cycleId, String council, int place) {
        String url = evaluationUrl(cycleId, council) + "/focus";
        QuadsApi.Reply current = api.get(login(council), url).expect(200, "Reading " + council + "'s focus");
        if (current.body().path("version").asLong() > 0) {
            return;
        }
        JsonNode evaluation = evaluation(cycleId, council);
        Random random = DemoText.random(cycleId, council, "focus");
        String area = DemoText.pick(random, DemoText.FOCUS_AREAS);
        JsonNode questions = evaluation.path("questions");
        JsonNode question = questions.get(random.nextInt(questions.size()));
        Map<String, Object> focus = new LinkedHashMap<>();
        focus.put("area", area);
        focus.put("focusQuestion", DemoText.focusQuestion(area));
        focus.put("keyQuestions", List.of("What do our own data tell us about " + area.toLowerCase() + "?",
                "What do children, young people and families say?",
                "What have partners done that we could learn from?"));
        focus.put("indicators", List.of(question.path("indicatorCode").asText()));
        focus.put("questions", List.of(question.path("code").asText()));
        QuadsApi.Reply saved = api.put(login(council), url, "\"0\"", focus).expect(200, "Saving " + council + "'s focus");
        if (place <= 2) {
            saved = api.post(login(council), url + "/propose", saved.etag(), null)
                    .expect(200, "Proposing " + council + "'s focus");
        }
        if (place <= 1) {
            api.post(ADES, url + "/agree", saved.etag(), Map.of("comment", "Agreed: a good fit with last year's next steps."))
                    .expect(200, "Agreeing " + council + "'s focus");
        }
    }

    private void evidence(String cycleId, String council) {
        String url = evaluationUrl(cycleId, council) + "/evidence";
        JsonNode pack = api.get(login(council), url).expect(200, "Reading " + council + "'s evidence").body();
        if (pack.path("items").size() > 0) {
            return;
        }
        JsonNode questions = evaluation(cycleId, council).path("questions");
        String slug = DemoData.slug(councilNames.getOrDefault(council, council));
        Random random = DemoText.random(cycleId, council, "evidence");
        JsonNode first = questions.get(random.nextInt(questions.size()));
        JsonNode second = questions.get(random.nextInt(questions.size()));
        api.post(login(council), url, Map.of("title", "Standards and quality report (demo)",
                "description", "An invented report for the demo; the link goes to a reserved example address.",
                "url", "https://www.example.org/quads-demo/" + slug + "/standards-and-quality",
                "questions", List.of(first.path("code").asText()),
                "indicators", List.of(first.path("indicatorCode").asText())))
                .expect(201, "Adding evidence for " + council);
        api.post(login(council), url, Map.of("title", "Improvement plan (demo)",
                "url", "https://www.example.org/quads-demo/" + slug + "/improvement-plan",
                "questions", List.of(second.path("code").asText())))
                .expect(201, "Adding evidence for " + council);
    }

    // ------------------------------------------------------------------------------------------ the quad's work

    private void awaitRevealed(JsonNode quad) throws InterruptedException {
        String url = QuadsApi.QUAD + "/quads/" + quad.get("id").asText() + "/comparison";
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            QuadsApi.Reply reply = api.get(ADES, url);
            if (reply.status() == 200 && reply.body().path("reveal").path("revealedToMembers").asBoolean()) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The answers of " + quad.get("name").asText()
                        + " were not revealed in time: " + reply.text());
            }
            Thread.sleep(250);
        }
    }

    /** A few comments on partners' answers, each from the next member round the quad, some with a reply. */
    private void comments(String quadId, String cycleName, List<String> members, int count) {
        String url = QuadsApi.QUAD + "/quads/" + quadId + "/comments";
        if (api.get(ADES, url).expect(200, "Listing comments").body().size() > 0) {
            return;
        }
        JsonNode comparison = api.get(ADES, QuadsApi.QUAD + "/quads/" + quadId + "/comparison")
                .expect(200, "Reading the comparison").body();
        List<JsonNode> questions = new ArrayList<>();
        comparison.path("questions").forEach(questions::add);
        if (questions.isEmpty()) {
            return;
        }
        Random random = DemoText.random(cycleName, quadId, "comments");
        for (int i = 0; i < count; i++) {
            String author = members.get(i % members.size());
            String about = members.get((i + 1) % members.size());
            JsonNode question = questions.get(random.nextInt(questions.size()));
            String kind = i % 2 == 0 ? "challenge" : "question";
            String code = question.path("questionCode").asText();
            int level = level(about, question.path("themeCode").asText(), code,
                    cycleName.equals(DemoData.schoolYear(LocalDate.now())) ? "current" : "earlier", 1, 6);
            JsonNode posted = api.post(login(author), url, Map.of("questionCode", code,
                    "aboutCouncil", about, "kind", kind, "text", DemoText.comment(random, kind, level)))
                    .expect(201, "Commenting in " + cycleName).body();
            if (i % 2 == 0) {
                api.post(login(about), url + "/" + posted.get("id").asText() + "/replies",
                        Map.of("text", DemoText.reply(random))).expect(201, "Replying in " + cycleName);
            }
        }
    }

    /** Sessions at the given times, the first {@code withNotes} of them held and written up. */
    private void sessions(String quadId, String cycleName, List<String> members, List<OffsetDateTime> times,
            int withNotes) {
        String url = QuadsApi.QUAD + "/quads/" + quadId + "/sessions";
        if (api.get(ADES, url).expect(200, "Listing sessions").body().size() > 0) {
            return;
        }
        for (int i = 0; i < times.size(); i++) {
            String host = members.get(i % members.size());
            String hostName = councilNames.getOrDefault(host, host);
            QuadsApi.Reply created = api.post(login(host), url, Map.of("startsAt", times.get(i).toString(),
                    "location", hostName + " council offices, and online"))
                    .expect(201, "Scheduling a session in " + cycleName);
            if (i < withNotes) {
                List<String> agenda = new ArrayList<>();
                created.body().path("agenda").forEach(item -> agenda.add(item.path("questionCode").asText()));
                api.patch(login(host), url + "/" + created.body().get("id").asText(), created.etag(),
                        Map.of("notes", DemoText.sessionNotes(DemoText.random(quadId, i), hostName,
                                agenda.subList(0, Math.min(3, agenda.size())))))
                        .expect(200, "Writing a session's notes in " + cycleName);
            }
        }
    }

    /**
     * The demo guest (login {@value #GUEST}, made by deploy/local/LocalRealm.java) invited by the first member's editor
     * to the quad's session still to come, for sixty days, with its agenda's first two items shared and a note; once
     * only.
     */
    private void inviteGuest(String quadId, String cycleName, List<String> members, LocalDate today) {
        String url = QuadsApi.QUAD + "/quads/" + quadId + "/guests";
        for (JsonNode invitation : api.get(ADES, url).expect(200, "Listing the guests").body()) {
            if (GUEST_EMAIL.equals(invitation.path("email").asText())) {
                return;
            }
        }
        String next = null;
        List<String> shared = new ArrayList<>();
        for (JsonNode session : api.get(ADES, QuadsApi.QUAD + "/quads/" + quadId + "/sessions")
                .expect(200, "Listing sessions").body()) {
            if (OffsetDateTime.parse(session.get("startsAt").asText()).toLocalDate().isAfter(today)) {
                next = session.get("id").asText();
                for (JsonNode item : session.path("agenda")) {
                    if (shared.size() < 2 && item.hasNonNull("id")) {
                        shared.add(item.get("id").asText());
                    }
                }
                break;
            }
        }
        if (next == null) {
            return;
        }
        api.post(login(members.get(0)), url, Map.of("name", "Morag Lindsay", "email", GUEST_EMAIL,
                "organisation", "Community learning and development manager",
                "expiresOn", today.plusDays(60).toString(), "sessionIds", List.of(next), "itemIds", shared,
                "note", "We would value your view of how family learning reaches the families who need it most;"
                        + " the agenda's first items are where our answers differ."))
                .expect(201, "Inviting the demo guest in " + cycleName);
        say("Current cycle " + cycleName + ": the demo guest " + GUEST + " is invited to a session still to come");
    }

    /** Actions owned by members in turn, each moved to the status given (open stays as created). */
    private void actions(String quadId, String cycleName, List<String> members, List<LocalDate> due,
            List<String> statuses) {
        String url = QuadsApi.QUAD + "/quads/" + quadId + "/actions";
        if (api.get(ADES, url).expect(200, "Listing actions").body().size() > 0) {
            return;
        }
        Random random = DemoText.random(cycleName, quadId, "actions");
        for (int i = 0; i < due.size(); i++) {
            String owner = members.get((i + 1) % members.size());
            QuadsApi.Reply created = api.post(login(members.get(i % members.size())), url, Map.of(
                    "ownerCouncil", owner, "description", DemoText.pick(random, DemoText.ACTIONS),
                    "dueDate", due.get(i).toString())).expect(201, "Agreeing an action in " + cycleName);
            String status = statuses.get(i);
            if (!"open".equals(status)) {
                api.patch(login(owner), url + "/" + created.body().get("id").asText(), created.etag(),
                        Map.of("status", status)).expect(200, "Moving an action to " + status);
            }
        }
    }

    /** The council's findings report started, marked as demo text, agreed by the council and ADES, and published. */
    private void publishFindings(String quadId, String council) {
        String url = QuadsApi.QUAD + "/quads/" + quadId + "/findings/" + council;
        QuadsApi.Reply report = api.get(ADES, url);
        if (report.status() == 200) {
            return;
        }
        report = api.post(login(council), url, null).expect(201, "Starting " + council + "'s findings report");
        List<Map<String, Object>> introduction = new ArrayList<>();
        introduction.add(Map.of("text", DemoText.NOTICE));
        for (JsonNode section : report.body().path("sections")) {
            if ("introduction".equals(section.path("key").asText())) {
                section.path("paragraphs").forEach(p -> introduction.add(Map.of(
                        "id", p.get("id").asText(), "text", p.get("text").asText())));
            }
        }
        report = api.put(login(council), url + "/sections/introduction", report.etag(),
                Map.of("paragraphs", introduction)).expect(200, "Editing " + council + "'s findings report");
        report = api.post(login(council), url + "/agreement", report.etag(), null)
                .expect(200, "Agreeing " + council + "'s findings report");
        report = api.post(ADES, url + "/agreement", report.etag(), null)
                .expect(200, "ADES agreeing " + council + "'s findings report");
        api.post(ADES, url + "/publication", report.etag(), null)
                .expect(200, "Publishing " + council + "'s findings report");
    }

    // ------------------------------------------------------------------------------------------ helpers

    private List<JsonNode> quads(String cycleId) {
        List<JsonNode> quads = new ArrayList<>();
        api.get(ADES, QuadsApi.QUAD + "/cycles/" + cycleId + "/quads").expect(200, "Listing quads").body()
                .forEach(quads::add);
        quads.sort(Comparator.comparing(quad -> quad.path("name").asText()));
        return quads;
    }

    private static List<String> members(JsonNode quad) {
        List<String> codes = new ArrayList<>();
        quad.path("members").forEach(member -> codes.add(member.get("code").asText()));
        return codes;
    }

    private String login(String council) {
        return QuadsApi.loginOf(councilNames.getOrDefault(council, council));
    }

    private static String encode(String code) {
        return java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    interface Step {
        void run(String council) throws Exception;
    }

    /** The step for every council, a few councils at a time; the first failure stops the load. */
    private void parallel(List<String> councils, Step step) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (String council : councils) {
            running.add(pool.submit(() -> {
                step.run(council);
                return null;
            }));
        }
        for (Future<?> future : running) {
            try {
                future.get();
            } catch (ExecutionException e) {
                running.forEach(f -> f.cancel(true));
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }

    private static void say(String line) {
        System.out.println("    " + line);
    }
}
