package scot.quads.quad.comparison;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import scot.quads.quad.Council;
import scot.quads.quad.Cycle;
import scot.quads.quad.Quad;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.comparison.Comparison.CycleSummary;
import scot.quads.quad.comparison.Comparison.Flags;
import scot.quads.quad.comparison.Comparison.MemberAnswer;
import scot.quads.quad.comparison.Comparison.MemberStatus;
import scot.quads.quad.comparison.Comparison.QuadSummary;
import scot.quads.quad.comparison.Comparison.QuestionComparison;
import scot.quads.quad.comparison.Comparison.RevealState;
import scot.quads.quad.comparison.Comparison.ScaleLevel;
import scot.quads.quad.comparison.LevelStatistics.Grade;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.membership.QuadService;
import scot.quads.quad.repository.CouncilRepository;
import scot.quads.quad.repository.CycleRepository;
import scot.quads.quad.repository.RubricVersionRepository;
import scot.quads.quad.repository.SubmissionRepository;
import scot.quads.quad.reveal.Reveal;
import scot.quads.quad.reveal.RevealRule;
import scot.quads.quad.reveal.RevealService;
import scot.quads.support.security.Caller;

/**
 * Puts a quad's submitted answers side by side, per question in rubric order, with the figures across members,
 * the summaries by indicator and theme, the flags and the agenda. The projections are joined here, at read time,
 * so it does not matter in which order their events arrived: a submission that came before its rubric version
 * shows as soon as the version is in.
 */
@ApplicationScoped
public class ComparisonService {

    private final CouncilRepository councils;
    private final CycleRepository cycles;
    private final SubmissionRepository submissions;
    private final RubricVersionRepository rubricVersions;
    private final QuadService quads;
    private final RevealService reveals;
    private final ComparisonCache cache;
    private final Caller caller;
    private final ObjectMapper json;
    private final QuadConfig config;

    public ComparisonService(CouncilRepository councils, CycleRepository cycles, SubmissionRepository submissions,
            RubricVersionRepository rubricVersions, QuadService quads, RevealService reveals, ComparisonCache cache,
            Caller caller, ObjectMapper json, QuadConfig config) {
        this.councils = councils;
        this.cycles = cycles;
        this.submissions = submissions;
        this.quads = quads;
        this.reveals = reveals;
        this.rubricVersions = rubricVersions;
        this.cache = cache;
        this.caller = caller;
        this.json = json;
        this.config = config;
    }

    public Comparison compare(UUID quadId) {
        return compare(quads.liveQuad(quadId));
    }

    /** The comparison of a quad the caller has already been allowed to see. */
    public Comparison compare(Quad quad) {
        return build(quad).comparison();
    }

    /**
     * The comparison as the JSON a caller receives: from the cache when nothing it is built from has changed,
     * which is checked with small queries that read no answers (see {@link ComparisonCache}); with
     * {@code levelsOnly}, without the members' words ({@link Comparison#levelsOnly()}), cached apart from the whole.
     */
    public byte[] compareJson(UUID quadId, boolean levelsOnly) {
        Quad quad = quads.liveQuad(quadId);
        Cycle cycle = cycles.find(quad.cycleId).orElse(null);
        List<String> members = quad.memberCodes();
        Map<String, Submission.Stamp> stamps = submissions.latestStampsFor(cycle.id, members);
        Reveal.Decision decision = reveals.decideFromStamps(cycle, members, stamps, caller.isAdes());
        Outline outline = outline(quad, cycle, members,
                code -> stamps.containsKey(code) ? stamps.get(code).submittedAt() : null, decision);
        ComparisonCache.Key key = outline.key(members.stream().filter(decision::shows).map(stamps::get).toList())
                .levels(levelsOnly);
        byte[] cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Built built = build(quad);
        byte[] body;
        try {
            body = json.writeValueAsBytes(levelsOnly ? built.comparison().levelsOnly() : built.comparison());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Comparison of quad " + quad.id + " cannot be written as JSON", e);
        }
        cache.put(built.key().levels(levelsOnly), body);
        return body;
    }

    /** A comparison and the key it is cached by, both from the same reads. */
    private record Built(Comparison comparison, ComparisonCache.Key key) {
    }

    /** The parts of a comparison that are shown whether or not answers are: cheap to build on every read. */
    private record Outline(QuadSummary quad, CycleSummary cycle, RevealState reveal, List<MemberStatus> members) {

        ComparisonCache.Key key(List<Submission.Stamp> shown) {
            return new ComparisonCache.Key(quad, cycle, reveal, members, shown);
        }
    }

