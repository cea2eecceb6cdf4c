package scot.quads.quad.work;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import scot.quads.contract.EventType;
import scot.quads.contract.Events;
import scot.quads.contract.payload.ActionV1;
import scot.quads.quad.Action;
import scot.quads.quad.ActionNotice;
import scot.quads.quad.ActionProgress;
import scot.quads.quad.repository.FollowUpRepository;
import scot.quads.quad.config.QuadConfig;
import scot.quads.quad.event.QuadWorkEvents;
import scot.quads.support.outbox.Outbox;

/**
 * Tells the quad when an action is nearly due (within a week) and when it is overdue (its due date has passed and
 * it is neither done nor dropped). Each notice goes out once per action and kind: the job records it in
 * {@code quad_action_notice} (primary key) in the transaction that writes the outbox, as rubric-service does for
 * deadline reminders, so several replicas, restarts or a manual run never send one twice. A day missed while the
 * service was down is caught up on the next run; an action already overdue is not also announced as due soon.
 * Within four weeks of an action's follow-up point its owner is reminded, once, to record the action's progress.
 */
@ApplicationScoped
public class ActionReminders {

    static final String DUE_SOON = "due-soon";
    static final String OVERDUE = "overdue";
    static final int DUE_SOON_DAYS = 7;
    static final String FOLLOW_UP = "follow-up";
    /** The follow-up reminder goes out this many days before the follow-up point (or up to as many after it). */
    static final int FOLLOW_UP_DAYS = 28;

    private final Outbox outbox;
    private final Clock clock;
    private final QuadConfig config;
    private final FollowUpRepository followUps;
    private final FollowUpService followUp;

    public ActionReminders(Outbox outbox, Clock clock, QuadConfig config, FollowUpRepository followUps,
            FollowUpService followUp) {
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.followUps = followUps;
        this.followUp = followUp;
    }

    @Scheduled(cron = "${quads.quad.action-reminders-cron:0 30 6 * * ?}", timeZone = "Europe/London",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        sendDue(LocalDate.now(clock.withZone(config.timeZone())));
    }

    /** Sends every notice due on {@code today}; returns how many it published. */
    public int sendDue(LocalDate today) {
        List<UUID> candidates = QuarkusTransaction.requiringNew()
                .call(() -> Action.pendingDueBy(today.plusDays(DUE_SOON_DAYS)));
        int sent = 0;
        for (UUID actionId : candidates) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> notice(actionId, today))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                Log.errorf(e, "Notice for action %s failed; the next run tries again", actionId);
            }
        }
        // A year after publication is computed at UTC in the query: a day more is asked for, and each is checked.
        List<UUID> following = QuarkusTransaction.requiringNew()
                .call(() -> followUps.followUpDueBy(today.plusDays(FOLLOW_UP_DAYS + 1)));
        for (UUID actionId : following) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> followUpNotice(actionId, today))) {
                    sent++;
                }
            } catch (RuntimeException e) {
                Log.errorf(e, "Follow-up reminder for action %s failed; the next run tries again", actionId);
            }
        }
        return sent;
    }

    /**
     * Reminds the owner to record the action's progress, once, within {@value #FOLLOW_UP_DAYS} days of its follow-up
     * point (before or after: a point long past is not reminded of); not when progress was recorded in that time.
     */
    private boolean followUpNotice(UUID actionId, LocalDate today) {
        Action action = Action.forNotice(actionId).orElse(null);
        if (action == null) {
            return false;
        }
        LocalDate point = followUp.pointFor(action);
        if (point == null || point.isAfter(today.plusDays(FOLLOW_UP_DAYS))
                || point.isBefore(today.minusDays(FOLLOW_UP_DAYS))) {
            return false;
        }
        if (ActionNotice.sent(actionId, FOLLOW_UP)) {
            return false;
        }
        LocalDate windowOpens = point.minusDays(FOLLOW_UP_DAYS);
        boolean recorded = ActionProgress.ofActions(List.of(actionId)).stream()
                .anyMatch(p -> !p.recordedAt.atZoneSameInstant(config.timeZone()).toLocalDate().isBefore(windowOpens));
        if (recorded) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        ActionNotice.of(actionId, FOLLOW_UP, today, now).persist();
        outbox.publish(Events.ACTION_FOLLOW_UP_DUE, action.quadId.toString(),
                QuadWorkEvents.action(action, null, null, now, point));
        Log.infof("Action %s of quad %s (%s): follow-up on %s reminded", action.id, action.quadId,
                action.ownerCouncil, point);
        return true;
    }

    /**
     * Announces the action's notice due today, unless it went out before. The action's row is locked first, so that
     * replicas running the job at once decide about one action one after the other: the second finds the notice.
     */
    private boolean notice(UUID actionId, LocalDate today) {
        Action action = Action.forNotice(actionId).orElse(null);
        if (action == null || !action.pending()) {
            return false;
        }
        String kind = action.dueDate.isBefore(today) ? OVERDUE
                : action.dueDate.isAfter(today.plusDays(DUE_SOON_DAYS)) ? null : DUE_SOON;
        if (kind == null) {
            return false;
        }
        if (ActionNotice.sent(actionId, kind)) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        ActionNotice.of(actionId, kind, today, now).persist();
        EventType<ActionV1> type = OVERDUE.equals(kind) ? Events.ACTION_OVERDUE : Events.ACTION_DUE_SOON;
        outbox.publish(type, action.quadId.toString(), QuadWorkEvents.action(action, null, null, now));
        Log.infof("Action %s of quad %s (%s, due %s): %s", action.id, action.quadId, action.ownerCouncil,
                action.dueDate, kind);
        return true;
    }
}
