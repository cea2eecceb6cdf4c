package scot.quads.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import scot.quads.contract.payload.ActionV1;
import scot.quads.contract.payload.CouncilV1;
import scot.quads.contract.payload.CycleV1;
import scot.quads.contract.payload.GuestInvitationV1;
import scot.quads.contract.payload.RubricVersionPublishedV1;
import scot.quads.contract.payload.SelfEvaluationSubmittedV1;

/**
 * Events written by earlier releases sit on the topics for as long as they are retained: every stored example
 * under {@code events/} must keep reading with today's payload records.
 */
class StoredEventsStillReadTest {

    static Iterable<EventType<?>> everyType() {
        return Events.ALL;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyType")
    void everyPublishedTypeHasAStoredExampleThatStillReads(EventType<?> type) throws IOException {
        String json = stored(type.name());

        CloudEvent event = EventCodec.read(json);
        Object payload = EventCodec.data(event, type);

        assertThat(event.type()).isEqualTo(type.name());
        assertThat(payload).isInstanceOf(type.payload());
        assertThat(Events.byName(event.type())).contains(type);
    }

    @Test
    void payloadFieldsSurviveTheRoundTrip() throws IOException {
        SelfEvaluationSubmittedV1 submitted = EventCodec.data(
                EventCodec.read(stored("quads.self-evaluation.submitted.v1")), Events.SELF_EVALUATION_SUBMITTED);

        assertThat(submitted.councilCode()).isEqualTo("S12000049");
        assertThat(submitted.answers()).hasSize(2);
        assertThat(submitted.answers().get(0).level()).isEqualTo(4);
        assertThat(submitted.answers().get(1).notApplicable()).isTrue();
        assertThat(submitted.answers().get(1).notApplicableReason()).isEqualTo("No Gaelic medium provision");

        CycleV1 cycle = EventCodec.data(EventCodec.read(stored("quads.cycle.opened.v1")), Events.CYCLE_OPENED);
        assertThat(cycle.submissionDeadline()).isEqualTo(LocalDate.of(2026, 1, 31));
    }

    @Test
    void aVersionPublishedBeforeLineageWasCarriedReadsAsHavingNone() throws IOException {
        RubricVersionPublishedV1 version = EventCodec.data(
                EventCodec.read(stored("quads.rubric-version.published.v1")), Events.RUBRIC_VERSION_PUBLISHED);

        assertThat(version.basedOnVersionId()).isNull();
        RubricVersionPublishedV1.Question question = version.themes().get(0).indicators().get(0).questions().get(0);
        assertThat(question.lineage()).isNull();
        assertThat(question.derivedFrom()).isEmpty();
    }

    @Test
    void aGuestInvitationFromBeforeTheInvitersCouncilWasCarriedReadsAsHavingNone() throws IOException {
        GuestInvitationV1 invitation = EventCodec.data(EventCodec.read(stored("quads.guest.invited.v1")),
                Events.GUEST_INVITED);

        assertThat(invitation.by()).isEqualTo("editor-fife");
        assertThat(invitation.byCouncil()).isNull();
        assertThat(invitation.sessions()).hasSize(1);
    }

    @Test
    void eventsFromBeforeGrainsReadAsGradedPerQuestionWithGradedQuestionsAndNoIndicatorAnswers()
            throws IOException {
        RubricVersionPublishedV1 version = EventCodec.data(
                EventCodec.read(stored("quads.rubric-version.published.v1")), Events.RUBRIC_VERSION_PUBLISHED);
        assertThat(version.gradingGrain()).isNull();
        assertThat(version.gradedPerIndicator()).isFalse();
        RubricVersionPublishedV1.Question question = version.themes().get(0).indicators().get(0).questions().get(0);
        assertThat(question.narrative()).isFalse();

        SelfEvaluationSubmittedV1 submitted = EventCodec.data(
                EventCodec.read(stored("quads.self-evaluation.submitted.v1")), Events.SELF_EVALUATION_SUBMITTED);
        assertThat(submitted.indicatorAnswers()).isEmpty();
    }

    @Test
    void aSubmissionAndAVersionGradedPerIndicatorRead() throws IOException {
        SelfEvaluationSubmittedV1 submitted = EventCodec.data(EventCodec.read(
                stored("quads.self-evaluation.submitted.v1.graded-per-indicator")), Events.SELF_EVALUATION_SUBMITTED);
        assertThat(submitted.indicatorAnswers()).extracting(SelfEvaluationSubmittedV1.IndicatorAnswer::indicatorCode)
                .containsExactly("A1", "A2");
        assertThat(submitted.indicatorAnswers().get(0).level()).isEqualTo(5);
        assertThat(submitted.indicatorAnswers().get(1).notApplicable()).isTrue();
        assertThat(submitted.answers().get(0).level()).isNull();

        RubricVersionPublishedV1 version = EventCodec.data(EventCodec.read(
                stored("quads.rubric-version.published.v1.graded-per-indicator")), Events.RUBRIC_VERSION_PUBLISHED);
        assertThat(version.gradedPerIndicator()).isTrue();
        RubricVersionPublishedV1.Indicator indicator = version.themes().get(0).indicators().get(0);
        assertThat(indicator.notApplicableAllowed()).isFalse();
        assertThat(indicator.questions()).allSatisfy(q -> assertThat(q.narrative()).isTrue());
        assertThat(indicator.questions().get(1).required()).isFalse();
        // Published before indicators carried lineage: none, and readers follow an indicator by its code.
        assertThat(indicator.lineage()).isNull();
        assertThat(indicator.derivedFrom()).isEmpty();
    }

    @Test
    void indicatorLineageSurvivesTheRoundTrip() {
        RubricVersionPublishedV1.Indicator merged = new RubricVersionPublishedV1.Indicator("C9",
                "Planning with families", List.of(new RubricVersionPublishedV1.Question("C9-1",
                        "What do families tell us?", false, "new", List.of(), "narrative", true)),
                false, "merged-from", List.of("C1", "C2"));
        RubricVersionPublishedV1 version = new RubricVersionPublishedV1(UUID.randomUUID(), "QUADS-DEMO-QI", "Demo",
                2, "2026-27", List.of(new RubricVersionPublishedV1.Level(1, "Unsatisfactory", "Major weaknesses")),
                List.of(new RubricVersionPublishedV1.Theme("C", "Partnership", List.of(merged))), UUID.randomUUID(),
                RubricVersionPublishedV1.GRADED_PER_QUALITY_INDICATOR);
        CloudEvent written = EventCodec.event(Events.RUBRIC_VERSION_PUBLISHED, "/rubric-service",
                version.versionId().toString(), version);

        RubricVersionPublishedV1 read = EventCodec.data(EventCodec.read(EventCodec.write(written)),
                Events.RUBRIC_VERSION_PUBLISHED);

        assertThat(read).isEqualTo(version);
        assertThat(read.themes().get(0).indicators().get(0).lineage()).isEqualTo("merged-from");
        assertThat(read.themes().get(0).indicators().get(0).derivedFrom()).containsExactly("C1", "C2");
    }

    @Test
    void anActionWrittenBeforeTheImprovementPlanReadsWithoutItsFieldsAndOneWrittenAfterWithThem()
            throws IOException {
        ActionV1 before = EventCodec.data(EventCodec.read(stored("quads.action.created.v1")), Events.ACTION_CREATED);
        assertThat(before.description()).isEqualTo("Share the attendance tracking approach with partners");
        assertThat(before.officerName()).isNull();
        assertThat(before.target()).isNull();
        assertThat(before.indicatorCode()).isNull();
        assertThat(before.nextStepId()).isNull();

        ActionV1 after = EventCodec.data(EventCodec.read(stored("quads.action.created.v1.improvement-plan")),
                Events.ACTION_CREATED);
        assertThat(after.officerName()).isEqualTo("A. Example");
        assertThat(after.officerRole()).isEqualTo("Quality improvement officer");
        assertThat(after.successMeasure()).isEqualTo("Secondary attendance in the four schools");
        assertThat(after.baseline()).isEqualTo("86.1% (2025-26)");
        assertThat(after.target()).isEqualTo("89% by June 2027");
        assertThat(after.indicatorCode()).isEqualTo("CHN19a");
        assertThat(after.nextStepId()).isEqualTo(UUID.fromString("ffffffff-0001-4c1e-9a0c-5d6c2b3a4e26"));
        assertThat(after.followUpOn()).isNull();
        ActionV1 reminder = EventCodec.data(EventCodec.read(stored("quads.action.follow-up-due.v1")),
                Events.ACTION_FOLLOW_UP_DUE);
        assertThat(reminder.followUpOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(EventCodec.data(EventCodec.read(EventCodec.write(EventCodec.event(Events.ACTION_CREATED,
                "/quad-service", after.quadId().toString(), after))), Events.ACTION_CREATED)).isEqualTo(after);
    }

    @Test
    void questionLineageSurvivesTheRoundTrip() {
        RubricVersionPublishedV1.Question merged = new RubricVersionPublishedV1.Question("2.1.1",
                "How well do we plan and track learning?", false, "merged-from", List.of("2.1.1", "2.1.2"));
        RubricVersionPublishedV1 version = new RubricVersionPublishedV1(UUID.randomUUID(), "QUADS-DEMO", "Demo", 2,
                "2026-27", List.of(new RubricVersionPublishedV1.Level(1, "Unsatisfactory", "Major weaknesses")),
                List.of(new RubricVersionPublishedV1.Theme("2", "Learning", List.of(
                        new RubricVersionPublishedV1.Indicator("QI 2.1", "Planning", List.of(merged))))),
                UUID.randomUUID());
        CloudEvent written = EventCodec.event(Events.RUBRIC_VERSION_PUBLISHED, "/rubric-service",
                version.versionId().toString(), version);

        RubricVersionPublishedV1 read = EventCodec.data(EventCodec.read(EventCodec.write(written)),
                Events.RUBRIC_VERSION_PUBLISHED);

        assertThat(read).isEqualTo(version);
        assertThat(read.themes().get(0).indicators().get(0).questions().get(0).derivedFrom())
                .containsExactly("2.1.1", "2.1.2");
    }

    @Test
    void writtenEventsReadBackIdentically() {
        CouncilV1 council = new CouncilV1("S12000036", "City of Edinburgh", "Edinburgh, City of", "S12000008",
                "South East", 1, 4, true);
        CloudEvent written = EventCodec.event(Events.COUNCIL_UPDATED, "/authority-service", council.gssCode(), council);

        CloudEvent read = EventCodec.read(EventCodec.write(written));

        assertThat(read).isEqualTo(written);
        assertThat(EventCodec.data(read, Events.COUNCIL_UPDATED)).isEqualTo(council);
    }

    @Test
    void fieldsAddedByANewerProducerAreIgnored() {
        String newer = """
                {"specversion":"1.0","id":"%s","source":"/authority-service","type":"quads.council.updated.v1",
                 "futureAttribute":"x","data":{"gssCode":"S12000041","name":"Angus","active":true,"headcount":12}}
                """.formatted(UUID.randomUUID());

        CouncilV1 council = EventCodec.data(EventCodec.read(newer), Events.COUNCIL_UPDATED);

        assertThat(council.name()).isEqualTo("Angus");
    }

    @Test
    void recordsThatAreNotEventsAreMalformed() {
        assertThatThrownBy(() -> EventCodec.read("not json")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.read("")).isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> EventCodec.read("{\"specversion\":\"0.3\",\"id\":\"1\",\"source\":\"s\",\"type\":\"t\"}"))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("specversion");
        assertThatThrownBy(() -> EventCodec.read("{\"specversion\":\"1.0\",\"source\":\"s\",\"type\":\"t\"}"))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void aPayloadMissingItsKeyIsMalformed() {
        String noCode = """
                {"specversion":"1.0","id":"1","source":"/authority-service","type":"quads.council.updated.v1",
                 "data":{"name":"Angus"}}
                """;

        assertThatThrownBy(() -> EventCodec.data(EventCodec.read(noCode), Events.COUNCIL_UPDATED))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("gssCode");
    }

    private static String stored(String typeName) throws IOException {
        try (InputStream in = StoredEventsStillReadTest.class.getResourceAsStream("/events/" + typeName + ".json")) {
            assertThat(in).as("a stored example events/%s.json", typeName).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
