package scot.quads.quad.findings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import scot.quads.quad.Action;
import scot.quads.quad.Assignment;
import scot.quads.quad.CouncilFocus;
import scot.quads.quad.QuadSession;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.Submission;
import scot.quads.quad.comparison.LearningPartners;
import scot.quads.quad.findings.FindingsReport.Paragraph;
import scot.quads.quad.findings.FindingsReport.Section;
import scot.quads.quad.findings.FindingsReport.Source;

/**
 * A findings report's first draft, written from what the quad service holds about the council's round: its
 * statement (context and SWOT), its answers to the questions the quad discussed, its learning partners' strengths,
 * the quad's sessions and who took part, and the actions the council owns. Every paragraph it writes names its
 * source, so that the people drafting can tell what came from where and change any of it. In a cycle whose version
 * grades each quality indicator as a whole, what was discussed and answered are quality indicators, and the draft
 * names them so. A pure function.
 */
public final class FindingsDraft {

    public static final String INTRODUCTION = "introduction";
    public static final String FOCUS = "focus";
    public static final String PROCESS = "process";
    public static final String STRENGTHS = "strengths";
    public static final String AREAS = "areas-for-improvement";
    public static final String LEARNING = "learning-from-partners";
    public static final String NEXT_STEPS = "next-steps";
    public static final String ACTIONS = "actions";
    public static final String CONCLUSION = "conclusion";

    /** The sections in the order a report reads, with their headings. */
    public static final List<Section> SECTIONS = List.of(
            new Section(INTRODUCTION, "Introduction and context", List.of()),
            new Section(FOCUS, "Focus and focus question", List.of()),
            new Section(PROCESS, "How the work was done and who took part", List.of()),
            new Section(STRENGTHS, "Strengths", List.of()),
            new Section(AREAS, "Areas for improvement", List.of()),
            new Section(LEARNING, "Learning from partner councils", List.of()),
            new Section(NEXT_STEPS, "Next steps and recommendations", List.of()),
            new Section(ACTIONS, "Agreed actions", List.of()),
            new Section(CONCLUSION, "Conclusion", List.of()));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private FindingsDraft() {
    }

    /** The keys of the sections, in order. */
    public static List<String> keys() {
        return SECTIONS.stream().map(Section::key).toList();
    }

    /**
     * What the draft is written from. {@code own}: the council's shown submission (null if none);
     * {@code partnerNames}: the other members' names, in the quad's order; {@code learning}: the questions where a
     * partner is stronger, as the caller may see them; {@code actions}: the actions the council owns;
     * {@code focus}: the focus ADES agreed (null if none).
     */
    public record Inputs(String councilName, String cycleName, UUID quadId, String quadName,
            List<String> partnerNames, Submission own, RubricVersion rubric, List<QuadSession> sessions,
            List<Assignment> assignments, List<LearningPartners.QuestionPartners> learning, List<Action> actions,
            ZoneId zone, CouncilFocus focus) {
    }

    public static List<Section> prefill(Inputs in) {
        return prefill(in, UUID::randomUUID);
    }

