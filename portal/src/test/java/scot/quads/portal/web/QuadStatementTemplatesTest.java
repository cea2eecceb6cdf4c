package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.control.ActivateRequestContext;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import scot.quads.portal.client.EvidenceApi;
import scot.quads.portal.client.QuadApi.MemberStatement;
import scot.quads.portal.client.QuadApi.QuadStatements;
import scot.quads.portal.client.QuadApi.Statement;
import scot.quads.portal.client.QuadApi.SwotItem;

/** The quad's statements page: a row per part, a column per council, hidden ones said to be hidden. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class QuadStatementTemplatesTest {

    @Test
    @ActivateRequestContext
    void eachShownStatementIsSideBySideWithItsSwotInPriorityOrderAndHiddenOnesSayWhy() {
        Statement fife = new Statement("Fife's <context>", List.of(
                new SwotItem(UUID.randomUUID(), "strength", "Second strength", 2, List.of(), List.of(), List.of()),
                new SwotItem(UUID.randomUUID(), "strength", "First strength", 1, List.of("QI 1.1"),
                        List.of("1.1.2"), List.of("CHN11"))), "Fife's summary");
        QuadStatements statements = new QuadStatements(PartnerFixtures.QUAD, UUID.randomUUID(), false,
                "Answers are shown once every member has submitted; 1 of 3 have submitted", List.of(
                        new MemberStatement("S12000047", "Fife", true, PartnerFixtures.AT, fife),
                        new MemberStatement("S12000014", "Falkirk", false, null, null),
                        new MemberStatement("S12000040", "West Lothian", true, PartnerFixtures.AT, null)));

        String html = QuadStatementPages.Templates.statements(PartnerFixtures.hidden(), statements,
                QuadStatementPages.parts(statements, java.util.Map.of("S12000047", new scot.quads.portal.client
                        .RubricApi.Focus(UUID.randomUUID(), statements.cycleId(), "2026-27", "S12000047", "Fife",
                        "agreed", "Destinations", "How can more leavers go to college?",
                        List.of("How well do partnerships work?"), List.of(), List.of(), List.of(), null, null, null,
                        null, null, 3, null, null)))).render();

        assertThat(html).contains("Fife&#39;s &lt;context&gt;", "Fife&#39;s summary", ">Strengths</th>",
                "Not shown yet", "No statement submitted",
                "<li>First strength <span class=\"govuk-hint\">(relates to QI 1.1, 1.1.2, CHN11)</span></li>",
                "Destinations: How can more leavers go to college?", "<li>How well do partnerships work?</li>",
                "No agreed focus yet");
        assertThat(html.indexOf("First strength")).isLessThan(html.indexOf("Second strength"));
    }

    @Test
    @ActivateRequestContext
    void eachMembersEvidenceIsShownOnlyWhenItsPackIsRevealedWithDownloadsThroughThePortal() {
        QuadStatements statements = new QuadStatements(PartnerFixtures.QUAD, UUID.randomUUID(), true,
                "Every member has submitted", List.of(
                        new MemberStatement("S12000047", "Fife", true, PartnerFixtures.AT, null),
                        new MemberStatement("S12000014", "Falkirk", true, PartnerFixtures.AT, null),
                        new MemberStatement("S12000040", "West Lothian", true, PartnerFixtures.AT, null)));
        UUID item = UUID.randomUUID();
        EvidenceApi.Item plan = new EvidenceApi.Item(item, statements.cycleId(), "S12000047", "file",
                "Fife's <plan>", null, null, null, "plan.pdf", "application/pdf", 2_400_000L, List.of("1.1.2"),
                List.of("QI 1.1"), List.of(), List.of(), true, 1, null, null);
        EvidenceApi.Pack fife = new EvidenceApi.Pack(statements.cycleId(), "2026-27", "S12000047", "Fife", true, "",
                false, 2_400_000L, 524_288_000L, 20_971_520L, List.of(plan));
        EvidenceApi.Pack falkirk = new EvidenceApi.Pack(statements.cycleId(), "2026-27", "S12000014", "Falkirk",
                false, "Shown once it submits", false, 0, 524_288_000L, 20_971_520L, List.of());

        List<QuadStatementPages.Part> parts = new java.util.ArrayList<>(QuadStatementPages.parts(statements,
                java.util.Map.of()));
        parts.add(QuadStatementPages.evidence(statements, java.util.Map.of("S12000047", fife, "S12000014",
                falkirk)));
        String html = QuadStatementPages.Templates.statements(PartnerFixtures.hidden(), statements, parts).render();

        assertThat(html).contains(">Evidence</th>",
                "<a class=\"govuk-link\" href=\"/evidence/" + statements.cycleId() + "/S12000047/" + item
                        + "\" download>Fife&#39;s &lt;plan&gt;</a>",
                "(PDF, 2.3 MB), supports QI 1.1, 1.1.2");
        String evidenceRow = html.substring(html.indexOf(">Evidence</th>"));
        assertThat(evidenceRow).contains("Not shown yet");
    }
}
