package scot.quads.quad.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.quad.RubricVersion;
import scot.quads.quad.SessionItem;
import scot.quads.quad.guest.GuestService.GuestSession;

/**
 * A session as an invited guest reads it: when and where, its purpose, the agenda items shared with them (each item's
 * id, kind, question and prompt, or council and words, or topic; no outcomes; not the agenda's other items), the
 * inviters' notes, until when, and the guest's own input. Nothing of any council's self-evaluation.
 */
public record GuestSessionRepresentation(UUID id, UUID quadId, String quadName, OffsetDateTime startsAt,
        String location, SessionRepresentation.SessionPurpose purpose, List<GuestAgendaItem> agenda,
        List<Shared> shared, LocalDate expiresOn, List<GuestInputRepresentation> input) {

    /** One agenda item shared with the guest, as they see it; {@code id} is what their input on it names. */
    public record GuestAgendaItem(UUID id, String kind, String questionCode, String prompt, String council,
            String title) {
    }

    /** What an inviter shared, and who invited. */
    public record Shared(String invitedBy, String note) {
    }

    static GuestSessionRepresentation of(GuestSession view) {
        var session = view.session();
        SessionRepresentation.SessionPurpose purpose = session.purposeKind == null ? null
                : new SessionRepresentation.SessionPurpose(session.purposeKind, session.purposeCouncil,
                        session.purposeText);
        List<GuestAgendaItem> agenda = view.items().stream().map(item -> item(view.rubric(), item)).toList();
        List<Shared> shared = view.invitations().stream().map(i -> new Shared(i.invitedBy, i.note)).toList();
        LocalDate expiresOn = view.invitations().stream().map(i -> i.expiresOn).max(LocalDate::compareTo)
                .orElse(null);
        return new GuestSessionRepresentation(session.id, view.quad().id, view.quad().name, session.startsAt,
                session.location, purpose, agenda, shared, expiresOn,
                view.input().stream().map(GuestInputRepresentation::of).toList());
    }

    private static GuestAgendaItem item(RubricVersion rubric, SessionItem item) {
        String prompt = rubric == null || item.questionCode == null ? null
                : rubric.questions.stream().filter(q -> q.code().equals(item.questionCode)).findFirst()
                        .map(RubricVersion.Question::prompt).orElse(null);
        return new GuestAgendaItem(item.id, item.kind, item.questionCode, prompt, item.council, item.title);
    }
}