    static List<Section> prefill(Inputs in, Supplier<UUID> ids) {
        Writer w = new Writer(ids);
        Submission.Statement statement = in.own() == null ? null : in.own().statement;
        String evaluation = in.own() == null ? null : in.own().evaluationId.toString();

        List<Paragraph> introduction = new ArrayList<>();
        introduction.add(w.p(in.councilName() + " took part in the " + in.cycleName() + " round of Quads in "
                + in.quadName() + (in.partnerNames().isEmpty() ? "" : ", with " + list(in.partnerNames())) + ".",
                "quad", in.quadId().toString(), "The quad and its members"));
        if (statement != null && !blank(statement.context())) {
            introduction.add(w.p(statement.context().trim(), "statement-context", evaluation,
                    "Self-evaluative statement: context"));
        }
        swot(statement, "threat").forEach(item -> introduction.add(w.p(item.text().trim(), "swot", id(item),
                "Statement SWOT: threat (priority " + item.priority() + ")")));
        if (statement != null && !blank(statement.summary())) {
            introduction.add(w.p(statement.summary().trim(), "statement-summary", evaluation,
                    "Self-evaluative statement: summary"));
        }

        List<Paragraph> focus = new ArrayList<>();
        if (in.focus() != null) {
            String focusId = in.focus().focusId.toString();
            if (!blank(in.focus().area)) {
                focus.add(w.p("The council's focus: " + in.focus().area.trim() + ".", "focus", focusId,
                        "The focus ADES agreed: its area"));
            }
            if (!blank(in.focus().focusQuestion)) {
                focus.add(w.p("Focus question: " + in.focus().focusQuestion.trim(), "focus", focusId,
                        "The focus ADES agreed: its question"));
            }
            List<String> keys = in.focus().keyQuestions == null ? List.of()
                    : in.focus().keyQuestions.stream().filter(q -> !blank(q)).map(String::trim).toList();
            if (!keys.isEmpty()) {
                focus.add(w.p("Key questions: " + String.join(" ", keys), "focus", focusId,
                        "The focus ADES agreed: its key questions"));
            }
        }

        List<Paragraph> process = new ArrayList<>();
        for (QuadSession session : in.sessions()) {
            process.add(w.p(session(session, in.rubric(), in.zone()), "session", session.id.toString(),
                    "Quad session of " + day(session.startsAt, in.zone())));
        }
        process.add(w.p(participants(in), "quad", in.quadId().toString(), "The quad's members and assignments"));

        List<String> discussed = discussed(in);
        List<Paragraph> strengths = new ArrayList<>();
        swot(statement, "strength").forEach(item -> strengths.add(w.p(item.text().trim(), "swot", id(item),
                "Statement SWOT: strength (priority " + item.priority() + ")")));
        List<Paragraph> areas = new ArrayList<>();
        swot(statement, "weakness").forEach(item -> areas.add(w.p(item.text().trim(), "swot", id(item),
                "Statement SWOT: weakness (priority " + item.priority() + ")")));
        List<Paragraph> nextSteps = new ArrayList<>();
        swot(statement, "opportunity").forEach(item -> nextSteps.add(w.p(item.text().trim(), "swot", id(item),
                "Statement SWOT: opportunity (priority " + item.priority() + ")")));
        if (in.own() != null) {
            for (String code : discussed) {
                Submission.Answer answer = in.own().answerTo(code);
                if (answer == null || answer.notApplicable()) {
                    continue;
                }
                String about = capital(about(code, in.rubric()));
                String answerId = evaluation + ":" + code;
                String answerTo = answerTo(code, in.rubric());
                if (!blank(answer.strengths())) {
                    strengths.add(w.p(about + ": " + answer.strengths().trim(), "answer-strengths", answerId,
                            answerTo + ": strengths"));
                }
                if (!blank(answer.areasForImprovement())) {
                    areas.add(w.p(about + ": " + answer.areasForImprovement().trim(), "answer-areas", answerId,
                            answerTo + ": areas for improvement"));
                }
                if (!blank(answer.nextSteps())) {
                    nextSteps.add(w.p(about + ": " + answer.nextSteps().trim(), "answer-next-steps", answerId,
                            answerTo + ": next steps"));
                }
            }
        }

        List<Paragraph> learning = new ArrayList<>();
        for (LearningPartners.QuestionPartners question : in.learning()) {
            for (LearningPartners.Partner partner : question.partners()) {
                String name = partner.name() == null ? partner.councilCode() : partner.name();
                StringBuilder text = new StringBuilder("On " + (perIndicator(in.rubric()) ? "quality indicator "
                        : "") + question.questionCode() + " (" + question.prompt() + "), " + name
                        + " evaluated itself " + partner.levelsHigher() + " levels higher ("
                        + partner.level() + (partner.levelLabel() == null ? "" : ", " + partner.levelLabel())
                        + ").");
                if (!blank(partner.strengths())) {
                    text.append(" Its strengths: ").append(partner.strengths().trim());
                }
                learning.add(w.p(text.toString(), "partner-strengths", partner.councilCode() + ":"
                        + question.questionCode(), name + "'s " + (perIndicator(in.rubric())
                                ? "answer on quality indicator " : "answer to ") + question.questionCode()));
            }
        }

        List<Paragraph> actions = new ArrayList<>();
        for (Action action : in.actions()) {
            actions.add(w.p(action.description.trim() + " (due " + DAY.format(action.dueDate) + "; " + action.status
                    + (action.questionCodes == null || action.questionCodes.isEmpty() ? ""
                            : "; following up " + (perIndicator(in.rubric()) ? "quality indicators " : "")
                                    + String.join(", ", action.questionCodes)) + ")",
                    "action", action.id.toString(), "Agreed action due " + DAY.format(action.dueDate)));
        }

        List<Section> sections = new ArrayList<>();
        for (Section heading : SECTIONS) {
            List<Paragraph> paragraphs = switch (heading.key()) {
                case INTRODUCTION -> introduction;
                case FOCUS -> focus;
                case PROCESS -> process;
                case STRENGTHS -> strengths;
                case AREAS -> areas;
                case LEARNING -> learning;
                case NEXT_STEPS -> nextSteps;
                case ACTIONS -> actions;
                default -> List.of();
            };
            sections.add(new Section(heading.key(), heading.title(), paragraphs));
        }
        return sections;
    }

