package scot.quads.quad.work;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.quads.quad.Action;
import scot.quads.quad.Comment;
import scot.quads.quad.Quad;
import scot.quads.quad.QuadSession;
import scot.quads.quad.SessionItem;
import scot.quads.quad.comparison.Comparison;
import scot.quads.quad.comparison.ComparisonService;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.export.SessionPack;
import scot.quads.quad.export.SessionPack.Block;

/**
 * The session pack: everything a participant reads before a session, in one document. The details (when, where,
 * purpose, hosts, who is invited); for each agenda item every member's level and extracts of its narrative (only the
 * answers the comparison shows the reader: the reveal rule holds here as on the page), the flags on it and questions
 * to ask; the challenges still open and those answered, with their answers; the actions to follow up. Built from
 * the same services the pages read, as the caller, so it carries nothing the caller could not read there. In a cycle
 * whose version grades each quality indicator as a whole, an agenda item is a quality indicator: the pack gives each
 * member's level for the indicator and its narrative answers to the indicator's questions.
 */
@ApplicationScoped
public class SessionPackService {

    /** How much of a narrative field the pack quotes before cutting it short. */
    public static final int EXTRACT = 400;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
            Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SessionService sessions;
    private final QuadWorkAccess access;
    private final ComparisonService comparisons;
    private final CommentService comments;
    private final QuadConfig config;

    public SessionPackService(SessionService sessions, QuadWorkAccess access, ComparisonService comparisons,
            CommentService comments, QuadConfig config) {
        this.sessions = sessions;
        this.access = access;
        this.comparisons = comparisons;
        this.comments = comments;
        this.config = config;
    }

    public SessionPack pack(UUID quadId, UUID sessionId) {
        Quad quad = access.readable(quadId);
        SessionService.SessionView view = sessions.get(quadId, sessionId);
        Comparison comparison = comparisons.compare(quad);
        ZoneId zone = config.timeZone();
        Map<String, String> names = comparison.members().stream()
                .collect(Collectors.toMap(Comparison.MemberStatus::code,
                        member -> member.name() == null ? member.code() : member.name(), (a, b) -> a));
        Function<String, String> name = code -> code == null ? "" : names.getOrDefault(code, code);
        QuadSession session = view.session();

        List<SessionPack.Section> sections = new ArrayList<>();
        sections.add(details(session, zone, name));
        boolean perIndicator = comparison.cycle().gradedPerIndicator();
        sections.add(agenda(view, comparison, name));
        sections.add(challenges(quad, name, perIndicator));
        if (view.followUp() != null) {
            List<Block> blocks = new ArrayList<>();
            for (Action action : view.followUp()) {
                blocks.add(SessionPack.bullet(action.description + " (" + name.apply(action.ownerCouncil) + ", due "
                        + DAY.format(action.dueDate) + ", " + action.status + ")"));
            }
            if (blocks.isEmpty()) {
                blocks.add(SessionPack.paragraph("No action is open or in progress."));
            }
            sections.add(new SessionPack.Section("Actions to follow up", blocks));
        }
        String title = quad.name + " - session pack, " + DAY.format(session.startsAt.atZoneSameInstant(zone));
        String subtitle = "Cycle " + comparison.cycle().name() + ". Prepared for " + access.username() + " on "
                + DAY.format(access.now().atZoneSameInstant(zone)) + ": it shows the answers the quad's comparison"
                + " shows you, and only those." + (perIndicator ? " This cycle's framework version grades each quality"
                        + " indicator as a whole: the level is the indicator's, and its questions are answered in"
                        + " words." : "");
        return new SessionPack(title, subtitle, sections);
    }

