package scot.quads.quad.event;

import java.time.OffsetDateTime;
import scot.quads.contract.payload.FindingsReportV1;
import scot.quads.quad.findings.FindingsReport;

/** Maps a findings report's edition to the payload other services receive; its text stays here. */
public final class FindingsEvents {

    private FindingsEvents() {
    }

    public static FindingsReportV1 report(FindingsReport report, String by, OffsetDateTime at) {
        return new FindingsReportV1(report.id, report.cycleId, report.quadId, report.councilCode, report.councilName,
                report.cycleName, report.edition, report.state, report.supersedes, report.supersededBy, by, at);
    }
}
