package scot.quads.quad.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.work.SessionService.SessionView;

/**
 * A session as the quad reads it: each agenda item with its question's prompt (null while the rubric version has
 * not arrived). {@code followUpActions}, on the next session only, are the quad's actions still open or in progress.
 */
public record SessionRepresentation(UUID id, UUID quadId, UUID cycleId, OffsetDateTime startsAt, String location,
        List<AgendaItem> agenda, String notes, List<ActionRepresentation> followUpActions, OffsetDateTime createdAt,
        String createdBy, OffsetDateTime updatedAt, String updatedBy, int version) {

    public record AgendaItem(String questionCode, String themeCode, String indicatorCode, String prompt) {
    }

    static SessionRepresentation of(SessionView view, LocalDate today) {
        var session = view.session();
        List<AgendaItem> agenda = session.agenda.stream().map(code -> item(view.rubric(), code)).toList();
        List<ActionRepresentation> followUp = view.followUp() == null ? null
                : view.followUp().stream().map(action -> ActionRepresentation.of(action, today)).toList();
        return new SessionRepresentation(session.id, session.quadId, session.cycleId, session.startsAt,
                session.location, agenda, session.notes, followUp, session.createdAt, session.createdBy,
                session.updatedAt, session.updatedBy, session.version);
    }

    private static AgendaItem item(RubricVersion rubric, String code) {
        RubricVersion.Question question = rubric == null ? null
                : rubric.questions.stream().filter(q -> q.code().equals(code)).findFirst().orElse(null);
        return question == null ? new AgendaItem(code, null, null, null)
                : new AgendaItem(code, question.themeCode(), question.indicatorCode(), question.prompt());
    }
}
