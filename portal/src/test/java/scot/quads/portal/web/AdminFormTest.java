package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import scot.quads.portal.client.ServiceProblem;

/** What an ADES officer sees when a form is wrong: the message beside the field and a summary linking to it. */
class AdminFormTest {

    @Test
    void aGovukDateInputBecomesADateAndABadOneIsNamedInTheSummaryLinkingToItsDayBox() {
        AdminForm form = form(Map.of("opensOn-day", "1", "opensOn-month", "9", "opensOn-year", "2027",
                "submissionDeadline-day", "31", "submissionDeadline-month", "2", "submissionDeadline-year", "2027"));

        assertThat(form.date("opensOn", true)).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(form.date("submissionDeadline", true)).isNull();
        assertThat(form.date("closesOn", false)).isNull();

        assertThat(form.error("submissionDeadline")).isEqualTo("Submission deadline must be a real date, for example 27 3 2027");
        assertThat(form.has("closesOn")).isFalse();
        assertThat(form.summary().items()).containsExactly(new ErrorSummary.Item("#submissionDeadline-day",
                "Submission deadline must be a real date, for example 27 3 2027"));
    }

    @Test
    void aMissingRequiredDateAsksForIt() {
        AdminForm form = form(Map.of());
        assertThat(form.date("opensOn", true)).isNull();
        assertThat(form.error("opensOn")).isEqualTo("Enter the opening date");
    }

    @Test
    void theServicesFieldErrorsGoBesideTheirFieldsAndTheRestToTheTop() {
        AdminForm form = form(Map.of("name", "2027-28"));
        form.reject(new ServiceProblem(422, "Unprocessable", "The cycle cannot be opened as it stands",
                List.of(new ServiceProblem.FieldError("submissionDeadline", "must be after opensOn"),
                        new ServiceProblem.FieldError("reminderDays[1]", "must be a number of days from 1 to 365")),
                null));

        assertThat(form.error("submissionDeadline")).isEqualTo("Submission deadline must be after the opening date");
        assertThat(form.error("reminderDays")).isEqualTo("Reminder days must be a number of days from 1 to 365");
        assertThat(form.summary().items()).extracting(ErrorSummary.Item::href)
                .containsExactly("#submissionDeadline-day", "#reminderDays");
        assertThat(form.value("name")).isEqualTo("2027-28");
    }

    @Test
    void aRefusalWithoutFieldsIsShownAtTheTopLinkingToTheFirstField() {
        AdminForm form = form(Map.of());
        form.reject(new ServiceProblem(409, "Conflict", "Cycle 2026-27 is closed: reopen it before changing it",
                null, null));
        assertThat(form.summary().items()).containsExactly(new ErrorSummary.Item("#opensOn-day",
                "Cycle 2026-27 is closed: reopen it before changing it"));
    }

    @Test
    void everyDateProblemIsReportedAtOnceInThePagesWords() {
        AdminForm form = form(Map.of("opensOn-day", "1", "opensOn-month", "9", "opensOn-year", "2027",
                "submissionDeadline-day", "1", "submissionDeadline-month", "6", "submissionDeadline-year", "2027",
                "closesOn-day", "1", "closesOn-month", "5", "closesOn-year", "2027"));
        LocalDate opensOn = form.date("opensOn", true);
        LocalDate deadline = form.date("submissionDeadline", true);
        LocalDate closesOn = form.date("closesOn", false);
        form.after("submissionDeadline", deadline, "opensOn", opensOn)
                .after("closesOn", closesOn, "submissionDeadline", deadline);

        assertThat(form.summary().items()).containsExactly(
                new ErrorSummary.Item("#submissionDeadline-day", "Submission deadline must be after the opening date"),
                new ErrorSummary.Item("#closesOn-day", "Closing date must be after the submission deadline"));
    }

    @Test
    void aYearThatIsNotFourFiguresOrADateWithABoxLeftEmptyIsRefused() {
        AdminForm form = form(Map.of("opensOn-day", "1", "opensOn-month", "9", "opensOn-year", "27",
                "submissionDeadline-day", "1", "submissionDeadline-year", "2027"));
        assertThat(form.date("opensOn", true)).isNull();
        assertThat(form.date("submissionDeadline", true)).isNull();
        assertThat(form.error("opensOn")).isEqualTo("The year of the opening date must include 4 numbers");
        assertThat(form.error("submissionDeadline"))
                .isEqualTo("Submission deadline must include a day, a month and a year");
    }

    @Test
    void aFormWithoutErrorsHasNoSummary() {
        assertThat(form(Map.of("name", "x")).summary()).isNull();
    }

    private static AdminForm form(Map<String, String> values) {
        MultivaluedHashMap<String, String> posted = new MultivaluedHashMap<>();
        values.forEach(posted::add);
        return AdminForm.of(posted).field("opensOn", "opensOn-day", "Opening date")
                .field("submissionDeadline", "submissionDeadline-day", "Submission deadline")
                .field("closesOn", "closesOn-day", "Closing date")
                .field("reminderDays", "reminderDays", "Reminder days");
    }
}
