package scot.quads.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.control.ActivateRequestContext;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import scot.quads.portal.client.GuestApi;
import scot.quads.portal.client.QuadApi.Attendee;
import scot.quads.portal.client.QuadApi.Comment;
import scot.quads.portal.client.QuadApi.Comparison;
import scot.quads.portal.client.QuadApi.OpenChallenge;
import scot.quads.portal.client.QuadApi.RaisedAction;
import scot.quads.portal.client.QuadApi.Session;
import scot.quads.portal.client.QuadApi.SessionAgendaItem;
import scot.quads.portal.client.QuadApi.SessionPurpose;

/**
 * The session page of the professional dialogue as rendered: its purpose, hosts and invited roles in words, its
 * agenda by kind with each item's outcome and actions, the challenges still open, and the forms to record outcomes
 * and attendance only for those who run sessions once it has started; the challenges page says whose answer waits.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SessionTemplatesTest {

    private static final UUID RUBRIC_ITEM = UUID.fromString("11111111-1111-4111-8111-111111111111");
    private static final UUID TOPIC = UUID.fromString("22222222-2222-4222-8222-222222222222");
    private static final UUID CHALLENGE = UUID.fromString("33333333-3333-4333-8333-333333333333");

    @Test
    @ActivateRequestContext
    void aHeldSessionShowsItsPurposeAgendaOutcomesAndActionsAndOffersTheOutcomeFormsToThoseWhoRunIt() {
        Comparison comparison = PartnerFixtures.revealed();
        Session held = session(OffsetDateTime.now(ZoneOffset.UTC).minusHours(2), null);

        String html = QuadWorkPages.Templates.session(comparison, held, true, true, null, null,
                QuadWorkPages.Form.EMPTY, null, List.of()).render();
        assertThat(html).contains("Fife's key question: How well do we involve families?",
                "ades-officer-1, editor-fife", "council editors, Education Scotland link inspectors",
                "id=\"item-" + RUBRIC_ITEM + "\"", "/questions/1.1.1\"", "Falkirk's key question: Do our trackers agree?",
                "What we learned from the pilot", "Agreed strengths", "Clear tracking", "Areas for improvement",
                "Use the views of learners", "Action: <a class=\"govuk-link\" href=\"/quads/" + PartnerFixtures.QUAD
                        + "/actions#action-", "Share the tracker", "A. Officer, ADES",
                "action=\"/quads/" + PartnerFixtures.QUAD + "/sessions/" + held.id() + "/items/" + TOPIC + "/outcome\"",
                "id=\"session-attendance-save\"", "id=\"item-" + TOPIC + "-raise\"");
        // A held session lists no open challenges: the service sends none for it.
        assertThat(html).doesNotContain("Challenges waiting for an answer");

        String viewer = QuadWorkPages.Templates.session(comparison, held, false, false, null, null,
                QuadWorkPages.Form.EMPTY, null, List.of()).render();
        assertThat(viewer).contains("Clear tracking", "Share the tracker").doesNotContain("/outcome\"")
                .doesNotContain("id=\"session-attendance-save\"").doesNotContain("-raise\"");
        String officer = QuadWorkPages.Templates.session(comparison, held, true, false, null, null,
                QuadWorkPages.Form.EMPTY, null, List.of()).render();
        assertThat(officer).contains("/outcome\"").doesNotContain("-raise\"");
    }

    @Test
    @ActivateRequestContext
    void aSessionToComeListsTheOpenChallengesAndTakesNoOutcomeYet() {
        Comparison comparison = PartnerFixtures.revealed();
        Session coming = session(OffsetDateTime.now(ZoneOffset.UTC).plusDays(3), List.of(new OpenChallenge(CHALLENGE,
                "1.1.2", "S12000014", "What lies behind the level?", "link-inspector-1", null,
                OffsetDateTime.now(ZoneOffset.UTC))));

        String html = QuadWorkPages.Templates.session(comparison, coming, true, true, null, null,
                QuadWorkPages.Form.EMPTY, null, List.of()).render();
        assertThat(html).contains("Challenges waiting for an answer", "id=\"open-challenges\"",
                "/questions/1.1.2#thread-" + CHALLENGE, "to Falkirk from link-inspector-1: What lies behind the level?")
                .doesNotContain("/outcome\"").doesNotContain("id=\"session-attendance-save\"");

        String noneOpen = QuadWorkPages.Templates.session(comparison, session(coming.startsAt(), List.of()), true,
                true, null, null, QuadWorkPages.Form.EMPTY, null, List.of()).render();
        assertThat(noneOpen).contains("Every challenge has been answered.");
    }

    @Test
    @ActivateRequestContext
    void whatInvitedPartnersWroteIsPartOfTheSessionsRecordWithWhatItIsAbout() {
        Comparison comparison = PartnerFixtures.revealed();
        Session held = session(OffsetDateTime.now(ZoneOffset.UTC).minusHours(2), null);
        OffsetDateTime at = OffsetDateTime.parse("2026-12-01T10:15:00Z");
        List<QuadWorkPages.GuestNote> notes = QuadWorkPages.GuestNote.of(List.of(
                new GuestApi.Input(UUID.randomUUID(), held.id(), RUBRIC_ITEM, "Morag Lindsay", "Community learning",
                        "Our youth workers see the same gap in the evenings.", at),
                new GuestApi.Input(UUID.randomUUID(), held.id(), null, "Ian Reid", null,
                        "Health visitors could join the next session.", at),
                new GuestApi.Input(UUID.randomUUID(), held.id(), UUID.randomUUID(), "Morag Lindsay", null,
                        "On an item no longer there.", at)), held);

        String html = QuadWorkPages.Templates.session(comparison, held, false, false, null, null,
                QuadWorkPages.Form.EMPTY, null, notes).render();
        assertThat(html).contains("From invited partners", "id=\"session-guest-input\"",
                "Morag Lindsay, Community learning, on agenda item 1: 1.1.1 How well?",
                "Our youth workers see the same gap in the evenings.",
                "Ian Reid, on the session", "Health visitors could join the next session.",
                "on an agenda item since taken off");

        String none = QuadWorkPages.Templates.session(comparison, held, false, false, null, null,
                QuadWorkPages.Form.EMPTY, null, List.of()).render();
        assertThat(none).doesNotContain("From invited partners");
    }

    @Test
    @ActivateRequestContext
    void theChallengesPageTellsACouncilWhatWaitsForItsAnswer() {
        Comparison comparison = PartnerFixtures.revealed();
        Comment open = new Comment(CHALLENGE, CHALLENGE, null, "1.1.2", "S12000014", "challenge",
                "What lies behind the level?", "link-inspector-1", null, OffsetDateTime.now(ZoneOffset.UTC), List.of(),
                true, null);

        assertThat(QuadWorkPages.Templates.challenges(comparison, List.of(open), "S12000014").render())
                .contains("A challenge asks Falkirk to answer", "challenge to Falkirk", "What lies behind the level?",
                        "Answer on the question's page", "/questions/1.1.2#thread-" + CHALLENGE);
        assertThat(QuadWorkPages.Templates.challenges(comparison, List.of(), null).render())
                .contains("No challenge is waiting for an answer.").doesNotContain("Answer on the question's page");
    }

    private static Session session(OffsetDateTime startsAt, List<OpenChallenge> challenges) {
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        List<SessionAgendaItem> agenda = List.of(
                new SessionAgendaItem(RUBRIC_ITEM, "rubric-item", "1.1.1", "1", "QI 1.1", "How well?", null, null,
                        "Clear tracking", "Use the views of learners", "editor-fife", at,
                        List.of(new RaisedAction(UUID.randomUUID(), "S12000014", "Share the tracker",
                                LocalDate.now().plusMonths(1), "open")), 1),
                new SessionAgendaItem(UUID.randomUUID(), "key-question", null, null, null, null, "S12000014",
                        "Do our trackers agree?", null, null, null, null, List.of(), 0),
                new SessionAgendaItem(TOPIC, "topic", null, null, null, null, null, "What we learned from the pilot",
                        null, null, null, null, List.of(), 0));
        return new Session(UUID.randomUUID(), PartnerFixtures.QUAD, UUID.randomUUID(), startsAt, "Perth",
                new SessionPurpose("key-question", "S12000047", "How well do we involve families?"),
                List.of("ades-officer-1", "editor-fife"), List.of("authority-editor", "es-link"),
                startsAt.isBefore(at) ? List.of(new Attendee("A. Officer", "ADES"), new Attendee("B. Head", null))
                        : List.of(),
                agenda, null, null, challenges, at, "editor-fife", at, "editor-fife", 2);
    }

}
