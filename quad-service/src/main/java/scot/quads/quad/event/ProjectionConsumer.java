package scot.quads.quad.event;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import scot.quads.contract.Events;
import scot.quads.support.inbox.EventInbox;
import scot.quads.support.inbox.EventRouter;

/**
 * Reads the other services' topics into this service's projections, each event once (see {@link EventInbox});
 * a record that can never be applied goes to {@code quads.dead-letter.quad-service}.
 */
@ApplicationScoped
public class ProjectionConsumer {

    private final EventInbox inbox;
    private final EventRouter councils;
    private final EventRouter cycles;
    private final EventRouter rubricVersions;
    private final EventRouter selfEvaluations;

    public ProjectionConsumer(EventInbox inbox, Projections projections) {
        this.inbox = inbox;
        this.councils = EventRouter.builder()
                .on(Events.COUNCIL_REGISTERED, projections::council)
                .on(Events.COUNCIL_UPDATED, projections::council)
                .build();
        this.cycles = EventRouter.builder()
                .on(Events.CYCLE_OPENED, projections::cycle)
                .on(Events.CYCLE_CHANGED, projections::cycle)
                .on(Events.CYCLE_CLOSED, projections::cycle)
                .build();
        this.rubricVersions = EventRouter.builder()
                .on(Events.RUBRIC_VERSION_PUBLISHED, projections::rubricVersion)
                .build();
        this.selfEvaluations = EventRouter.builder()
                .on(Events.SELF_EVALUATION_SUBMITTED, projections::submission)
                .on(Events.SELF_EVALUATION_RETURNED, projections::returned)
                .on(Events.SELF_EVALUATION_RECALLED, projections::recalled)
                .on(Events.FOCUS_PROPOSED, projections::focus)
                .on(Events.FOCUS_AGREED, projections::focus)
                .on(Events.FOCUS_SENT_BACK, projections::focus)
                .build();
    }

    @Incoming("councils")
    @Blocking
    public void council(String value) {
        inbox.receive(value, councils);
    }

    @Incoming("cycles")
    @Blocking
    public void cycle(String value) {
        inbox.receive(value, cycles);
    }

    @Incoming("rubric-versions")
    @Blocking
    public void rubricVersion(String value) {
        inbox.receive(value, rubricVersions);
    }

    @Incoming("self-evaluations")
    @Blocking
    public void selfEvaluation(String value) {
        inbox.receive(value, selfEvaluations);
    }
}