    private static SessionPack.Section details(QuadSession session, ZoneId zone, Function<String, String> name) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(SessionPack.paragraph("When: " + WHEN.format(session.startsAt.atZoneSameInstant(zone))));
        blocks.add(SessionPack.paragraph("Where: " + (session.location == null ? "not set" : session.location)));
        if (session.purposeKind != null) {
            blocks.add(SessionPack.paragraph("Purpose: " + name.apply(session.purposeCouncil) + "'s "
                    + (QuadSession.FOCUS_QUESTION.equals(session.purposeKind) ? "focus question" : "key question")
                    + ": " + session.purposeText));
        }
        blocks.add(SessionPack.paragraph("Hosts: " + (session.hosts.isEmpty() ? "not set"
                : String.join(", ", session.hosts))));
        if (!session.invitedRoles.isEmpty()) {
            blocks.add(SessionPack.paragraph("Invited: " + session.invitedRoles.stream().map(SessionPackService::role)
                    .collect(Collectors.joining(", "))));
        }
        return new SessionPack.Section("The session", blocks);
    }

    private static SessionPack.Section agenda(SessionService.SessionView view, Comparison comparison,
            Function<String, String> name) {
        List<Block> blocks = new ArrayList<>();
        if (view.items().isEmpty()) {
            blocks.add(SessionPack.paragraph("The session has no agenda yet."));
        }
        int number = 1;
        for (SessionService.ItemView itemView : view.items()) {
            SessionItem item = itemView.item();
            switch (item.kind) {
                case SessionItem.RUBRIC_ITEM -> rubricItem(blocks, number, item, comparison, name);
                case SessionItem.KEY_QUESTION -> {
                    blocks.add(SessionPack.subheading(number + ". " + name.apply(item.council) + "'s key question: "
                            + item.title));
                    blocks.add(SessionPack.paragraph("Questions to ask:"));
                    blocks.add(SessionPack.bullet("What evidence tells " + name.apply(item.council)
                            + " how well it is doing on this, and what would change its mind?"));
                    blocks.add(SessionPack.bullet("Which partner has faced the same question, and what did it"
                            + " learn?"));
                }
                default -> blocks.add(SessionPack.subheading(number + ". " + item.title));
            }
            if (item.hasOutcome()) {
                if (item.strengths != null) {
                    blocks.add(SessionPack.paragraph("Agreed strengths: " + item.strengths));
                }
                if (item.improvements != null) {
                    blocks.add(SessionPack.paragraph("Areas for improvement: " + item.improvements));
                }
            }
            for (Action action : itemView.actions()) {
                blocks.add(SessionPack.bullet("Action raised: " + action.description + " ("
                        + name.apply(action.ownerCouncil) + ", due " + DAY.format(action.dueDate) + ")"));
            }
            number++;
        }
        return new SessionPack.Section("Agenda", blocks);
    }

    /**
     * A rubric item: its question (or, graded per quality indicator, its indicator), each shown member's level and
     * narrative extracts (an indicator's with the member's answers to its questions), its flags, questions to ask.
     */
    private static void rubricItem(List<Block> blocks, int number, SessionItem item, Comparison comparison,
            Function<String, String> name) {
        boolean perIndicator = comparison.cycle().gradedPerIndicator();
        Comparison.QuestionComparison question = comparison.questions() == null ? null
                : comparison.questions().stream().filter(q -> q.questionCode().equals(item.questionCode))
                        .findFirst().orElse(null);
        blocks.add(SessionPack.subheading(number + ". " + (perIndicator ? "Quality indicator " : "")
                + item.questionCode + (question == null ? "" : " " + question.prompt())));
        if (question == null) {
            blocks.add(SessionPack.paragraph("No member's answer " + (perIndicator ? "on this quality indicator"
                    : "to this question") + " is shown to you yet."
                    + (comparison.reveal().explanation() == null ? "" : " " + comparison.reveal().explanation())));
            return;
        }
        for (Comparison.MemberAnswer answer : question.answers()) {
            String who = name.apply(answer.councilCode());
            if (!answer.answered()) {
                blocks.add(SessionPack.bullet(who + ": no answer"));
            } else if (answer.notApplicable()) {
                blocks.add(SessionPack.bullet(who + ": not applicable" + (answer.notApplicableReason() == null ? ""
                        : " (" + extract(answer.notApplicableReason()) + ")")));
            } else {
                blocks.add(SessionPack.bullet(who + ": level " + answer.level()
                        + (answer.levelLabel() == null ? "" : " " + answer.levelLabel())
                        + (perIndicator ? " for the quality indicator as a whole" : "")));
                quote(blocks, "Evidence", answer.evidence());
                quote(blocks, "Strengths", answer.strengths());
                quote(blocks, "Areas for improvement", answer.areasForImprovement());
                if (perIndicator) {
                    quote(blocks, "Next steps", answer.nextSteps());
                }
            }
            for (Comparison.PromptAnswer prompt : answer.prompts()) {
                String about = who + "'s answer to " + prompt.code() + " (" + prompt.prompt() + ")";
                quote(blocks, about, prompt.evidence());
                quote(blocks, about + ", strengths", prompt.strengths());
                quote(blocks, about + ", areas for improvement", prompt.areasForImprovement());
                quote(blocks, about + ", next steps", prompt.nextSteps());
            }
        }
        List<String> toAsk = new ArrayList<>();
        if (comparison.flags() != null) {
            for (Comparison.DistanceFlag flag : comparison.flags().farFromMedian()) {
                if (flag.questionCode().equals(item.questionCode)) {
                    String who = name.apply(flag.councilCode());
                    blocks.add(SessionPack.paragraph("Flag: " + who + "'s level " + flag.level() + " is "
                            + number(flag.distance()) + " " + flag.direction() + " the quad's median of "
                            + number(flag.median()) + "."));
                    toAsk.add("What does " + who + " see that puts it " + flag.direction() + " its partners here,"
                            + " and would its partners grade that evidence the same way?");
                }
            }
            for (Comparison.ThinEvidenceFlag flag : comparison.flags().thinEvidence()) {
                if (flag.questionCode().equals(item.questionCode)) {
                    String who = name.apply(flag.councilCode());
                    blocks.add(SessionPack.paragraph("Flag: " + who + " gives level " + flag.level() + " with "
                            + flag.evidenceLength() + " characters of evidence."));
                    toAsk.add("Which further evidence would show " + who + "'s level " + flag.level() + " to a"
                            + " reader outside the council?");
                }
            }
        }
        toAsk.add(perIndicator ? "Where do the members' levels for the indicator differ, and which of the answers to"
                + " its questions explain the difference?"
                : "Where do the members' levels differ, and is it the practice or the reading of the level that"
                        + " differs?");
        toAsk.add("What has one member tried here that another could use?");
        blocks.add(SessionPack.paragraph("Questions to ask:"));
        toAsk.forEach(question1 -> blocks.add(SessionPack.bullet(question1)));
    }

    private SessionPack.Section challenges(Quad quad, Function<String, String> name, boolean perIndicator) {
        List<Block> blocks = new ArrayList<>();
        List<CommentService.Thread> threads = comments.challenges(quad);
        List<CommentService.Thread> open = threads.stream().filter(t -> CommentService.answer(t) == null).toList();
        List<CommentService.Thread> answered = threads.stream().filter(t -> CommentService.answer(t) != null)
                .toList();
        blocks.add(SessionPack.subheading("Waiting for an answer"));
        if (open.isEmpty()) {
            blocks.add(SessionPack.paragraph("None."));
        }
        for (CommentService.Thread thread : open) {
            blocks.add(SessionPack.bullet(challenge(thread.opening(), name, perIndicator)));
        }
        blocks.add(SessionPack.subheading("Answered"));
        if (answered.isEmpty()) {
            blocks.add(SessionPack.paragraph("None."));
        }
        for (CommentService.Thread thread : answered) {
            Comment answer = CommentService.answer(thread);
            blocks.add(SessionPack.bullet(challenge(thread.opening(), name, perIndicator)));
            blocks.add(SessionPack.paragraph("Answer from " + answer.author + " (" + name.apply(answer.authorCouncil)
                    + "): " + answer.text));
        }
        return new SessionPack.Section("Challenges", blocks);
    }

    private static String challenge(Comment comment, Function<String, String> name, boolean perIndicator) {
        return (perIndicator ? "Quality indicator " : "") + comment.questionCode + ", to "
                + name.apply(comment.aboutCouncil) + ", from " + comment.author
                + (comment.authorCouncil == null ? "" : " (" + name.apply(comment.authorCouncil) + ")") + ": "
                + comment.text;
    }

    private static void quote(List<Block> blocks, String label, String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(SessionPack.paragraph(label + ": " + extract(text)));
        }
    }

    /** The first {@link #EXTRACT} characters of a narrative, cut at a word where it is longer. */
    static String extract(String text) {
        String trimmed = text.strip();
        if (trimmed.length() <= EXTRACT) {
            return trimmed;
        }
        int cut = trimmed.lastIndexOf(' ', EXTRACT);
        return trimmed.substring(0, cut > EXTRACT / 2 ? cut : EXTRACT) + " [...]";
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.UK, "%.1f", value);
    }

    private static String role(String role) {
        return switch (role) {
            case "authority-editor" -> "council editors";
            case "authority-viewer" -> "council viewers";
            case "ades-admin" -> "ADES";
            case "ades-officer" -> "ADES officers";
            case "es-link" -> "Education Scotland link inspectors";
            case "quad-guest" -> "invited partners";
            default -> role;
        };
    }
}
