package scot.quads.notification;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What one audience should be told, as a rule decided it; stored as a {@link Notification}. {@code email} is where
 * a notice to one person is mailed, when the event that caused it gave their address; group notices have none.
 * {@code details}: the lines a mail of it lists under its body instead of the council and the cycle, for someone
 * outside any council (an invited guest); empty for everyone else.
 */
public record Notice(
        Audience audience,
        String type,
        String title,
        String body,
        String link,
        String councilCode,
        UUID cycleId,
        String email,
        List<Detail> details) {

    /** One line of a mail's details: "Quad: Forth and Tay". */
    public record Detail(String label, String value) {

        /** Those with a value: a line with nothing to say is left out, not written as "-". */
        public static List<Detail> known(List<Detail> details) {
            return details == null ? List.of()
                    : details.stream().filter(d -> d.value() != null && !d.value().isBlank()).toList();
        }
    }

    public Notice(Audience audience, String type, String title, String body, String link, String councilCode,
            UUID cycleId) {
        this(audience, type, title, body, link, councilCode, cycleId, null);
    }

    public Notice(Audience audience, String type, String title, String body, String link, String councilCode,
            UUID cycleId, String email) {
        this(audience, type, title, body, link, councilCode, cycleId, email, List.of());
    }

    public Notice {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        details = Detail.known(details);
    }
}
