package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A council's staff signing in through the council's own identity provider, brokered by Keycloak as
 * docs/operations.md tells a deployment to broker a council's Microsoft Entra ID: in the local Keycloak, realm
 * council-idp stands in for Fife's provider (its own users; the app role Quads.Editor in the "roles" claim), and realm
 * quads brokers it with a hard-coded authority (Fife's GSS code), viewer for everyone and editor for Quads.Editor. On
 * Quads' sign-in page the user chooses Fife's button, signs in at the provider, and lands in the portal as Fife's
 * editor, or viewer, with no further question (first sign-in: the provider's email is trusted, the profile complete).
 */
class CouncilProviderSignInIT extends BrowserJourney {

    static final String PROVIDER_BUTTON = "social-fife-council-idp";
    static final String PROVIDER_REALM = "/realms/council-idp/";

    @Test
    void fifesEditorSignsInAtFifesProviderAndLandsOnFifesSelfEvaluation() {
        signInAtTheCouncilsProvider("fife-staff-editor");
        assertThat(browser.landing()).isEqualTo("/council");
        assertThat(browser.heading()).isEqualTo("Fife");
        browser.assertAccessible("council dashboard of a brokered editor");
        openFirstQuestion();
        assertThat(browser.driver.findElements(By.cssSelector("fieldset.quads-read-only")))
                .as("an editor's answers are open to change").isEmpty();
    }

    @Test
    void fifesStaffWithoutTheEditorRoleAreFifesViewers() {
        signInAtTheCouncilsProvider("fife-staff-viewer");
        assertThat(browser.landing()).isEqualTo("/council");
        assertThat(browser.heading()).isEqualTo("Fife");
        openFirstQuestion();
        assertThat(browser.driver.findElements(By.cssSelector("fieldset.quads-read-only")))
                .as("a viewer reads the answers only").isNotEmpty();
    }

    /** From the council's dashboard to the first page of questions of its self-evaluation. */
    private void openFirstQuestion() {
        browser.clickAndLoad(browser.find(By.id("continue")));
        browser.clickAndLoad(browser.find(By.cssSelector(".govuk-task-list__link")));
        browser.find(By.cssSelector("form.quads-answer"));
    }

    private void signInAtTheCouncilsProvider(String username) {
        browser.openSignIn();
        browser.clickAndLoad(browser.find(By.id(PROVIDER_BUTTON)));
        assertThat(browser.driver.getCurrentUrl()).as("the council's provider asks, not Quads' realm")
                .contains(PROVIDER_REALM);
        browser.submitPassword(username);
    }
}
