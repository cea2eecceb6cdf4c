package scot.quads.portal.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import scot.quads.portal.client.RubricApi.Answer;
import scot.quads.portal.client.RubricApi.EarlierAnswer;
import scot.quads.portal.client.RubricApi.Evaluation;
import scot.quads.portal.client.RubricApi.IndicatorAnswer;
import scot.quads.portal.client.RubricApi.LastCycle;
import scot.quads.portal.client.RubricApi.QuestionAnswer;

/**
 * What "check your answers" says before the user presses Submit: each question that still stops the submission
 * (rubric-service's own rule: answered with a level, or not applying with a reason, and no carried-forward answer
 * left unconfirmed), offering "does not apply" only where the question allows it; and, privately, what the
 * quad partners will see flagged once the answers are revealed: a high level (5 or 6) resting on thin evidence,
 * as quad-service flags it, and a level two or more from last cycle's, which stands out in the council's trend.
 */
public record SubmitReadiness(List<Item> blockers, List<Item> flags, int thinEvidenceBelow) {

    /** The lowest level quad-service checks for thin evidence (its ComparisonAnalysis.HIGH_LEVEL). */
    static final int HIGH_LEVEL = 5;

    /**
     * One question, or a quality indicator graded as a whole (its code is its indicator's), and what to do about it,
     * linked to its place on its indicator's page.
     */
    public record Item(String code, String prompt, String indicatorCode, String message) {

        /** "Question 1.1.1", or "Quality indicator A1" for an indicator's own answer. */
        public String label() {
            return (code.equals(indicatorCode) ? "Quality indicator " : "Question ") + code;
        }
    }

    /** How far from last cycle's level a level stands out in the council's trend. */
    static final int JUMP = 2;

    static SubmitReadiness of(Evaluation evaluation, int thinEvidenceBelow) {
        return of(evaluation, thinEvidenceBelow, LastCycle.NONE);
    }

    static SubmitReadiness of(Evaluation evaluation, int thinEvidenceBelow, LastCycle last) {
        List<Item> blockers = new ArrayList<>();
        List<Item> flags = new ArrayList<>();
        Map<String, IndicatorAnswer> wholes = new LinkedHashMap<>();
        evaluation.wholeIndicators().forEach(i -> wholes.put(i.code(), i));
        for (QuestionAnswer q : evaluation.questions()) {
            // An indicator graded as a whole comes before its questions, as on its page.
            IndicatorAnswer whole = wholes.remove(q.indicatorCode());
            if (whole != null) {
                whole(whole, blockers, flags, thinEvidenceBelow, last);
            }
            Answer a = q.answer();
            if (q.narrative()) {
                if (a != null && a.carriedForward()) {
                    blockers.add(item(q, "was carried forward from the previous cycle: confirm it or change it"));
                } else if (!Boolean.FALSE.equals(q.required()) && !hasText(a)) {
                    blockers.add(item(q, "is not answered: write an answer, as this question is required"));
                }
                continue;
            }
            if (!complete(a)) {
                blockers.add(item(q, unanswered(q.notApplicableAllowed())));
            } else if (a.carriedForward()) {
                blockers.add(item(q, "was carried forward from the previous cycle: confirm it or change it"));
            }
            String thin = thin(a, thinEvidenceBelow);
            if (thin != null) {
                flags.add(item(q, thin));
            }
            String jump = jump(a, last.of(q.code()), last.cycleName());
            if (jump != null) {
                flags.add(item(q, jump));
            }
        }
        wholes.values().forEach(whole -> whole(whole, blockers, flags, thinEvidenceBelow, last));
        return new SubmitReadiness(List.copyOf(blockers), List.copyOf(flags), thinEvidenceBelow);
    }

    /** A quality indicator graded as a whole: the same rule and flags as a graded question's. */
    private static void whole(IndicatorAnswer indicator, List<Item> blockers, List<Item> flags, int thinEvidenceBelow,
            LastCycle last) {
        Answer a = indicator.answer();
        Item blank = new Item(indicator.code(), indicator.title(), indicator.code(), null);
        if (!complete(a)) {
            blockers.add(with(blank, indicator.notApplicableAllowed()
                    ? "is not answered: give the quality indicator a level, or say it does not apply and why"
                    : "is not answered: give the quality indicator a level"));
        } else if (a.carriedForward()) {
            blockers.add(with(blank, "was carried forward from the previous cycle: confirm it or change it"));
        }
        String thin = thin(a, thinEvidenceBelow);
        if (thin != null) {
            flags.add(with(blank, thin));
        }
        String jump = jump(a, last.ofIndicator(indicator.code()), last.cycleName());
        if (jump != null) {
            flags.add(with(blank, jump));
        }
    }

    private static Item with(Item item, String message) {
        return new Item(item.code(), item.prompt(), item.indicatorCode(), message);
    }

    /** The flag for a high level resting on thin evidence, or null. */
    private static String thin(Answer a, int thinEvidenceBelow) {
        if (a == null || a.notApplicable() || a.level() == null || a.level() < HIGH_LEVEL) {
            return null;
        }
        int evidence = a.evidence() == null ? 0 : a.evidence().strip().length();
        if (evidence >= thinEvidenceBelow) {
            return null;
        }
        return "level " + a.level() + " rests on " + Labels.count(evidence)
                + (evidence == 1 ? " character" : " characters") + " of evidence: your partners will see"
                + " it flagged as thin (under " + Labels.count(thinEvidenceBelow) + ")";
    }

    private static boolean hasText(Answer a) {
        return a != null && java.util.stream.Stream.of(a.evidence(), a.strengths(), a.areasForImprovement(),
                a.nextSteps()).anyMatch(t -> t != null && !t.isBlank());
    }

    /**
     * A level two or more from last cycle's for the same question (one earlier answer through lineage, like for
     * like; a merged question's several are not), in words, or null.
     */
    static String jump(Answer a, List<EarlierAnswer> earlier, String lastCycleName) {
        if (a == null || a.notApplicable() || a.level() == null || earlier.size() != 1
                || earlier.get(0).notApplicable() || earlier.get(0).level() == null) {
            return null;
        }
        int before = earlier.get(0).level();
        int change = a.level() - before;
        if (Math.abs(change) < JUMP) {
            return null;
        }
        return "level " + a.level() + " is " + Math.abs(change) + (change > 0 ? " above" : " below") + " your level "
                + before + " in " + lastCycleName + ": your partners will see the change in your trend, so say in"
                + " the evidence what changed";
    }

    /** What the user must do about an unanswered question, in the words of its own page. */
    static String unanswered(boolean notApplicableAllowed) {
        return notApplicableAllowed
                ? "is not answered: give it a level, or say it does not apply and why"
                : "is not answered: give it a level";
    }

    public boolean ready() {
        return blockers.isEmpty();
    }

    private static boolean complete(Answer a) {
        return a != null && (a.notApplicable() ? a.notApplicableReason() != null
                && !a.notApplicableReason().isBlank() : a.level() != null);
    }

    private static Item item(QuestionAnswer q, String message) {
        return new Item(q.code(), q.prompt(), q.indicatorCode(), message);
    }
}
