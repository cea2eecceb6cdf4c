package scot.quads.quad.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import scot.quads.quad.Council;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.service.Comparison.CycleSummary;
import scot.quads.quad.service.Comparison.Flags;
import scot.quads.quad.service.Comparison.MemberAnswer;
import scot.quads.quad.service.Comparison.MemberStatus;
import scot.quads.quad.service.Comparison.QuadSummary;
import scot.quads.quad.service.Comparison.QuestionComparison;
import scot.quads.quad.service.Comparison.RevealState;
import scot.quads.quad.service.Comparison.ScaleLevel;
import scot.quads.quad.service.LevelStatistics.Grade;

/**
 * Puts a quad's submitted answers side by side, per question in rubric order, with the figures across members,
 * the summaries by indicator and theme, the flags and the agenda. The projections are joined here, at read time,
 * so it does not matter in which order their events arrived: a submission that came before its rubric version
 * shows as soon as the version is in.
 */
@ApplicationScoped
public class ComparisonService {

    private final QuadService quads;
    private final RevealService reveals;
    private final QuadConfig config;

    public ComparisonService(QuadService quads, RevealService reveals, QuadConfig config) {
        this.quads = quads;
        this.reveals = reveals;
        this.config = config;
    }

    public Comparison compare(UUID quadId) {
        return compare(quads.liveQuad(quadId));
    }

    /** The comparison of a quad the caller has already been allowed to see. */
    public Comparison compare(Quad quad) {
        RevealService.QuadAnswers seen = reveals.answers(quad);
        Cycle cycle = seen.cycle();
        Reveal.Decision decision = seen.decision();
        RubricVersion rubric = RubricVersion.findById(cycle.rubricVersionId);
        Map<String, Council> councils = Council.byCode(seen.members());
        Map<String, Submission> submissions = seen.submissions();

        List<MemberStatus> statuses = seen.members().stream().map(code -> new MemberStatus(code,
                councils.containsKey(code) ? councils.get(code).name : null, submissions.containsKey(code),
                submissions.containsKey(code) ? submissions.get(code).submittedAt : null, decision.shows(code)))
                .toList();
        RevealRule rule = RevealRule.of(cycle.revealRule);
        CycleSummary cycleSummary = new CycleSummary(cycle.id, cycle.name, cycle.submissionDeadline, rule.code(),
                cycle.rubricVersionId, rubric == null ? null : rubric.label, rubric != null);
        RevealState reveal = new RevealState(decision.revealed(), decision.reason(), decision.explanation(),
                decision.revealedAt(), decision.revealsAt(), decision.revealedToMembers());
        QuadSummary quadSummary = new QuadSummary(quad.id, quad.name);
        if (!decision.revealed()) {
            return new Comparison(quadSummary, cycleSummary, reveal, statuses);
        }
        List<ScaleLevel> scale = rubric == null ? List.of()
                : rubric.scale.stream().map(level -> new ScaleLevel(level.value(), level.label())).toList();
        List<QuestionComparison> questions = rubric == null ? List.of() : questions(rubric, seen.shown());
        Flags flags = ComparisonAnalysis.flags(questions, config.thinEvidenceBelow());
        return new Comparison(quadSummary, cycleSummary, reveal, statuses, scale, questions,
                ComparisonAnalysis.byIndicator(questions), ComparisonAnalysis.byTheme(questions), flags,
                ComparisonAnalysis.agenda(questions, flags));
    }

    /** Each question of the rubric with the shown members' answers to it, one pass over each submission. */
    static List<QuestionComparison> questions(RubricVersion rubric, List<Submission> shown) {
        List<Map<String, Submission.Answer>> answersByMember = shown.stream().map(ComparisonService::byQuestion)
                .toList();
        List<QuestionComparison> questions = new ArrayList<>();
        for (RubricVersion.Question question : rubric.questions) {
            List<MemberAnswer> answers = new ArrayList<>();
            List<Grade> grades = new ArrayList<>();
            for (int i = 0; i < shown.size(); i++) {
                Submission submission = shown.get(i);
                Submission.Answer answer = answersByMember.get(i).get(question.code());
                if (answer == null) {
                    answers.add(new MemberAnswer(submission.councilCode, false, null, null, false, null, null, null,
                            null, null));
                    grades.add(Grade.missingGrade());
                    continue;
                }
                Integer level = answer.notApplicable() ? null : answer.level();
                answers.add(new MemberAnswer(submission.councilCode, true, level, rubric.labelOf(level),
                        answer.notApplicable(), answer.notApplicableReason(), answer.evidence(), answer.strengths(),
                        answer.areasForImprovement(), answer.nextSteps()));
                grades.add(answer.notApplicable() ? Grade.notApplicableGrade()
                        : level == null ? Grade.missingGrade() : Grade.of(level));
            }
            questions.add(new QuestionComparison(question.themeCode(), question.themeTitle(),
                    question.indicatorCode(), question.indicatorTitle(), question.code(), question.prompt(), answers,
                    LevelStatistics.of(grades)));
        }
        return questions;
    }

    private static Map<String, Submission.Answer> byQuestion(Submission submission) {
        Map<String, Submission.Answer> answers = new HashMap<>();
        if (submission.answers != null) {
            submission.answers.forEach(answer -> answers.putIfAbsent(answer.questionCode(), answer));
        }
        return answers;
    }
}
