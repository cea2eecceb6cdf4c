package scot.quads.rubric.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import scot.quads.rubric.Focus;
import scot.quads.rubric.service.FocusService.FocusView;

/**
 * A council's focus for a cycle: {@code state} is not-started, draft, proposed, agreed or sent-back;
 * {@code version} is what the next change sends back in If-Match ("0" while there is none).
 */
public record FocusRepresentation(UUID id, UUID cycleId, String cycleName, String councilCode, String councilName,
        String state, String area, String focusQuestion, List<String> keyQuestions, List<String> indicators,
        List<String> questions, List<String> contextIndicators, String adesComment, OffsetDateTime proposedAt,
        String proposedBy, OffsetDateTime decidedAt, String decidedBy, long version, OffsetDateTime updatedAt,
        String updatedBy) {

    static FocusRepresentation of(FocusView view) {
        Focus f = view.focus();
        if (f == null) {
            return new FocusRepresentation(null, view.cycle().id, view.cycle().name, view.council().gssCode,
                    view.council().name, view.state(), null, null, List.of(), List.of(), List.of(), List.of(), null,
                    null, null, null, null, 0, null, null);
        }
        return of(f, view.cycle().name, view.council().name);
    }

    static FocusRepresentation of(Focus f, String cycleName, String councilName) {
        return new FocusRepresentation(f.id, f.cycleId, cycleName, f.councilCode, councilName, f.state, f.area,
                f.focusQuestion, f.keyQuestions, f.indicators, f.questions, f.contextIndicators, f.adesComment,
                f.proposedAt, f.proposedBy, f.decidedAt, f.decidedBy, f.version, f.updatedAt, f.updatedBy);
    }
}