    private Outline outline(Quad quad, Cycle cycle, List<String> members,
            Function<String, OffsetDateTime> submittedAt, Reveal.Decision decision) {
        RubricVersion rubric = rubricVersions.find(cycle.rubricVersionId);
        Map<String, Council> named = councils.byCode(members);
        List<MemberStatus> statuses = members.stream().map(code -> new MemberStatus(code,
                named.containsKey(code) ? named.get(code).name : null, submittedAt.apply(code) != null,
                submittedAt.apply(code), decision.shows(code))).toList();
        RevealRule rule = RevealRule.of(cycle.revealRule);
        CycleSummary cycleSummary = new CycleSummary(cycle.id, cycle.name, cycle.submissionDeadline, rule.code(),
                cycle.rubricVersionId, rubric == null ? null : rubric.label, rubric != null,
                rubric != null && rubric.gradedPerIndicator);
        RevealState reveal = new RevealState(decision.revealed(), decision.reason(), decision.explanation(),
                decision.revealedAt(), decision.revealsAt(), decision.revealedToMembers());
        return new Outline(new QuadSummary(quad.id, quad.name), cycleSummary, reveal, statuses);
    }

    private Built build(Quad quad) {
        RevealService.QuadAnswers seen = reveals.answers(quad);
        Cycle cycle = seen.cycle();
        Reveal.Decision decision = seen.decision();
        Map<String, Submission> submissions = seen.submissions();
        Outline outline = outline(quad, cycle, seen.members(),
                code -> submissions.containsKey(code) ? submissions.get(code).submittedAt : null, decision);
        List<Submission> shown = seen.shown();
        ComparisonCache.Key key = outline.key(shown.stream().map(Submission.Stamp::of).toList());
        if (!decision.revealed()) {
            return new Built(new Comparison(outline.quad(), outline.cycle(), outline.reveal(), outline.members()),
                    key);
        }
        RubricVersion rubric = rubricVersions.find(cycle.rubricVersionId);
        List<ScaleLevel> scale = rubric == null ? List.of()
                : rubric.scale.stream().map(level -> new ScaleLevel(level.value(), level.label())).toList();
        List<QuestionComparison> questions = rubric == null ? List.of() : questions(rubric, shown);
        Flags flags = ComparisonAnalysis.flags(questions, config.thinEvidenceBelow());
        return new Built(new Comparison(outline.quad(), outline.cycle(), outline.reveal(), outline.members(), scale,
                questions, ComparisonAnalysis.byIndicator(questions), ComparisonAnalysis.byTheme(questions), flags,
                ComparisonAnalysis.agenda(questions, flags)), key);
    }

    /** Each question of the rubric with the shown members' answers to it, one pass over each submission. */
    public static List<QuestionComparison> questions(RubricVersion rubric, List<Submission> shown) {
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
                            null, null, List.of()));
                    grades.add(Grade.missingGrade());
                    continue;
                }
                Integer level = answer.notApplicable() ? null : answer.level();
                answers.add(new MemberAnswer(submission.councilCode, true, level, rubric.labelOf(level),
                        answer.notApplicable(), answer.notApplicableReason(), answer.evidence(), answer.strengths(),
                        answer.areasForImprovement(), answer.nextSteps(), prompts(question, answer)));
                grades.add(answer.notApplicable() ? Grade.notApplicableGrade()
                        : level == null ? Grade.missingGrade() : Grade.of(level));
            }
            questions.add(new QuestionComparison(question.themeCode(), question.themeTitle(),
                    question.indicatorCode(), question.indicatorTitle(), question.code(), question.prompt(), answers,
                    LevelStatistics.of(grades)));
        }
        return questions;
    }

    /** The member's narrative answers to an indicator's questions, each with its prompt, in rubric order. */
    private static List<Comparison.PromptAnswer> prompts(RubricVersion.Question item, Submission.Answer answer) {
        Map<String, String> promptOf = new HashMap<>();
        item.prompts().forEach(p -> promptOf.put(p.code(), p.prompt()));
        return answer.prompts().stream().map(p -> new Comparison.PromptAnswer(p.code(), promptOf.get(p.code()),
                p.evidence(), p.strengths(), p.areasForImprovement(), p.nextSteps())).toList();
    }

    private static Map<String, Submission.Answer> byQuestion(Submission submission) {
        Map<String, Submission.Answer> answers = new HashMap<>();
        if (submission.answers != null) {
            submission.answers.forEach(answer -> answers.putIfAbsent(answer.questionCode(), answer));
        }
        return answers;
    }
}
