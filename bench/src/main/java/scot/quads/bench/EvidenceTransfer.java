package scot.quads.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A 20 MB file into a council's evidence pack and back out (issue 24): rubric-service's
 * {@code POST /cycles/{id}/evaluations/{code}/evidence} as multipart/form-data, then
 * {@code GET .../evidence/{item}/content}, each timed to the last byte and held to 2 s, the bytes checked to come
 * back the same. rubric-service streams the file in pieces both ways; that it does is shown by its private memory
 * (RssAnon, read from /proc every 10 ms) during each transfer, which must grow by less than the file's size.
 *
 * <p>The bench's councils have all submitted by now, so ADES returns the first one's evaluation for the scenario;
 * each round removes its file again, and the council submits again at the end, leaving the cycle as it was.
 */
final class EvidenceTransfer {

    static final String PATH = "/cycles/{cycleId}/evaluations/{councilCode}/evidence";
    static final int FILE_BYTES = 20 * 1024 * 1024;
    static final long LIMIT_MS = 2000;

    private final Api api;
    private final BenchCycle cycle;
    private final Settings settings;
    private final Footprint footprint;

    EvidenceTransfer(Api api, BenchCycle cycle, Settings settings) {
        this.api = api;
        this.cycle = cycle;
        this.settings = settings;
        this.footprint = new Footprint(settings);
    }

    Scenario run() {
        Scenario scenario = new Scenario("evidence-transfer", "A 20 MB evidence file uploaded and downloaded");
        if (!ComparisonReads.published(api, Api.RUBRIC, PATH)) {
            return scenario.notMeasured("endpoint missing (" + PATH + " is not in rubric-service's OpenAPI document)");
        }
        String council = cycle.councils.keySet().iterator().next();
        String user = cycle.councils.get(council);
        String pack = cycle.evaluationUrl(council) + "/evidence";
        api.post(Api.ADES, cycle.evaluationUrl(council) + "/return",
                Map.of("reason", "Benchmark: an evidence file is uploaded and downloaded"))
                .expect(200, "returning " + council + "'s evaluation for the evidence scenario");
        Long pid = footprint.pid("rubric-service");
        byte[] file = pdf();
        String boundary = "bench" + Long.toHexString(System.nanoTime());
        byte[] body = multipart(boundary, file);
        Series up = scenario.series("upload", "POST " + PATH + " of a 20 MB PDF, to the response");
        Series down = scenario.series("download", "GET " + PATH + "/{item}/content of it, to the last byte");
        up.startingAt(System.nanoTime());
        down.startingAt(System.nanoTime());
        long upGrowthKb = 0;
        long downGrowthKb = 0;
        int rounds = settings.quick() ? 1 : 3;
        try {
            for (int round = 0; round < rounds; round++) {
                Sampler sampler = new Sampler(pid);
                Api.Download upload = api.upload(user, pack,
                        "multipart/form-data; boundary=" + boundary, body);
                upGrowthKb = Math.max(upGrowthKb, sampler.stop());
                String text = new String(upload.body(), StandardCharsets.UTF_8);
                if (upload.status() != 201) {
                    up.error("HTTP " + upload.status() + " " + text);
                    continue;
                }
                up.record(upload.nanos());
                String id = Api.JSON.readTree(text).path("id").asText();
                sampler = new Sampler(pid);
                Api.Download download = api.download(user, pack + "/" + id + "/content");
                downGrowthKb = Math.max(downGrowthKb, sampler.stop());
                if (download.status() != 200) {
                    down.error("HTTP " + download.status());
                } else if (!Arrays.equals(sha256(download.body()), sha256(file))) {
                    down.error("the bytes came back different (" + download.body().length + " bytes)");
                } else {
                    down.record(download.nanos());
                }
                Api.Reply removed = api.delete(user, pack + "/" + id);
                if (removed.status() != 204) {
                    down.error("removing the file: HTTP " + removed.status() + " " + removed.text());
                }
            }
        } catch (Exception e) {
            up.error(e.getMessage());
        } finally {
            Api.Reply submitted = api.post(user, cycle.evaluationUrl(council) + "/submit", null);
            if (!submitted.ok()) {
                scenario.note("The council could not submit again after the scenario: HTTP " + submitted.status());
            }
            api.close();
        }
        scenario.target("Upload of 20 MB, slowest of " + rounds, "≤ " + LIMIT_MS + " ms", LIMIT_MS, up, 100);
        scenario.target("Download of 20 MB, slowest of " + rounds, "≤ " + LIMIT_MS + " ms", LIMIT_MS, down, 100);
        if (pid != null) {
            scenario.target("rubric-service's RssAnon growth during an upload", "< 20 MB", FILE_BYTES / 1048576.0,
                    Series.round(upGrowthKb / 1024.0), "MB");
            scenario.target("rubric-service's RssAnon growth during a download", "< 20 MB", FILE_BYTES / 1048576.0,
                    Series.round(downGrowthKb / 1024.0), "MB");
        }
        scenario.extra.put("fileBytes", FILE_BYTES).put("rounds", rounds)
                .put("uploadRssAnonGrowthKb", upGrowthKb).put("downloadRssAnonGrowthKb", downGrowthKb);
        scenario.errorsTarget("errors");
        scenario.note(rounds + " rounds, one at a time, on loopback, as the council's editor: upload, download "
                + "(bytes compared), remove. Memory is rubric-service's RssAnon from /proc (heap, metaspace, threads, "
                + "malloc) sampled every 10 ms, its peak during each transfer less its figure just before"
                + (pid == null ? "; not measured: rubric-service's pid was not found in .quads/run" : "")
                + ". A service holding the file whole would grow by at least its 20 MB.");
        return scenario;
    }

    /** A PDF's header and trailer around 20 MB of bytes that do not compress. */
    static byte[] pdf() {
        byte[] file = new byte[FILE_BYTES];
        new Random(24).nextBytes(file);
        byte[] head = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(head, 0, file, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, file, file.length - tail.length, tail.length);
        return file;
    }

    static byte[] multipart(String boundary, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(file.length + 1024);
        String title = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "Benchmark evidence\r\n";
        String fileHead = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"benchmark.pdf\"\r\nContent-Type: application/pdf\r\n\r\n";
        out.writeBytes(title.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(fileHead.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Samples a process's RssAnon every 10 ms until stopped; its peak growth over the first figure, in kB. */
    private static final class Sampler {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong peak = new AtomicLong();
        private final long before;
        private final Thread thread;

        Sampler(Long pid) {
            this.before = pid == null ? 0 : Footprint.statusKb(pid, "RssAnon:");
            this.thread = new Thread(() -> {
                while (pid != null && running.get()) {
                    peak.accumulateAndGet(Footprint.statusKb(pid, "RssAnon:"), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "evidence-rss");
            thread.setDaemon(true);
            thread.start();
        }

        long stop() {
            running.set(false);
            try {
                thread.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Math.max(0, peak.get() - before);
        }
    }
}
