package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.control.ActivateRequestContext;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import scot.quads.portal.client.ItemWords;
import scot.quads.portal.client.RubricAdminApi.AdminCycle;
import scot.quads.portal.client.RubricApi.Cycle;

/**
 * Moderation and the national picture choose their cycle with the same form (the cycleChooser tag): each sends the
 * chosen cycle back to its own page, lists every cycle with its state, and has the one shown selected.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CycleChooserTest {

    private static final Cycle OPEN = new Cycle(UUID.fromString("aaaaaaaa-0000-4000-8000-000000000001"), "2026-27",
            UUID.randomUUID(), LocalDate.of(2026, 8, 1), LocalDate.of(2027, 3, 31), "all-submitted-or-deadline",
            "open", 1);
    private static final Cycle CLOSED = new Cycle(UUID.fromString("aaaaaaaa-0000-4000-8000-000000000002"),
            "2025-26", UUID.randomUUID(), LocalDate.of(2025, 8, 1), LocalDate.of(2026, 3, 31),
            "all-submitted-or-deadline", "closed", 3);

    @Test
    @ActivateRequestContext
    void moderationSendsTheChosenCycleToItselfWithTheShownOneSelected() {
        String html = ModerationPages.Templates.moderation(CLOSED, null, List.of(OPEN, CLOSED)).render();

        assertThat(html).contains("<form method=\"get\" action=\"/moderation\"",
                "<label class=\"govuk-label\" for=\"cycle\">Cycle</label>",
                "<option value=\"" + OPEN.id() + "\">2026-27 (" + TemplateExtensions.state("open") + ")</option>",
                "<option value=\"" + CLOSED.id() + "\" selected>2025-26 (" + TemplateExtensions.state("closed")
                        + ")</option>")
                .doesNotContain("action=\"/ades/national\"");
        assertThat(html.split("<select ", -1)).as("one cycle chooser").hasSize(2);
    }

    @Test
    @ActivateRequestContext
    void theNationalPictureSendsTheChosenCycleToItselfAndSelectsNoneBeforeOneIsShown() {
        AdminCycle shown = new AdminCycle(OPEN.id(), OPEN.name(), OPEN.rubricVersionId(), OPEN.opensOn(),
                OPEN.submissionDeadline(), null, OPEN.revealRule(), List.of(), "open", OffsetDateTime.now(), "ades", 1);
        String html = AdesPages.Templates.national(shown, null, List.of(OPEN, CLOSED), ItemWords.QUESTIONS).render();

        assertThat(html).contains("<form method=\"get\" action=\"/ades/national\"",
                "<option value=\"" + OPEN.id() + "\" selected>2026-27", "<option value=\"" + CLOSED.id() + "\">2025-26")
                .doesNotContain("action=\"/moderation\"");

        String none = AdesPages.Templates.national(null, null, List.of(OPEN, CLOSED), ItemWords.QUESTIONS).render();
        assertThat(none).contains("action=\"/ades/national\"", "<option value=\"" + OPEN.id() + "\">2026-27")
                .doesNotContain(" selected>");
    }
}
