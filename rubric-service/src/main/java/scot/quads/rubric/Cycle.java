package scot.quads.rubric;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.UUID;

/** An annual cycle ("2025-26"): every council answers one published rubric version by the submission deadline. */
public class Cycle {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";
    /** Reminders before the deadline when ADES sets none: two weeks, one week and one day. */
    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(14, 7, 1);

    public UUID id;
    public String name;
    public UUID rubricVersionId;
    public LocalDate opensOn;
    public LocalDate submissionDeadline;
    /** The end of the quads' peer-review window: the cycle closes the day after; null when ADES closes it by hand. */
    public LocalDate closesOn;
    public RevealRule revealRule;
    public String state;
    public OffsetDateTime createdAt;
    public String createdBy;
    /** Days before the deadline on which councils not yet submitted are reminded, largest first. */
    public List<Integer> reminderDays;
    /** The ETag: CycleRepository.update bumps it, and writes only if the row is still at the version read. */
    public long version;

    public boolean isClosed() {
        return CLOSED.equals(state);
    }

    /** Answers are accepted up to the end of the deadline day. */
    public boolean deadlinePassed(LocalDate today) {
        return today.isAfter(submissionDeadline);
    }

    /** The reminder days as the column stores them, such as {@code 14,7,1}. */
    public static String reminderDaysText(List<Integer> days) {
        return days == null ? null : days.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static List<Integer> reminderDaysOf(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
