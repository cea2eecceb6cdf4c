package scot.quads.rubric;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * An annual cycle ("2025-26"): every council answers one published rubric version by the submission deadline.
 * {@code version} is its ETag, bumped by every change at flush.
 */
@Entity
@Table(name = "cycle")
public class Cycle extends PanacheEntityBase {

    public static final String OPEN = "open";
    public static final String CLOSED = "closed";
    /** Reminders before the deadline when ADES sets none: two weeks, one week and one day. */
    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(14, 7, 1);
    /** The unique index on the name, whatever its case: two cycles opened with one name at once. */
    public static final String NAME_UNIQUE = "cycle_name_unique";

    @Id
    public UUID id;
    public String name;
    @Column(name = "rubric_version_id")
    public UUID rubricVersionId;
    @Column(name = "opens_on")
    public LocalDate opensOn;
    @Column(name = "submission_deadline")
    public LocalDate submissionDeadline;
    /** The end of the quads' peer-review window: the cycle closes the day after; null when ADES closes it by hand. */
    @Column(name = "closes_on")
    public LocalDate closesOn;
    @Column(name = "reveal_rule")
    public RevealRule revealRule;
    public String state;
    @Column(name = "created_at")
    public OffsetDateTime createdAt;
    @Column(name = "created_by")
    public String createdBy;
    /** Days before the deadline on which councils not yet submitted are reminded, largest first. */
    @Column(name = "reminder_days")
    @Convert(converter = ReminderDays.class)
    public List<Integer> reminderDays;
    /** Whether a council must write its self-evaluative statement before it can submit. */
    @Column(name = "statement_required")
    public boolean statementRequired;
    @Version
    public long version;

    public boolean isClosed() {
        return CLOSED.equals(state);
    }

    /** Answers are accepted up to the end of the deadline day. */
    public boolean deadlinePassed(LocalDate today) {
        return today.isAfter(submissionDeadline);
    }

    public static List<Cycle> newestFirst() {
        return list("order by opensOn desc, name");
    }

    /** Every cycle the scheduled jobs still look at. */
    public static List<UUID> notClosed() {
        return getEntityManager().createQuery("select c.id from Cycle c where c.state <> ?1", UUID.class)
                .setParameter(1, CLOSED)
                .getResultList();
    }

    public static boolean nameTaken(String name) {
        return count("lower(name) = lower(?1)", name.trim()) > 0;
    }

    /** The cycle, locked for the rest of the transaction. */
    public static Optional<Cycle> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Stored as text such as {@code 14,7,1}. */
    public static class ReminderDays implements AttributeConverter<List<Integer>, String> {
        @Override
        public String convertToDatabaseColumn(List<Integer> days) {
            return days == null ? null : days.stream().map(String::valueOf).collect(Collectors.joining(","));
        }

        @Override
        public List<Integer> convertToEntityAttribute(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
        }
    }
}
