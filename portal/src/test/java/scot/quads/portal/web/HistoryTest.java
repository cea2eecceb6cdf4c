package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import scot.quads.portal.client.RubricApi.AuditEntry;
import scot.quads.portal.client.RubricApi.Level;
import scot.quads.portal.client.RubricApi.Version;

class HistoryTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Version VERSION = new Version(UUID.randomUUID(), "HGIOEA", "How good", 1, "2026-27", "published", 1,
            List.of(new Level(3, "Good", "..."), new Level(4, "Very good", "...")), List.of());
    static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T14:05:00Z");

    @Test
    void aSavedAnswerSaysWhichPartsChangedAndTheLevelsAsNumberAndLabel() throws Exception {
        History line = History.of(List.of(new AuditEntry(AT, "glasgow-city", "answer.saved", "1.1.1", 3, 4,
                JSON.readTree("{\"changed\":[\"level\",\"evidence\"]}"))), VERSION).get(0);
        assertThat(line.what()).isEqualTo("Changed the answer: evaluation level, evidence");
        assertThat(line.change()).isEqualTo("Level 3 Good to 4 Very good");
        assertThat(line.when()).isEqualTo("20 November 2026 at 2:05pm");
        assertThat(line.by()).isEqualTo("glasgow-city");
    }

    @Test
    void carryForwardSubmissionAndReturnAreToldInWords() throws Exception {
        List<History> lines = History.of(List.of(
                new AuditEntry(AT, "ades", "evaluation.returned", null, null, null,
                        JSON.readTree("{\"reason\":\"Add the attainment evidence\"}")),
                new AuditEntry(AT, "glasgow-city", "answer.confirmed", "1.1.1", 3, 3, null),
                new AuditEntry(AT, "glasgow-city", "evaluation.carried-forward", null, null, null,
                        JSON.readTree("{\"fromCycle\":\"2025-26\",\"copied\":57,\"noted\":1}")),
                new AuditEntry(AT, "glasgow-city", "evaluation.submitted", null, null, null, null)), VERSION);
        assertThat(lines).extracting(History::what).containsExactly(
                "Returned it for revision: Add the attainment evidence",
                "Confirmed the answer carried forward",
                "Carried answers forward from 2025-26 (57 copied, 1 to assess afresh)",
                "Submitted the self-evaluation");
        assertThat(lines.get(1).change()).isEqualTo("Level 3 Good (unchanged)");
    }
}
