package scot.quads.portal.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * The guidance: readable by anyone without signing in, in the GOV.UK template, each page linking to the others, the
 * start page with each step of the round and what happens after it, the glossary with the words the issue names,
 * and a way to it from every page's footer.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class GuidancePagesTest {

    static final List<String> PAGES = List.of("/guidance", "/guidance/glossary", "/guidance/first-time",
            "/guidance/sessions");

    @Test
    void everyGuidancePageIsPublicAndLinksToTheOthers() {
        for (String page : PAGES) {
            String html = given().redirects().follow(false).when().get(page)
                    .then().statusCode(200).contentType(containsString("text/html")).extract().asString();
            assertThat(html).as(page).contains("govuk-skip-link", "<h1 class=\"govuk-heading-xl\">");
            // Only the local demo stack says its data is invented (DemoNoticeTest); a deployment does not.
            assertThat(html).as(page).doesNotContain("demo-notice");
            for (String other : PAGES) {
                if (!other.equals(page)) {
                    assertThat(html).as(page + " links to " + other).contains("href=\"" + other + "\"");
                }
            }
        }
    }

    @Test
    void theStartPageWalksThroughTheRoundWithWhatHappensNextAfterEachStep() {
        String html = given().when().get("/guidance").then().statusCode(200).extract().asString();
        assertThat(html).contains("How Quads works", "Who does what", "When it happens",
                "ADES opens the round", "Your council agrees its focus", "Your council answers the questions",
                "Answers are revealed", "Partners challenge and meet", "Each council writes its findings report",
                "Follow up");
        assertThat(html.split("What happens next:", -1)).as("one 'what happens next' per step").hasSize(8);
        assertThat(html).contains("None of them is any council's real self-evaluation");
    }

    @Test
    void theGlossaryDefinesTheWordsNewcomersMeet() {
        String html = given().when().get("/guidance/glossary").then().statusCode(200).extract().asString();
        for (String term : List.of("Quad", "Quality indicator", "Level", "Reveal", "Lineage", "LGBF family",
                "Focus question", "SWOT", "Learning partner", "Carry forward", "Findings report")) {
            assertThat(html).as(term).contains("<dt class=\"govuk-summary-list__key\">" + term + "</dt>");
        }
    }

    @Test
    void theFirstTimeAndSessionPagesGivePreReadingAndExamplePlans() {
        given().when().get("/guidance/first-time").then().statusCode(200)
                .body(containsString("Before you start"), containsString("Writing good answers"));
        given().when().get("/guidance/sessions").then().statusCode(200)
                .body(containsString("A half-day session on differences"),
                        containsString("A follow-up session online"));
    }

    @Inject
    Engine engine;

    @Test
    void eachStepsPageSaysWhatHappensNextAndLinksToAStepOfTheGuidance() {
        String guidance = given().when().get("/guidance").then().statusCode(200).extract().asString();
        for (String step : List.of("focus", "evaluate", "reveal", "sessions", "actions", "findings")) {
            String html = engine.parse("{#whatNext step='" + step + "' /}").render();
            assertThat(html).as(step).contains("What happens next");
            Matcher link = Pattern.compile("href=\"/guidance#([a-z-]+)\"").matcher(html);
            assertThat(link.find()).as(step + " links to the guidance").isTrue();
            assertThat(guidance).as(step + "'s anchor exists").contains("id=\"" + link.group(1) + "\"");
            assertThat(html.replaceAll("<[^>]+>", "").replace("What happens next", "").replace("How the round works", "")
                    .strip()).as(step + " says something").hasSizeGreaterThan(40);
        }
    }

    @Test
    void everyPageFooterLinksToTheGuidance() {
        given().when().get("/accessibility").then().statusCode(200)
                .body(containsString("<a class=\"govuk-footer__link\" href=\"/guidance\">How Quads works</a>"),
                        containsString("href=\"/guidance/glossary\""));
    }
}
