package scot.quads.notification.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

/**
 * Who is told when ADES publishes a council's findings report: the council itself, and each council it was in a
 * quad with for the cycle. The link is the report's public page, which anyone can read without signing in.
 */
public final class FindingsNotices {

    public static final String PUBLISHED = "findings.published";

    private FindingsNotices() {
    }

    /** A published edition; {@code partners}: the other members of the council's quads for the cycle. */
    public record Published(UUID reportId, String councilCode, String councilName, UUID cycleId, String cycleName,
            int edition, boolean correction, List<String> partners, Map<String, String> councilNames) {

        public Published {
            Objects.requireNonNull(reportId, "reportId");
            String own = Audience.normaliseCode(councilCode);
            councilCode = own;
            partners = Wording.codes(partners).stream().filter(code -> !code.equals(own)).toList();
            councilNames = Map.copyOf(councilNames);
        }
    }

    public static List<Notice> published(Published report) {
        String cycle = Wording.cycle(report.cycleName(), report.cycleId());
        String council = report.councilName() != null && !report.councilName().isBlank() ? report.councilName()
                : Wording.council(report.councilCode(), report.councilNames());
        String edition = report.correction() ? " (edition " + report.edition() + ", correcting the one before)" : "";
        String link = "/reports/" + report.reportId();
        List<Notice> notices = new ArrayList<>();
        notices.add(new Notice(Audience.council(report.councilCode()), PUBLISHED,
                (report.correction() ? "A corrected edition of your findings report for " : "Your findings report for ")
                        + cycle + " is published",
                "Your findings report for " + cycle + edition + " is published on Quads' public pages, where anyone"
                        + " can read it without signing in.",
                link, report.councilCode(), report.cycleId()));
        for (String partner : report.partners()) {
            notices.add(new Notice(Audience.council(partner), PUBLISHED,
                    council + "'s findings report for " + cycle + " is published",
                    "The findings report of " + council + ", your quad partner for " + cycle + edition
                            + ", is published on Quads' public pages.",
                    link, partner, report.cycleId()));
        }
        return List.copyOf(notices);
    }
}