    /**
     * The questions the quad discussed: its sessions' agendas in order; else those the council's actions follow
     * up; else every question the council answered.
     */
    static List<String> discussed(Inputs in) {
        Set<String> codes = new LinkedHashSet<>();
        in.sessions().forEach(s -> {
            if (s.agenda != null) {
                codes.addAll(s.agenda);
            }
        });
        if (codes.isEmpty()) {
            in.actions().forEach(a -> {
                if (a.questionCodes != null) {
                    codes.addAll(a.questionCodes);
                }
            });
        }
        if (codes.isEmpty() && in.own() != null && in.own().answers != null) {
            in.own().answers.forEach(a -> codes.add(a.questionCode()));
        }
        return List.copyOf(codes);
    }

    private static String session(QuadSession session, RubricVersion rubric, ZoneId zone) {
        StringBuilder text = new StringBuilder("The quad met on " + day(session.startsAt, zone));
        if (!blank(session.location)) {
            text.append(" (").append(session.location.trim()).append(")");
        }
        if (session.agenda != null && !session.agenda.isEmpty()) {
            text.append(" to discuss ").append(list(session.agenda.stream().map(code -> about(code, rubric))
                    .toList()));
        }
        text.append('.');
        if (!blank(session.notes)) {
            text.append(" Its notes: ").append(session.notes.trim());
        }
        return text.toString();
    }

    private static String participants(Inputs in) {
        List<String> councils = new ArrayList<>();
        councils.add(in.councilName());
        councils.addAll(in.partnerNames());
        StringBuilder text = new StringBuilder("Taking part: the councils of the quad (" + list(councils) + ")");
        List<String> officers = in.assignments().stream().filter(a -> "ades-officer".equals(a.role))
                .map(a -> a.username).distinct().toList();
        List<String> inspectors = in.assignments().stream().filter(a -> "es-link".equals(a.role))
                .map(a -> a.username).distinct().toList();
        if (!officers.isEmpty()) {
            text.append("; for ADES, ").append(list(officers));
        }
        if (!inspectors.isEmpty()) {
            text.append("; for Education Scotland, link inspector ").append(list(inspectors));
        }
        return text.append('.').toString();
    }

    /** The question by its code and prompt; graded per quality indicator, the indicator by its code and title. */
    private static String about(String code, RubricVersion rubric) {
        RubricVersion.Question question = rubric == null ? null : rubric.question(code);
        String named = question == null ? code : code + " (" + question.prompt() + ")";
        return perIndicator(rubric) ? "quality indicator " + named : named;
    }

    private static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** What a paragraph taken from an answer says it came from. */
    private static String answerTo(String code, RubricVersion rubric) {
        return perIndicator(rubric) ? "Answer on quality indicator " + code : "Answer to " + code;
    }

    private static boolean perIndicator(RubricVersion rubric) {
        return rubric != null && rubric.gradedPerIndicator;
    }

    private static List<Submission.SwotItem> swot(Submission.Statement statement, String kind) {
        if (statement == null || statement.swot() == null) {
            return List.of();
        }
        return statement.swot().stream().filter(i -> kind.equals(i.kind()) && !blank(i.text()))
                .sorted(Comparator.comparingInt(Submission.SwotItem::priority)).toList();
    }

    private static String id(Submission.SwotItem item) {
        return item.id() == null ? null : item.id().toString();
    }

    private static String day(OffsetDateTime at, ZoneId zone) {
        LocalDate date = at.atZoneSameInstant(zone).toLocalDate();
        return DAY.format(date);
    }

    static String list(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private record Writer(Supplier<UUID> ids) {
        Paragraph p(String text, String kind, String id, String label) {
            return new Paragraph(ids.get(), text, new Source(kind, id, label), false);
        }
    }
}
