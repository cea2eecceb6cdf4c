package scot.quads.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.qute.TemplateExtension;

/** Helpers for the templates: {@code {code.pathSegment}}, {@code {fmt:when(cycle.submissionDeadline)}}. */
@TemplateExtension
public class TemplateExtensions {

    /** A date, or a date and time, as GOV.UK writes it; nothing for null (a council that never edited). */
    @TemplateExtension(namespace = "fmt")
    static String when(Object value) {
        if (value instanceof LocalDate date) {
            return Labels.date(date);
        }
        if (value instanceof OffsetDateTime time) {
            return Labels.dateTime(time);
        }
        return value == null ? "" : value.toString();
    }

    /** The day of a moment in UK time, as GOV.UK writes it (2 May 2028); nothing for null. */
    @TemplateExtension(namespace = "fmt")
    static String day(OffsetDateTime time) {
        return time == null ? "" : Labels.date(time.atZoneSameInstant(Labels.UK).toLocalDate());
    }

    @TemplateExtension(namespace = "fmt")
    static String state(String state) {
        return Labels.state(state);
    }

    /** Text shown as a sentence: with its full stop (a service's explanation may come without). */
    @TemplateExtension(namespace = "fmt")
    static String sentence(String text) {
        return Labels.sentence(text);
    }

    /** A service's sentence with its ISO dates written out (see {@link Labels#prose}). */
    @TemplateExtension(namespace = "fmt")
    static String prose(String text) {
        return Labels.prose(text);
    }

    /** A context indicator's figure: 5,774.8 rather than 5774.7619; a dash for none. */
    @TemplateExtension(namespace = "fmt")
    static String figure(java.math.BigDecimal value) {
        return ContextFigures.figure(value);
    }

    /** A count as GOV.UK writes numbers: 5,000 rather than 5000. */
    @TemplateExtension(namespace = "fmt")
    static String count(Number value) {
        return Labels.count(value);
    }

    /** A notice's link on this site, or null (see {@link NotificationPages#localLink}). */
    @TemplateExtension(namespace = "fmt")
    static String noticeLink(String link) {
        return NotificationPages.localLink(link);
    }

    /** What the link to act on a notice says, for ADES or a council user. */
    @TemplateExtension(namespace = "fmt")
    static String noticeLinkText(String link, boolean ades) {
        return NoticeLinks.linkText(NotificationPages.localLink(link), ades);
    }

    static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String domId(String questionCode) {
        return Labels.domId(questionCode);
    }
}
