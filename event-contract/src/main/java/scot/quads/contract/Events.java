package scot.quads.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.QuadV1;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;

/** The catalogue of every event type the platform publishes. */
public final class Events {

    public static final EventType<CouncilV1> COUNCIL_REGISTERED =
            new EventType<>("quads.council.registered.v1", Topics.COUNCILS, CouncilV1.class);
    public static final EventType<CouncilV1> COUNCIL_UPDATED =
            new EventType<>("quads.council.updated.v1", Topics.COUNCILS, CouncilV1.class);

    public static final EventType<RubricVersionPublishedV1> RUBRIC_VERSION_PUBLISHED =
            new EventType<>("quads.rubric-version.published.v1", Topics.RUBRIC_VERSIONS, RubricVersionPublishedV1.class);

    public static final EventType<CycleV1> CYCLE_OPENED =
            new EventType<>("quads.cycle.opened.v1", Topics.CYCLES, CycleV1.class);

    public static final EventType<SelfEvaluationSubmittedV1> SELF_EVALUATION_SUBMITTED =
            new EventType<>("quads.self-evaluation.submitted.v1", Topics.SELF_EVALUATIONS,
                    SelfEvaluationSubmittedV1.class);

    public static final EventType<QuadV1> QUAD_FORMED =
            new EventType<>("quads.quad.formed.v1", Topics.QUADS, QuadV1.class);

    public static final List<EventType<?>> ALL = List.of(
            COUNCIL_REGISTERED, COUNCIL_UPDATED, RUBRIC_VERSION_PUBLISHED, CYCLE_OPENED,
            SELF_EVALUATION_SUBMITTED, QUAD_FORMED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    private Events() {
    }
}
