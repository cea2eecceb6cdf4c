package scot.quads.portal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.quarkus.qute.TemplateExtension;

/** Formatting helpers for the templates: {@code {cycle.submissionDeadline.govuk}}, {@code {code.pathSegment}}. */
@TemplateExtension
public class TemplateExtensions {

    static String govuk(LocalDate date) {
        return Labels.date(date);
    }

    static String govuk(OffsetDateTime time) {
        return Labels.dateTime(time);
    }

    static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String stateLabel(String state) {
        return Labels.state(state);
    }

    static String domId(String questionCode) {
        return Labels.domId(questionCode);
    }
}
