package scot.quads.quad.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
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
import scot.quads.quad.service.Comparison.MemberAnswer;
import scot.quads.quad.service.Comparison.MemberStatus;
import scot.quads.quad.service.Comparison.QuadSummary;
import scot.quads.quad.service.Comparison.QuestionComparison;
import scot.quads.quad.service.Comparison.RevealState;
import scot.quads.quad.service.Comparison.ScaleLevel;
import scot.quads.quad.service.LevelStatistics.Grade;
import scot.quads.support.security.Caller;

/**
 * Puts a quad's submitted answers side by side, per question in rubric order, with the figures across members.
 * The projections are joined here, at read time, so it does not matter in which order their events arrived: a
 * submission that came before its rubric version shows as soon as the version is in.
 */
@ApplicationScoped
public class ComparisonService {

    private final QuadService quads;
    private final Caller caller;
    private final Clock clock;
    private final QuadConfig config;

    public ComparisonService(QuadService quads, Caller caller, Clock clock, QuadConfig config) {
        this.quads = quads;
        this.caller = caller;
        this.clock = clock;
        this.config = config;
    }

    public Comparison compare(UUID quadId) {
        Quad quad = quads.liveQuad(quadId);
        Cycle cycle = Cycle.findById(quad.cycleId);
        RubricVersion rubric = RubricVersion.findById(cycle.rubricVersionId);
        List<String> codes = quad.memberCodes();
        Map<String, Council> councils = Council.byCode(codes);
        Map<String, Submission> submissions = Submission.latestFor(cycle.id, codes);

        List<Reveal.Member> members = codes.stream().map(code -> new Reveal.Member(code,
                submissions.containsKey(code) ? submissions.get(code).submittedAt : null)).toList();
        RevealRule rule = RevealRule.of(cycle.revealRule);
        Reveal.Decision decision = caller.isAdes()
                ? Reveal.forAdes(rule, cycle.submissionDeadline, config.timeZone(), clock.instant(), members)
                : Reveal.forMember(rule, cycle.submissionDeadline, config.timeZone(), clock.instant(), members);

        List<MemberStatus> statuses = members.stream().map(member -> new MemberStatus(member.councilCode(),
                councils.containsKey(member.councilCode()) ? councils.get(member.councilCode()).name : null,
                member.submitted(), member.submittedAt(), decision.shows(member.councilCode()))).toList();
        CycleSummary cycleSummary = new CycleSummary(cycle.id, cycle.name, cycle.submissionDeadline, rule.code(),
                cycle.rubricVersionId, rubric == null ? null : rubric.label, rubric != null);
        RevealState reveal = new RevealState(decision.revealed(), decision.reason(), decision.explanation(),
                decision.revealedAt(), decision.revealsAt(), decision.revealedToMembers());

        List<ScaleLevel> scale = null;
        List<QuestionComparison> questions = null;
        if (decision.revealed()) {
            List<Submission> shown = codes.stream().filter(decision::shows).map(submissions::get).toList();
            scale = rubric == null ? List.of()
                    : rubric.scale.stream().map(level -> new ScaleLevel(level.value(), level.label())).toList();
            questions = rubric == null ? List.of() : compare(rubric, shown);
        }
        return new Comparison(new QuadSummary(quad.id, quad.name), cycleSummary, reveal, statuses, scale,
                questions);
    }

    private static List<QuestionComparison> compare(RubricVersion rubric, List<Submission> shown) {
        List<QuestionComparison> questions = new ArrayList<>();
        for (RubricVersion.Question question : rubric.questions) {
            List<MemberAnswer> answers = new ArrayList<>();
            List<Grade> grades = new ArrayList<>();
            for (Submission submission : shown) {
                Submission.Answer answer = submission.answerTo(question.code());
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
}
