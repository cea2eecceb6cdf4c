package scot.quads.bench;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.RubricVersionPublishedV1.Indicator;
import scot.quads.contract.payload.RubricVersionPublishedV1.Level;
import scot.quads.contract.payload.RubricVersionPublishedV1.Question;
import scot.quads.contract.payload.RubricVersionPublishedV1.Theme;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;

/**
 * The scale scenario's synthetic world for one run: organisations, a rubric version per cycle linked by lineage,
 * past cycles and one submission per organisation and cycle. Every id is derived from the run's label, so a run's
 * events can be published again without duplicates and two runs never share an id; every name says "Bench" so
 * nobody mistakes the data for a council's. Pure: no I/O, so it is unit tested.
 */
final class ScaleData {

    static final int THEMES = 5;
    static final int INDICATORS_PER_THEME = 4;

    final String run;
    final int cycles;
    final int questions;

    ScaleData(String run, int cycles, int questions) {
        if (cycles < 1 || questions < 1) {
            throw new IllegalArgumentException("a scale run needs at least one cycle and one question");
        }
        this.run = run;
        this.cycles = cycles;
        this.questions = questions;
    }

    /** Organisation n (from 1): a code no real GSS code can be (those start with S and a digit). */
    String code(int n) {
        return String.format(Locale.ROOT, "BENCH-%s-%04d", run, n).toUpperCase(Locale.ROOT);
    }

    static String name(int n) {
        return String.format(Locale.ROOT, "Bench org %04d", n);
    }

    /**
     * Active so quad-service lets it join a quad; published again inactive once its quad is formed, so that quad
     * proposals, rubric-service's progress overview and deadline reminders leave it out.
     */
    CouncilV1 council(int n, boolean active) {
        return new CouncilV1(code(n), name(n), name(n), null, "Bench", null, null, active);
    }

    /** Cycle c (from 1, oldest first). */
    UUID cycleId(int c) {
        return id("cycle", c);
    }

    String cycleName(int c) {
        return "bench-scale-" + run + "-" + c;
    }

    UUID versionId(int c) {
        return id("version", c);
    }

    UUID evaluationId(int c, int n) {
        return id("evaluation", c + ":" + n);
    }

    /**
     * Cycle c a year after c-1, the latest with its deadline a month ago: every cycle is past its deadline, so its
     * state is {@code in-review} (the latest) or {@code closed}, as rubric-service's calendar would have it. The
     * run ends by publishing every one closed.
     */
    CycleV1 cycle(int c, boolean closed, LocalDate today) {
        LocalDate deadline = today.minusMonths(1).minusYears(cycles - c);
        String state = closed || c < cycles ? "closed" : "in-review";
        return new CycleV1(cycleId(c), cycleName(c), versionId(c), deadline.minusMonths(3), deadline,
                "all-submitted-or-deadline", state);
    }

    /**
     * Version c of the bench framework: THEMES × INDICATORS_PER_THEME indicators sharing the questions. From the
     * second version on each question is "same" as its namesake before, except one "reworded" per version (still
     * comparable, so the trend follows every question back).
     */
    RubricVersionPublishedV1 version(int c) {
        List<Theme> themes = new ArrayList<>();
        int indicators = THEMES * INDICATORS_PER_THEME;
        int q = 0;
        for (int t = 1; t <= THEMES; t++) {
            List<Indicator> inTheme = new ArrayList<>();
            for (int i = 1; i <= INDICATORS_PER_THEME; i++) {
                int index = (t - 1) * INDICATORS_PER_THEME + i;
                int count = questions / indicators + (index <= questions % indicators ? 1 : 0);
                List<Question> list = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    q++;
                    String code = questionCode(q);
                    String lineage = c == 1 ? null : q == (c - 2) % questions + 1 ? "reworded" : "same";
                    list.add(new Question(code, "Bench question " + q + (lineage == null ? "" : " (version " + c + ")"),
                            q % 10 == 0, lineage, c == 1 ? List.of() : List.of(code)));
                }
                inTheme.add(new Indicator("T" + t + ".I" + i, "Bench indicator " + t + "." + i, list));
            }
            themes.add(new Theme("T" + t, "Bench theme " + t, inTheme));
        }
        List<Level> scale = new ArrayList<>();
        for (int level = 6; level >= 1; level--) {
            scale.add(new Level(level, "Level " + level, "Bench level " + level));
        }
        return new RubricVersionPublishedV1(versionId(c), "bench-scale-" + run, "Bench scale framework " + run, c,
                "bench " + c, scale, themes, c == 1 ? null : versionId(c - 1));
    }

    static String questionCode(int q) {
        return String.format(Locale.ROOT, "Q%03d", q);
    }

    /** A level from 1 to 6, spread like real self-evaluations (mostly 3-5), drifting upward over the cycles. */
    static int level(int c, int n, int q) {
        int hash = Math.floorMod((n * 31 + q) * 17 + c * 7, 100);
        int base = hash < 5 ? 1 : hash < 15 ? 2 : hash < 45 ? 3 : hash < 80 ? 4 : hash < 95 ? 5 : 6;
        return Math.min(6, base + (c > 3 && hash % 3 == 0 ? 1 : 0));
    }

    /** Organisation n's submission in cycle c: every question answered with short narratives. */
    SelfEvaluationSubmittedV1 submission(int c, int n, LocalDate today) {
        List<SelfEvaluationSubmittedV1.Answer> answers = new ArrayList<>(questions);
        for (int q = 1; q <= questions; q++) {
            int level = level(c, n, q);
            answers.add(new SelfEvaluationSubmittedV1.Answer(questionCode(q), level, false, null,
                    "Bench evidence for " + questionCode(q) + " at level " + level + ".", "Bench strengths.",
                    "Bench areas.", "Bench next steps."));
        }
        OffsetDateTime submittedAt = cycle(c, false, today).submissionDeadline().minusDays(1 + n % 20)
                .atTime(12, 0).atOffset(ZoneOffset.UTC);
        return new SelfEvaluationSubmittedV1(evaluationId(c, n), cycleId(c), code(n), versionId(c), submittedAt,
                "bench-scale", answers);
    }

    /**
     * Organisations from..to (1-based, inclusive) in quads of four in order; a remainder of one to three joins the
     * last quads (making them five), or is left out when there are too few quads to take it.
     */
    static List<List<Integer>> quads(int from, int to) {
        List<List<Integer>> quads = new ArrayList<>();
        int count = to - from + 1;
        int full = count / 4;
        for (int k = 0; k < full; k++) {
            List<Integer> members = new ArrayList<>();
            for (int m = 0; m < 4; m++) {
                members.add(from + k * 4 + m);
            }
            quads.add(members);
        }
        int remainder = count % 4;
        if (remainder <= full) {
            for (int r = 0; r < remainder; r++) {
                quads.get(full - 1 - r).add(from + full * 4 + r);
            }
        }
        return quads;
    }

    private UUID id(String kind, Object n) {
        return UUID.nameUUIDFromBytes(("bench-scale:" + run + ":" + kind + ":" + n).getBytes(StandardCharsets.UTF_8));
    }
}
