package scot.quads.notification.service;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.notification.Audience;
import scot.quads.notification.Council;
import scot.quads.notification.Cycle;
import scot.quads.notification.Notice;
import scot.quads.notification.Notification;
import scot.quads.notification.QuadMember;

/**
 * Turns facts from other services into notifications: gathers what the rules need from the projections, asks the
 * rule who is told what, and records each notice once. {@link #deliver} is the one place a notice is recorded, so
 * other ways of telling people (email, a live stream) can start from there.
 */
@ApplicationScoped
public class NotificationService {

    @Transactional
    public void selfEvaluationSubmitted(CloudEvent event, SelfEvaluationSubmittedV1 payload) {
        String council = Audience.normaliseCode(payload.councilCode());
        Cycle cycle = Cycle.findById(payload.cycleId());
        List<String> quad = QuadMember.quadOf(payload.cycleId(), council);
        List<String> named = new ArrayList<>(quad);
        named.add(council);
        SubmissionNotices.Submission submission = new SubmissionNotices.Submission(council, payload.cycleId(),
                cycle == null ? null : cycle.name, payload.submittedBy(), quad, Council.namesOf(named));
        deliver(event, SubmissionNotices.of(submission));
    }

    private void deliver(CloudEvent event, List<Notice> notices) {
        OffsetDateTime createdAt = event.time() != null ? event.time() : OffsetDateTime.now();
        for (Notice notice : notices) {
            Notification notification = Notification.of(notice, event.id(), createdAt);
            if (Notification.findById(notification.id) != null) {
                Log.debugf("Event %s was already told to %s", event.id(), notice.audience());
                continue;
            }
            notification.persist();
        }
    }
}
