package scot.quads.portal.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A journey in a real browser: a new one per test, so nobody is still signed in to Keycloak from the one before. */
abstract class BrowserJourney {

    Browser browser;

    @BeforeEach
    void startBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
