package scot.quads.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * End-to-end event latency, one submission at a time on the benchmark cycle after the rush: ADES returns a council's
 * self-evaluation, the council submits it again, and from the submit's HTTP response the harness polls (every 5 ms)
 * until, each polled on its own thread, (a) a partner's in-app inbox has the new "submitted" notification and (b) the partner's quad comparison shows
 * the new submission time. Both go rubric-service → outbox relay → Kafka → the other service's consumer.
 */
final class EventLatency {

    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(15);

    private final Api api;
    private final BenchCycle cycle;
    private final Settings settings;

    EventLatency(Api api, BenchCycle cycle, Settings settings) {
        this.api = api;
        this.cycle = cycle;
        this.settings = settings;
    }

    Scenario run(int submittedInRush) throws InterruptedException {
        Scenario scenario = new Scenario("event-latency", "End-to-end event latency: submit → partner's "
                + "notification, submit → comparison read model");
        if (submittedInRush < cycle.councils.size()) {
            return scenario.notMeasured("the deadline rush did not submit every council (" + submittedInRush + " of "
                    + cycle.councils.size() + "), so there is nothing to return and resubmit");
        }
        Series notification = scenario.series("submit → partner notification",
                "from the submit's response until GET /notifications of a partner lists it");
        Series comparison = scenario.series("submit → comparison", "from the submit's response until GET "
                + "/quads/{id}/comparison of a partner shows the new submittedAt");
        Series resubmit = scenario.series("resubmit", "POST …/submit after ADES returned it");
        List<String> codes = List.copyOf(cycle.councils.keySet());
        for (int i = 0; i < settings.e2eSubmissions(); i++) {
            String council = codes.get((i * 5) % codes.size());
            Map.Entry<String, List<String>> quad = cycle.quadOf(council);
            String partner = quad.getValue().stream().filter(c -> !c.equals(council)).findFirst().orElseThrow();
            String partnerLogin = cycle.councils.get(partner);
            String comparisonUrl = Api.QUAD + "/quads/" + quad.getKey() + "/comparison";

            api.post(Api.ADES, cycle.evaluationUrl(council) + "/return", Map.of("reason", "Benchmark: resubmit"))
                    .expect(200, "returning " + council);
            Set<String> known = submittedNotices(partnerLogin);
            String before = submittedAt(api.get(partnerLogin, comparisonUrl).body(), council);

            Api.Reply submitted = api.post(cycle.councils.get(council), cycle.evaluationUrl(council) + "/submit", null);
            long answered = System.nanoTime();
            if (submitted.status() != 200) {
                resubmit.error(council + ": HTTP " + submitted.status() + " " + submitted.text());
                continue;
            }
            resubmit.record(submitted.nanos());
            CompletableFuture<Long> notifiedAfter = CompletableFuture.supplyAsync(() -> until(answered, () -> {
                Set<String> now = submittedNotices(partnerLogin);
                now.removeAll(known);
                return !now.isEmpty();
            }));
            CompletableFuture<Long> comparedAfter = CompletableFuture.supplyAsync(() -> until(answered, () -> {
                String after = submittedAt(api.get(partnerLogin, comparisonUrl).body(), council);
                return after != null && !after.equals(before);
            }));
            long notified = notifiedAfter.join();
            long compared = comparedAfter.join();
            if (notified >= 0) {
                notification.record(notified);
            } else {
                notification.error(partner + " was not told of " + council + "'s resubmission within 15 s");
            }
            if (compared >= 0) {
                comparison.record(compared);
            } else {
                comparison.error("the comparison did not show " + council + "'s resubmission within 15 s");
            }
        }
        scenario.note("Each figure includes up to one polling interval (5 ms plus one GET) of the harness itself; the two are polled on separate threads.");
        scenario.target("submit → partner notification p50", "≤ 100 ms", 100, notification, 50);
        scenario.target("submit → partner notification p99", "≤ 500 ms", 500, notification, 99);
        scenario.errorsTarget("errors");
        return scenario;
    }

    /** Nanoseconds from {@code since} until the check first holds (polled every 5 ms), or -1 after 15 s. */
    private static long until(long since, BooleanSupplier check) {
        while (System.nanoTime() - since < GIVE_UP_NANOS) {
            if (check.getAsBoolean()) {
                return System.nanoTime() - since;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
        return -1;
    }

    private Set<String> submittedNotices(String login) {
        Set<String> ids = new HashSet<>();
        JsonNode inbox = api.get(login, Api.NOTIFICATION + "/notifications?limit=50").body();
        if (inbox != null) {
            for (JsonNode item : inbox.path("items")) {
                if ("self-evaluation.submitted".equals(item.path("type").asText())
                        && item.path("link").asText().contains(cycle.cycleId)) {
                    ids.add(item.path("id").asText());
                }
            }
        }
        return ids;
    }

    private static String submittedAt(JsonNode comparison, String council) {
        if (comparison == null) {
            return null;
        }
        for (JsonNode member : comparison.path("members")) {
            if (council.equals(member.path("code").asText())) {
                return member.path("submittedAt").isNull() ? null : member.path("submittedAt").asText();
            }
        }
        return null;
    }
}
