package scot.quads.quad;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import scot.quads.contract.CloudEvent;
import scot.quads.contract.EventCodec;
import scot.quads.contract.Events;
import scot.quads.contract.Topics;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.RubricVersionPublishedV1.Indicator;
import scot.quads.contract.payload.RubricVersionPublishedV1.Level;
import scot.quads.contract.payload.RubricVersionPublishedV1.Question;
import scot.quads.contract.payload.RubricVersionPublishedV1.Theme;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.SelfEvaluationRecalledV1;
import scot.quads.contract.payload.SelfEvaluationReturnedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1.Answer;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;
import scot.quads.testing.TestKafka;

/**
 * Puts other services' events on the test broker, as authority-service and rubric-service would, and waits until
 * this service has projected them. Every id and council code is fresh, so tests sharing the database never meet.
 */
public final class Feed {

    private static final AtomicInteger CODES = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 500_000));
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The demonstration rubric's questions, in rubric order. */
    public static final List<String> QUESTIONS = List.of("1.1.1", "1.1.2", "2.1.1");

    private Feed() {
    }

    /** A GSS-shaped code no other test uses (real codes run S12000005 to S12000050). */
    public static String newCouncilCode() {
        return "S12" + CODES.incrementAndGet();
    }

    public static CloudEvent councilEvent(String code, String name, boolean active) {
        return EventCodec.event(Events.COUNCIL_REGISTERED, "/authority-service", code,
                new CouncilV1(code, name, name, null, "Test Collaborative", 2, 3, active));
    }

    public static void council(String code, String name, boolean active) {
        TestKafka.send(Topics.COUNCILS, code, councilEvent(code, name, active));
    }

    /** Registers councils (active, named after their codes) and waits until all are projected. */
    public static List<String> councils(int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String code = newCouncilCode();
            council(code, "Council " + code, true);
            codes.add(code);
        }
        await().atMost(PATIENCE).until(() -> tx(() -> codes.stream().allMatch(c -> Stored.council(c) != null)));
        return codes;
    }

    public static CloudEvent cycleEvent(UUID cycleId, UUID versionId, LocalDate deadline, String revealRule) {
        return EventCodec.event(Events.CYCLE_OPENED, "/rubric-service", cycleId.toString(),
                new CycleV1(cycleId, "Cycle " + cycleId.toString().substring(0, 8), versionId,
                        deadline.minusMonths(4), deadline, revealRule, "open"));
    }

    public static UUID cycle(UUID versionId, LocalDate deadline, String revealRule) {
        UUID cycleId = UUID.randomUUID();
        TestKafka.send(Topics.CYCLES, cycleId.toString(), cycleEvent(cycleId, versionId, deadline, revealRule));
        awaitCycle(cycleId);
        return cycleId;
    }

    public static void awaitCycle(UUID cycleId) {
        await().atMost(PATIENCE).until(() -> tx(() -> Stored.cycle(cycleId) != null));
    }

    /** Two themes, three questions, HM Inspectors' six-point scale. */
    public static CloudEvent rubricVersionEvent(UUID versionId) {
        List<Level> scale = List.of(new Level(6, "Excellent", "Outstanding, sector-leading"),
                new Level(5, "Very good", "Major strengths"),
                new Level(4, "Good", "Important strengths, some aspects need improvement"),
                new Level(3, "Satisfactory", "Strengths just outweigh weaknesses"),
                new Level(2, "Weak", "Important weaknesses"),
                new Level(1, "Unsatisfactory", "Major weaknesses"));
        List<Theme> themes = List.of(
                new Theme("1", "What key outcomes have we achieved?", List.of(
                        new Indicator("QI 1.1", "Improvements in performance", List.of(
                                new Question("1.1.1", "How well are we raising attainment?", false),
                                new Question("1.1.2", "How well are we closing the poverty-related gap?", true))))),
                new Theme("2", "How well do we meet the needs of our stakeholders?", List.of(
                        new Indicator("QI 2.1", "Impact on learners", List.of(
                                new Question("2.1.1", "How well do learners progress?", false))))));
        return EventCodec.event(Events.RUBRIC_VERSION_PUBLISHED, "/rubric-service", versionId.toString(),
                new RubricVersionPublishedV1(versionId, "QUADS-TEST", "Test framework", 1, "Test version " + versionId,
                        scale, themes));
    }

    public static UUID rubricVersion() {
        UUID versionId = UUID.randomUUID();
        publishRubricVersion(versionId);
        await().atMost(PATIENCE).until(() -> tx(() -> Stored.rubricVersion(versionId) != null));
        return versionId;
    }

    public static void publishRubricVersion(UUID versionId) {
        TestKafka.send(Topics.RUBRIC_VERSIONS, versionId.toString(), rubricVersionEvent(versionId));
    }

    /** An answer with a level; its narratives carry {@code marker} so a test can look for them anywhere. */
    public static Answer graded(String question, int level, String marker) {
        return new Answer(question, level, false, null, "Evidence " + marker, "Strengths " + marker,
                "Areas " + marker, "Next steps " + marker);
    }

    public static Answer notApplicable(String question, String reason) {
        return new Answer(question, null, true, reason, null, null, null, null);
    }

    public static CloudEvent submissionEvent(UUID evaluationId, UUID cycleId, String council, UUID versionId,
            List<Answer> answers) {
        return submissionEvent(evaluationId, cycleId, council, versionId, answers,
                OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS));
    }

    public static CloudEvent submissionEvent(UUID evaluationId, UUID cycleId, String council, UUID versionId,
            List<Answer> answers, OffsetDateTime submittedAt) {
        return EventCodec.event(Events.SELF_EVALUATION_SUBMITTED, "/rubric-service", evaluationId.toString(),
                new SelfEvaluationSubmittedV1(evaluationId, cycleId, council, versionId, submittedAt,
                        "editor-" + council.toLowerCase(), answers));
    }

    public static CloudEvent returnedEvent(UUID evaluationId, UUID cycleId, String council, OffsetDateTime at) {
        return EventCodec.event(Events.SELF_EVALUATION_RETURNED, "/rubric-service", evaluationId.toString(),
                new SelfEvaluationReturnedV1(evaluationId, cycleId, council, at, "ades", "Please add evidence"));
    }

    public static CloudEvent recalledEvent(UUID evaluationId, UUID cycleId, String council, OffsetDateTime at) {
        return EventCodec.event(Events.SELF_EVALUATION_RECALLED, "/rubric-service", evaluationId.toString(),
                new SelfEvaluationRecalledV1(evaluationId, cycleId, council, at, "editor-" + council.toLowerCase()));
    }

    /** Sends a version with these themes (lineage included) and waits until it is projected. */
    public static void publishRubricVersion(UUID versionId, UUID basedOn, int number, List<Theme> themes) {
        TestKafka.send(Topics.RUBRIC_VERSIONS, versionId.toString(), EventCodec.event(Events.RUBRIC_VERSION_PUBLISHED,
                "/rubric-service", versionId.toString(), new RubricVersionPublishedV1(versionId, "QUADS-TEST",
                        "Test framework", number, "Test version " + number + " " + versionId, SCALE, themes,
                        basedOn)));
        await().atMost(PATIENCE).until(() -> tx(() -> Stored.rubricVersion(versionId) != null));
    }

    public static final List<Level> SCALE = List.of(new Level(6, "Excellent", "Outstanding, sector-leading"),
            new Level(5, "Very good", "Major strengths"),
            new Level(4, "Good", "Important strengths, some aspects need improvement"),
            new Level(3, "Satisfactory", "Strengths just outweigh weaknesses"),
            new Level(2, "Weak", "Important weaknesses"),
            new Level(1, "Unsatisfactory", "Major weaknesses"));

    /** Sends a submission and waits until it is projected; returns the evaluation's id. */
    public static UUID submit(UUID cycleId, String council, UUID versionId, List<Answer> answers) {
        UUID evaluationId = UUID.randomUUID();
        send(submissionEvent(evaluationId, cycleId, council, versionId, answers));
        awaitSubmission(evaluationId);
        return evaluationId;
    }

    public static void send(CloudEvent submission) {
        TestKafka.send(Topics.SELF_EVALUATIONS, submission.subject(), submission);
    }

    public static void awaitSubmission(UUID evaluationId) {
        await().atMost(PATIENCE).until(() -> tx(() -> Stored.submission(evaluationId) != null));
    }

    public static <T> T tx(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }
}
