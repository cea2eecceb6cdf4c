package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The deadline rush: N editors spread over the councils (each editor a thread with its council's real token) autosave
 * answers with If-Match, each with a think time between saves, until their council's every question has been saved
 * the given number of times; the last editor of a council to finish submits it. Every council's first question is
 * edited by all of that council's editors at once, so 412s happen on purpose: they are counted apart from errors, and
 * the editor reloads the evaluation (as the portal would) and saves again. A save that fails otherwise is an error,
 * and is tried again after the editor's other saves (up to three passes), as an autosave would.
 */
final class DeadlineRush {

    private final Api api;
    private final BenchCycle cycle;
    private final Settings settings;

    DeadlineRush(Api api, BenchCycle cycle, Settings settings) {
        this.api = api;
        this.cycle = cycle;
        this.settings = settings;
    }

    Scenario run() throws InterruptedException {
        Scenario scenario = new Scenario("deadline-rush", "Deadline rush: " + settings.editors()
                + " editors autosaving with If-Match, then submitting");
        long start = System.nanoTime();
        Series autosave = scenario.series("autosave", "PUT …/answers/{question} with If-Match, 200").startingAt(start);
        Series submit = scenario.series("submit", "POST …/submit of " + cycle.questions.size()
                + " answers, 200").startingAt(start);
        Series reload = scenario.series("reload after 412", "GET the evaluation after a deliberate 412")
                .startingAt(start);

        List<String> codes = List.copyOf(cycle.councils.keySet());
        Map<String, List<Integer>> editorsOf = new LinkedHashMap<>();
        for (int e = 0; e < settings.editors(); e++) {
            editorsOf.computeIfAbsent(codes.get(e % codes.size()), c -> new ArrayList<>()).add(e);
        }
        Map<String, CountDownLatch> remaining = new HashMap<>();
        editorsOf.forEach((code, editors) -> remaining.put(code, new CountDownLatch(editors.size())));
        codes.forEach(code -> api.token(cycle.councils.get(code)));

        List<Thread> threads = new ArrayList<>();
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger submitted = new AtomicInteger();
        for (Map.Entry<String, List<Integer>> council : editorsOf.entrySet()) {
            String code = council.getKey();
            List<Integer> editors = council.getValue();
            for (int slot = 0; slot < editors.size(); slot++) {
                List<String> own = new ArrayList<>();
                for (int q = 1; q < cycle.questions.size(); q++) {
                    if ((q - 1) % editors.size() == slot) {
                        own.add(cycle.questions.get(q));
                    }
                }
                Editor editor = new Editor(code, editors.get(slot), own, autosave, reload);
                Thread thread = new Thread(() -> {
                    try {
                        go.await();
                        editor.work();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    } catch (RuntimeException e) {
                        autosave.error(code + " editor " + editor.number + ": " + e.getMessage());
                    }
                    CountDownLatch left = remaining.get(code);
                    left.countDown();
                    if (left.getCount() == 0 && submitOnce(code, submit)) {
                        submitted.incrementAndGet();
                    }
                }, "editor-" + editors.get(slot));
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
        }
        go.countDown();
        long limit = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(limit - System.nanoTime())));
            if (thread.isAlive()) {
                autosave.error("the rush did not finish within 10 minutes; stopped");
                threads.forEach(Thread::interrupt);
                break;
            }
        }
        api.close();
        scenario.extra.put("councils", editorsOf.size()).put("questionsPerCouncil", cycle.questions.size())
                .put("submitted", submitted.get()).put("cycle", cycle.name)
                .put("offeredSavesPerSecond", Series.round(settings.editors() * 1000.0 / Math.max(1, settings.thinkMs())));
        scenario.note("Closed loop: each editor waits a random 0.5–1.5 × " + settings.thinkMs()
                + " ms between saves (an autosave cadence), so latency is measured at the load the editors offer "
                + "rather than at saturation.");
        scenario.target("autosave p99 at " + settings.editors() + " editors", "≤ 25 ms", 25, autosave, 99);
        scenario.target("submit (" + cycle.questions.size() + " answers) p99", "≤ 150 ms", 150, submit, 99);
        scenario.errorsTarget("errors (412s excluded)");
        return scenario;
    }

    private boolean submitOnce(String code, Series submit) {
        long start = System.nanoTime();
        try {
            Api.Reply reply = api.post(cycle.councils.get(code), cycle.evaluationUrl(code) + "/submit", null);
            if (reply.status() == 200) {
                submit.record(reply.nanos());
                return true;
            }
            submit.error(code + " submit: HTTP " + reply.status() + " " + reply.text());
        } catch (RuntimeException e) {
            submit.error(code + " submit: " + e.getMessage() + " after " + (System.nanoTime() - start) / 1_000_000 + " ms");
        }
        return false;
    }

    /** One editor's session: its own questions and the council's shared first question, saved in random order. */
    private final class Editor {
        final String council;
        final int number;
        final List<String> tasks = new ArrayList<>();
        final Map<String, String> etags = new HashMap<>();
        final Series autosave;
        final Series reload;
        final Random random;

        Editor(String council, int number, List<String> own, Series autosave, Series reload) {
            this.council = council;
            this.number = number;
            this.autosave = autosave;
            this.reload = reload;
            this.random = new Random(number);
            for (int s = 0; s < settings.savesPerQuestion(); s++) {
                tasks.addAll(own);
                tasks.add(cycle.questions.get(0));
            }
            Collections.shuffle(tasks, random);
        }

        void work() throws InterruptedException {
            String login = cycle.councils.get(council);
            String url = cycle.evaluationUrl(council) + "/answers/";
            Thread.sleep(random.nextInt(Math.max(1, settings.thinkMs())));
            int saved = 0;
            List<String> pending = new ArrayList<>(tasks);
            for (int pass = 0; pass < 3 && !pending.isEmpty(); pass++) {
                List<String> failed = new ArrayList<>();
                for (String question : pending) {
                    if (!save(login, url, question, ++saved)) {
                        failed.add(question);
                    }
                    Thread.sleep(settings.thinkMs() / 2 + random.nextInt(Math.max(1, settings.thinkMs())));
                }
                pending = failed;
            }
        }

        /** One autosave, again after a 412 (reloading first); false when it failed otherwise (an error). */
        private boolean save(String login, String url, String question, int saved) {
            Map<String, Object> answer = new HashMap<>();
            answer.put("level", 2 + Math.floorMod(question.hashCode() + council.hashCode(), 4));
            answer.put("evidence", "Evidence from " + login + " (editor " + number + ", save " + saved + ") on "
                    + question + ". " + "Self-evaluation narrative. ".repeat(20));
            answer.put("strengths", "Strengths noted");
            answer.put("areasForImprovement", "Areas noted");
            answer.put("nextSteps", "Next steps noted");
            for (int attempt = 0; attempt < 5; attempt++) {
                Api.Reply reply;
                try {
                    reply = api.put(login, url + question, etags.getOrDefault(question, "\"0\""), answer);
                } catch (RuntimeException e) {
                    autosave.error(council + " " + question + ": " + e.getMessage());
                    return false;
                }
                if (reply.status() == 200) {
                    autosave.record(reply.nanos());
                    etags.put(question, reply.etag());
                    return true;
                }
                if (reply.status() == 412) {
                    autosave.conflict();
                    reload(login, question);
                    continue;
                }
                autosave.error(council + " " + question + ": HTTP " + reply.status() + " " + reply.text());
                return false;
            }
            return false;
        }

        private void reload(String login, String question) {
            Api.Reply reply;
            try {
                reply = api.get(login, cycle.evaluationUrl(council));
            } catch (RuntimeException e) {
                reload.error(council + " reload: " + e.getMessage());
                return;
            }
            if (reply.status() != 200 || reply.body() == null) {
                reload.error(council + " reload: HTTP " + reply.status() + " " + reply.text());
                return;
            }
            reload.record(reply.nanos());
            for (JsonNode q : reply.body().get("questions")) {
                if (question.equals(q.get("code").asText())) {
                    JsonNode answer = q.get("answer");
                    etags.put(question, answer == null || answer.isNull() ? "\"0\""
                            : "\"" + answer.get("version").asLong() + "\"");
                }
            }
        }
    }
}
