package scot.quads.notification.mail;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateData;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import scot.quads.notification.Notice;
import scot.quads.notification.config.PortalConfig;

/** Words mails from the templates under {@code templates/mail}: plain text and HTML, linking into the portal. */
@ApplicationScoped
public class MailComposer {

    private final Template noticeText;
    private final Template noticeHtml;
    private final Template digestText;
    private final Template digestHtml;
    private final String portal;

    public MailComposer(@Location("mail/notice.txt") Template noticeText,
            @Location("mail/notice.html") Template noticeHtml,
            @Location("mail/digest.txt") Template digestText,
            @Location("mail/digest.html") Template digestHtml,
            PortalConfig portal) {
        this.noticeText = noticeText;
        this.noticeHtml = noticeHtml;
        this.digestText = digestText;
        this.digestHtml = digestHtml;
        this.portal = portal.url().replaceAll("/+$", "");
    }

    /** A mail's subject and both of its bodies. */
    public record Content(String subject, String text, String html) {
    }

    /** One notice in a digest; {@code link} is already absolute. */
    @TemplateData
    public record DigestItem(String subject, String body, String link) {
    }

    /** One line listed under a notice's body: "Council: Fife Council". */
    @TemplateData
    public record Line(String label, String value) {
    }

    /**
     * @param details       the lines under the body (the council and the cycle, or a guest's quad, inviter and
     *                      sessions); none with an empty value
     * @param reason        why this person gets the mail, completing "You receive this email ..."
     * @param preferences   whether to point to the preferences page (not for a guest, who has none)
     */
    public Content notice(String contactName, String title, String body, String link, List<Notice.Detail> details,
            String reason, boolean preferences) {
        String name = contactName == null || contactName.isBlank() ? null : contactName.trim();
        List<Line> lines = Notice.Detail.known(details).stream().map(d -> new Line(d.label(), d.value())).toList();
        String preferencesLink = preferences ? preferencesLink() : null;
        return new Content(title,
                noticeText.data("contactName", name).data("body", body).data("details", lines)
                        .data("link", link(link)).data("reason", reason)
                        .data("preferencesLink", preferencesLink).render(),
                noticeHtml.data("contactName", name).data("body", body).data("details", lines)
                        .data("link", link(link)).data("reason", reason)
                        .data("preferencesLink", preferencesLink).render());
    }

    public Content digest(List<DigestItem> items) {
        String subject = "Your Quads digest: " + items.size() + (items.size() == 1 ? " notification" : " notifications");
        return new Content(subject,
                digestText.data("items", items).data("preferencesLink", preferencesLink()).render(),
                digestHtml.data("items", items).data("preferencesLink", preferencesLink()).render());
    }

    /** A portal path made absolute. */
    public String link(String path) {
        if (path == null || path.isBlank()) {
            return portal + "/";
        }
        return path.startsWith("http") ? path : portal + (path.startsWith("/") ? path : "/" + path);
    }

    private String preferencesLink() {
        return portal + "/preferences";
    }
}
