package scot.quads.quad;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Something a quad agreed one of its councils will do, by a date, following up some of the rubric's questions. */
public class Action {

    public static final String OPEN = "open";
    public static final String IN_PROGRESS = "in-progress";
    public static final String DONE = "done";
    public static final String DROPPED = "dropped";
    public static final List<String> STATUSES = List.of(OPEN, IN_PROGRESS, DONE, DROPPED);
    /** Statuses in which an action is still to be done. */
    public static final List<String> PENDING = List.of(OPEN, IN_PROGRESS);

    public UUID id;
    public UUID quadId;
    public UUID cycleId;
    public String ownerCouncil;
    public String description;
    public List<String> questionCodes;
    public LocalDate dueDate;
    public String status;
    public String statusReason;
    public OffsetDateTime createdAt;
    public String createdBy;
    public OffsetDateTime updatedAt;
    public String updatedBy;
    public int version;

    public boolean pending() {
        return PENDING.contains(status);
    }
}
