package scot.quads.rubric.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells: quoted only when they must be, and never run as a formula by a spreadsheet. */
class EvaluationCsvTest {

    @Test
    void plainTextIsWrittenAsItIs() {
        assertThat(EvaluationCsv.escape("Attainment rose by 4%")).isEqualTo("Attainment rose by 4%");
        assertThat(EvaluationCsv.escape("ünïcödé — “quotes” 🎓")).isEqualTo("ünïcödé — “quotes” 🎓");
        assertThat(EvaluationCsv.escape(null)).isEmpty();
    }

    @Test
    void commasQuotesAndLineBreaksAreQuoted() {
        assertThat(EvaluationCsv.escape("one, two")).isEqualTo("\"one, two\"");
        assertThat(EvaluationCsv.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(EvaluationCsv.escape("line one\nline two")).isEqualTo("\"line one\nline two\"");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(EvaluationCsv.escape("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(EvaluationCsv.escape("+44 141")).isEqualTo("'+44 141");
        assertThat(EvaluationCsv.escape("-5 points")).isEqualTo("'-5 points");
        assertThat(EvaluationCsv.escape("@cmd")).isEqualTo("'@cmd");
    }
}
