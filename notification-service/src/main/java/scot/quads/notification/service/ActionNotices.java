package scot.quads.notification.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import scot.quads.notification.Audience;
import scot.quads.notification.Notice;

/**
 * Who is told about an action a quad agreed: the council that owns it, when it is assigned, when it is due within
 * a week and when it is overdue. An action already done or dropped needs no reminder.
 */
public final class ActionNotices {

    private static final Set<String> FINISHED = Set.of("done", "dropped");
    private static final int TITLE_LENGTH = 60;

    private ActionNotices() {
    }

    public record Action(UUID actionId, UUID quadId, UUID cycleId, String cycleName, String ownerCouncilCode,
            String description, LocalDate dueDate, String status, Map<String, String> councilNames) {

        public Action {
            Objects.requireNonNull(actionId, "actionId");
            Objects.requireNonNull(quadId, "quadId");
            Objects.requireNonNull(cycleId, "cycleId");
            ownerCouncilCode = Audience.normaliseCode(ownerCouncilCode);
            description = description == null || description.isBlank() ? "(no description)" : description.trim();
            councilNames = Map.copyOf(councilNames);
        }

        String owner() {
            return Wording.council(ownerCouncilCode, councilNames);
        }

        String cycle() {
            return Wording.cycle(cycleName, cycleId);
        }

        String due() {
            return dueDate == null ? "" : ", due on " + Wording.date(dueDate);
        }

        boolean finished() {
            return status != null && FINISHED.contains(status);
        }
    }

    public static List<Notice> assigned(Action action) {
        return notice(action, "New action for " + action.owner() + ": " + shortened(action.description()),
                "Your quad agreed an action for " + action.owner() + " in " + action.cycle() + action.due() + ": "
                        + action.description());
    }

    public static List<Notice> dueSoon(Action action) {
        if (action.finished()) {
            return List.of();
        }
        String on = action.dueDate() == null ? null : "on " + Wording.date(action.dueDate());
        return notice(action, "Action due " + (on == null ? "soon" : on) + ": " + shortened(action.description()),
                action.owner() + "'s action in " + action.cycle() + " is due "
                        + (on == null ? "within a week" : on)
                        + " and is not done yet: " + action.description());
    }

    public static List<Notice> overdue(Action action) {
        if (action.finished()) {
            return List.of();
        }
        return notice(action, "Action overdue: " + shortened(action.description()),
                action.owner() + "'s action in " + action.cycle() + " is overdue"
                        + (action.dueDate() == null ? "" : " (it was due on " + Wording.date(action.dueDate()) + ")")
                        + ": "
                        + action.description());
    }

    /**
     * The action's follow-up point is near (or just passed): its owner records its status and the evidence of its
     * impact, on the council's improvement plan page. Done and dropped actions are followed up too.
     */
    public static List<Notice> followUpDue(Action action, LocalDate followUpOn) {
        String by = followUpOn == null ? "" : " by " + Wording.date(followUpOn);
        return List.of(new Notice(Audience.council(action.ownerCouncilCode()), NoticeTypes.ACTION,
                "Record progress" + by + ": " + shortened(action.description()),
                action.owner() + "'s action from " + action.cycle() + " comes to its follow-up" + by + ". Record how"
                        + " far it has got and the evidence of its impact in your council's improvement plan: "
                        + action.description(),
                "/council/plan#plan-" + action.actionId(), action.ownerCouncilCode(), action.cycleId()));
    }

    private static List<Notice> notice(Action action, String title, String body) {
        return List.of(new Notice(Audience.council(action.ownerCouncilCode()), NoticeTypes.ACTION, title, body,
                Wording.cycleLink(action.cycleId(), "quads/" + action.quadId() + "/actions/" + action.actionId()),
                action.ownerCouncilCode(), action.cycleId()));
    }

    private static String shortened(String text) {
        return text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH - 1).trim() + "…";
    }
}
