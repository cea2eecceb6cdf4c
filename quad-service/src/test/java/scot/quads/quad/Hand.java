package scot.quads.quad;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.comparison.Comparison.MemberAnswer;
import scot.quads.quad.comparison.Comparison.QuestionComparison;
import scot.quads.quad.comparison.ComparisonService;

/** Hand-built rubric versions, submissions and comparisons for the unit tests of the comparison's rules. */
public final class Hand {

    public static final List<RubricVersion.Level> SCALE = List.of(new RubricVersion.Level(6, "Excellent", null),
            new RubricVersion.Level(5, "Very good", null), new RubricVersion.Level(4, "Good", null),
            new RubricVersion.Level(3, "Satisfactory", null), new RubricVersion.Level(2, "Weak", null),
            new RubricVersion.Level(1, "Unsatisfactory", null));

    private Hand() {
    }

    /** A version with these questions, all in theme 1, indicator QI 1.1, with no lineage. */
    public static RubricVersion version(String... codes) {
        List<RubricVersion.Question> questions = new ArrayList<>();
        for (String code : codes) {
            questions.add(question(code, null));
        }
        return version(null, questions);
    }

    public static RubricVersion version(UUID basedOn, List<RubricVersion.Question> questions) {
        RubricVersion version = new RubricVersion();
        version.id = UUID.randomUUID();
        version.label = "Version " + version.id.toString().substring(0, 4);
        version.scale = SCALE;
        version.questions = questions;
        version.basedOnVersionId = basedOn;
        return version;
    }

    public static RubricVersion.Question question(String code, String lineage, String... derivedFrom) {
        return new RubricVersion.Question("1", "Theme 1", "QI 1.1", "Indicator 1.1", code, "Prompt " + code, true,
                lineage, List.of(derivedFrom));
    }

    public static Submission submission(String council, Submission.Answer... answers) {
        Submission submission = new Submission();
        submission.evaluationId = UUID.randomUUID();
        submission.councilCode = council;
        submission.submittedAt = OffsetDateTime.parse("2026-01-20T10:00:00Z");
        submission.answers = List.of(answers);
        return submission;
    }

    public static Submission.Answer level(String question, int level, String evidence) {
        return new Submission.Answer(question, level, false, null, evidence, "Strengths of " + question, null,
                "Next steps on " + question);
    }

    public static Submission.Answer notApplicable(String question) {
        return new Submission.Answer(question, null, true, "No such service", null, null, null, null);
    }

    public static Submission.Answer level(String question, int level) {
        return level(question, level, "x".repeat(500));
    }

    public static List<QuestionComparison> compare(RubricVersion version, Submission... submissions) {
        return ComparisonService.questions(version, List.of(submissions));
    }

    public static MemberAnswer answer(QuestionComparison question, String council) {
        return question.answers().stream().filter(a -> a.councilCode().equals(council)).findFirst().orElseThrow();
    }
}
