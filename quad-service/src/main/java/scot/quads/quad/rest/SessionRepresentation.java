package scot.quads.quad.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.Comment;
import scot.quads.quad.QuadSession;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.SessionItem;
import scot.quads.quad.work.CommentService;
import scot.quads.quad.work.SessionService.ItemView;
import scot.quads.quad.work.SessionService.SessionView;

/**
 * A session as the quad reads it: its purpose, hosts, invited roles and attendance, and its agenda, each item with
 * its question's prompt (a rubric item's; null while the rubric version has not arrived), its outcome and the actions
 * raised from it. {@code followUpActions}, on the next session only, are the quad's actions still open or in
 * progress; {@code openChallenges}, on a session still to come, the challenges the councils have not answered yet
 * (those the reader may read).
 */
public record SessionRepresentation(UUID id, UUID quadId, UUID cycleId, OffsetDateTime startsAt, String location,
        SessionPurpose purpose, List<String> hosts, List<String> invitedRoles, List<QuadSession.Attendee> attendance,
        List<AgendaItem> agenda, String notes, List<ActionRepresentation> followUpActions,
        List<OpenChallenge> openChallenges, OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt,
        String updatedBy, int version) {

    /** What the session is for: a focus question or key question of a member council. */
    public record SessionPurpose(String kind, String council, String text) {
    }

    /**
     * One agenda item: {@code kind} rubric-item (with its question), key-question (a council's, in {@code title}) or
     * topic ({@code title}); its outcome; the actions raised from it. Its own {@code version} is the If-Match of its
     * outcome.
     */
    public record AgendaItem(UUID id, String kind, String questionCode, String themeCode, String indicatorCode,
            String prompt, String council, String title, String strengths, String improvements, String outcomeBy,
            OffsetDateTime outcomeAt, List<RaisedAction> actions, int version) {
    }

    /** An action raised from an agenda item. */
    public record RaisedAction(UUID id, String ownerCouncil, String description, LocalDate dueDate, String status) {
    }

    /** A challenge still waiting for the council's answer. */
    public record OpenChallenge(UUID id, String questionCode, String aboutCouncil, String text, String author,
            String authorCouncil, OffsetDateTime postedAt) {
    }

    static SessionRepresentation of(SessionView view, LocalDate today) {
        QuadSession session = view.session();
        List<AgendaItem> agenda = view.items().stream().map(item -> item(view.rubric(), item)).toList();
        List<ActionRepresentation> followUp = view.followUp() == null ? null
                : view.followUp().stream().map(action -> ActionRepresentation.of(action, today)).toList();
        List<OpenChallenge> challenges = view.openChallenges() == null ? null
                : view.openChallenges().stream().map(SessionRepresentation::challenge).toList();
        SessionPurpose purpose = session.purposeKind == null ? null
                : new SessionPurpose(session.purposeKind, session.purposeCouncil, session.purposeText);
        return new SessionRepresentation(session.id, session.quadId, session.cycleId, session.startsAt,
                session.location, purpose, session.hosts, session.invitedRoles, session.attendance, agenda,
                session.notes, followUp, challenges, session.createdAt, session.createdBy, session.updatedAt,
                session.updatedBy, session.version);
    }

    static OpenChallenge challenge(CommentService.Thread thread) {
        Comment c = thread.opening();
        return new OpenChallenge(c.id, c.questionCode, c.aboutCouncil, c.text, c.author, c.authorCouncil,
                c.postedAt);
    }

    static AgendaItem item(RubricVersion rubric, ItemView view) {
        SessionItem item = view.item();
        RubricVersion.Question question = rubric == null || item.questionCode == null ? null
                : rubric.questions.stream().filter(q -> q.code().equals(item.questionCode)).findFirst().orElse(null);
        List<RaisedAction> actions = view.actions().stream().map(a -> new RaisedAction(a.id, a.ownerCouncil,
                a.description, a.dueDate, a.status)).toList();
        return new AgendaItem(item.id, item.kind, item.questionCode, question == null ? null : question.themeCode(),
                question == null ? null : question.indicatorCode(), question == null ? null : question.prompt(),
                item.council, item.title, item.strengths, item.improvements, item.outcomeBy, item.outcomeAt, actions,
                item.version);
    }
}
