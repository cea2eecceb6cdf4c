package scot.quads.quad.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import scot.quads.quad.Action;
import scot.quads.quad.CouncilFocus;
import scot.quads.quad.QuadSession;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.findings.FindingsReport.Section;

/** The first draft of a findings report: which questions count as discussed, and where each paragraph came from. */
class FindingsDraftTest {

    static final UUID QUAD = UUID.randomUUID();

    @Test
    void theQuestionsDiscussedAreTheSessionsAgendasThenTheActionsThenEveryAnswer() {
        Submission own = submission(List.of(answer("1.1.1"), answer("1.1.2"), answer("2.1.1")));
        assertThat(FindingsDraft.discussed(inputs(own, List.of(session("2.1.1", "1.1.1")),
                List.of(action("1.1.2"))))).containsExactly("2.1.1", "1.1.1");
        assertThat(FindingsDraft.discussed(inputs(own, List.of(), List.of(action("1.1.2")))))
                .containsExactly("1.1.2");
        assertThat(FindingsDraft.discussed(inputs(own, List.of(), List.of())))
                .containsExactly("1.1.1", "1.1.2", "2.1.1");
    }

    @Test
    void onlyTheDiscussedAnswersAreTakenAndEachParagraphNamesItsSource() {
        Submission own = submission(List.of(answer("1.1.1"), answer("1.1.2")));
        List<Section> sections = FindingsDraft.prefill(inputs(own, List.of(session("1.1.2")), List.of()));

        assertThat(sections).extracting(Section::key).containsExactlyElementsOf(FindingsDraft.keys());
        Section strengths = sections.get(3);
        assertThat(strengths.paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("1.1.2: Strengths on 1.1.2");
            assertThat(p.source().kind()).isEqualTo("answer-strengths");
            assertThat(p.source().id()).isEqualTo(own.evaluationId + ":1.1.2");
            assertThat(p.edited()).isFalse();
        });
        Section process = sections.get(2);
        assertThat(process.paragraphs()).hasSize(2);
        assertThat(process.paragraphs().get(0).text()).isEqualTo("The quad met on 3 March 2027 (Stirling) to discuss"
                + " 1.1.2. Its notes: Agreed next steps");
        assertThat(process.paragraphs().get(1).text())
                .isEqualTo("Taking part: the councils of the quad (Fife, Angus, Falkirk and Stirling).");
        assertThat(sections.get(1).paragraphs()).as("without an agreed focus, the people drafting write it").isEmpty();
    }

    @Test
    void aStatementsSwotGoesWhereItBelongsByPriority() {
        Submission own = submission(List.of());
        own.statement = new Submission.Statement("Context", List.of(
                swot("strength", "Second strength", 2), swot("strength", "First strength", 1),
                swot("weakness", "A weakness", 1), swot("opportunity", "An opportunity", 1),
                swot("threat", "A threat", 1)), "Summary");
        List<Section> sections = FindingsDraft.prefill(inputs(own, List.of(), List.of()));

        assertThat(sections.get(0).paragraphs()).extracting(FindingsReport.Paragraph::text)
                .containsExactly("Fife took part in the 2026-27 round of Quads in Quad A, with Angus, Falkirk and"
                        + " Stirling.", "Context", "A threat", "Summary");
        assertThat(sections.get(3).paragraphs()).extracting(FindingsReport.Paragraph::text)
                .containsExactly("First strength", "Second strength");
        assertThat(sections.get(4).paragraphs()).extracting(FindingsReport.Paragraph::text)
                .containsExactly("A weakness");
        assertThat(sections.get(6).paragraphs()).extracting(FindingsReport.Paragraph::text)
                .containsExactly("An opportunity");
        assertThat(sections.get(3).paragraphs().get(0).source().label())
                .isEqualTo("Statement SWOT: strength (priority 1)");
    }

    @Test
    void theAgreedFocusFillsTheFocusSection() {
        CouncilFocus focus = new CouncilFocus();
        focus.focusId = UUID.randomUUID();
        focus.area = "Positive destinations";
        focus.focusQuestion = "How can more of our leavers go on to college?";
        focus.keyQuestions = List.of("How well do we use destination data?", " ");
        FindingsDraft.Inputs plain = inputs(submission(List.of()), List.of(), List.of());
        FindingsDraft.Inputs in = new FindingsDraft.Inputs(plain.councilName(), plain.cycleName(), plain.quadId(),
                plain.quadName(), plain.partnerNames(), plain.own(), null, List.of(), List.of(), List.of(),
                List.of(), plain.zone(), focus);

        List<FindingsReport.Paragraph> paragraphs = FindingsDraft.prefill(in).get(1).paragraphs();

        assertThat(paragraphs).extracting(FindingsReport.Paragraph::text).containsExactly(
                "The council's focus: Positive destinations.",
                "Focus question: How can more of our leavers go on to college?",
                "Key questions: How well do we use destination data?");
        assertThat(paragraphs).allSatisfy(p -> {
            assertThat(p.source().kind()).isEqualTo("focus");
            assertThat(p.source().id()).isEqualTo(focus.focusId.toString());
        });
    }

    @Test
    void inACycleGradedPerIndicatorTheDraftNamesQualityIndicators() {
        RubricVersion rubric = new RubricVersion();
        rubric.gradedPerIndicator = true;
        rubric.questions = List.of(new RubricVersion.Question("A", "Outcomes", "A1", "Raising attainment", "A1",
                "Raising attainment", false, null, List.of()));
        Submission own = submission(List.of(answer("A1")));
        FindingsDraft.Inputs plain = inputs(own, List.of(session("A1")), List.of(action("A1")));
        FindingsDraft.Inputs in = new FindingsDraft.Inputs(plain.councilName(), plain.cycleName(), plain.quadId(),
                plain.quadName(), plain.partnerNames(), own, rubric, plain.sessions(), List.of(), List.of(),
                plain.actions(), plain.zone(), null);

        List<Section> sections = FindingsDraft.prefill(in);

        assertThat(sections.get(3).paragraphs()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo("Quality indicator A1 (Raising attainment): Strengths on A1");
            assertThat(p.source().label()).isEqualTo("Answer on quality indicator A1: strengths");
        });
        assertThat(sections.get(2).paragraphs().get(0).text()).isEqualTo("The quad met on 3 March 2027 (Stirling) to"
                + " discuss quality indicator A1 (Raising attainment). Its notes: Agreed next steps");
        assertThat(sections.get(7).paragraphs().get(0).text()).contains("following up quality indicators A1");
        // The same answers graded per question name the question only.
        rubric.gradedPerIndicator = false;
        assertThat(FindingsDraft.prefill(in).get(3).paragraphs().get(0).text())
                .isEqualTo("A1 (Raising attainment): Strengths on A1");
    }

    private static FindingsDraft.Inputs inputs(Submission own, List<QuadSession> sessions, List<Action> actions) {
        return new FindingsDraft.Inputs("Fife", "2026-27", QUAD, "Quad A", List.of("Angus", "Falkirk", "Stirling"),
                own, null, sessions, List.of(), List.of(), actions, ZoneId.of("Europe/London"), null);
    }

    private static Submission submission(List<Submission.Answer> answers) {
        Submission submission = new Submission();
        submission.evaluationId = UUID.randomUUID();
        submission.councilCode = "S12000047";
        submission.answers = answers;
        return submission;
    }

    private static Submission.Answer answer(String code) {
        return new Submission.Answer(code, 3, false, null, "Evidence", "Strengths on " + code, "Areas on " + code,
                "Next steps on " + code);
    }

    private static Submission.SwotItem swot(String kind, String text, int priority) {
        return new Submission.SwotItem(UUID.randomUUID(), kind, text, priority, List.of(), List.of(), List.of());
    }

    private static QuadSession session(String... agenda) {
        QuadSession session = new QuadSession();
        session.id = UUID.randomUUID();
        session.startsAt = OffsetDateTime.of(2027, 3, 3, 10, 0, 0, 0, ZoneOffset.UTC);
        session.location = "Stirling";
        session.agenda = List.of(agenda);
        session.notes = "Agreed next steps";
        return session;
    }

    private static Action action(String code) {
        Action action = new Action();
        action.id = UUID.randomUUID();
        action.description = "Do it";
        action.questionCodes = List.of(code);
        action.dueDate = LocalDate.of(2027, 6, 30);
        action.status = Action.OPEN;
        return action;
    }
}
