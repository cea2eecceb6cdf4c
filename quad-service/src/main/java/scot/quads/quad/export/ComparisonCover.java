package scot.quads.quad.export;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import scot.quads.quad.comparison.Comparison;
import scot.quads.quad.comparison.Comparison.MemberStatus;

/**
 * What every download of a comparison says about itself, so that a page in a committee paper cannot be mistaken:
 * the quad and cycle by name, the members by name, whether it is a DRAFT (some member has not submitted, so the
 * figures can still change) and when the file was made.
 *
 * @param title "Northern quad – quad comparison 2026-27", also the file's name before its extension
 * @param status "DRAFT – 3 of 4 members have submitted" or "Final – every member has submitted"
 * @param generatedOn "Generated on 6 December 2026 at 18:20 (UK time)"
 * @param names each member's council name by its code (the code where the name is not known)
 */
public record ComparisonCover(String title, boolean draft, String status, String deadline, String generatedOn,
        Map<String, String> names) {

    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    public static ComparisonCover of(Comparison comparison, ZonedDateTime now) {
        long submitted = comparison.members().stream().filter(MemberStatus::submitted).count();
        int members = comparison.members().size();
        boolean draft = submitted < members;
        String status = draft ? "DRAFT \u2013 " + submitted + " of " + members + " members have submitted"
                : "Final \u2013 every member has submitted";
        Map<String, String> names = new LinkedHashMap<>();
        comparison.members().forEach(member -> names.put(member.code(),
                member.name() == null || member.name().isBlank() ? member.code() : member.name()));
        LocalDate deadline = comparison.cycle().submissionDeadline();
        return new ComparisonCover(comparison.quad().name() + " \u2013 quad comparison " + comparison.cycle().name(),
                draft, status, deadline == null ? "" : DATE.format(deadline),
                "Generated on " + DATE.format(now) + " at " + TIME.format(now) + " (UK time)", names);
    }

    /** The council's name, or its code where the name is not known. */
    public String name(String code) {
        return names.getOrDefault(code, code);
    }

    public String fileName(String extension) {
        return title + "." + extension;
    }
}
