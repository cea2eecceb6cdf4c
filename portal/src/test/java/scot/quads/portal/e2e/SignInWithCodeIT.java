package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Sign-in with a one-time code, as every ADES, ADES officer and link inspector of a deployment signs in: the local
 * realm's ades-otp (role ades-admin, plus quads-otp-required which the local realm takes out of the staff roles) has
 * an authenticator of a known key, so the realm's conditional flow asks for a code after the password. The test is
 * the authenticator app: it computes the code from the key. A wrong code is refused with Keycloak's message; the right
 * one lands on ADES's overview. Every other demo login still signs in with the password alone (the other journeys).
 */
class SignInWithCodeIT extends BrowserJourney {

    static final String USER = "ades-otp";
    /** The key deploy/local/LocalRealm.java gives ades-otp's authenticator (ADES_OTP_KEY there). */
    static final String KEY = System.getProperty("quads.otp.key", "QUADSLOCALDEMOONETIMECODEADES234");

    @Test
    void theCodesAreThoseOfRfc6238() {
        // RFC 6238, appendix B: the SHA-1 key "12345678901234567890"; its 8-digit codes' last 6 digits.
        OneTimeCode rfc = OneTimeCode.ofBytes("12345678901234567890".getBytes(StandardCharsets.US_ASCII));
        assertThat(rfc.at(59)).isEqualTo("287082");
        assertThat(rfc.at(1111111109)).isEqualTo("081804");
        assertThat(rfc.at(1234567890)).isEqualTo("005924");
        assertThat(rfc.at(2000000000)).isEqualTo("279037");
        // The same key in Base32, as an authenticator app is given it.
        assertThat(OneTimeCode.ofBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").at(59)).isEqualTo("287082");
    }

    @Test
    void afterThePasswordAdesIsAskedForACodeAndAWrongOneIsRefused() {
        browser.openSignIn();
        browser.submitPassword(USER);
        browser.find(By.id("otp"));
        assertThat(browser.driver.getCurrentUrl()).as("the code is asked by Keycloak, not yet the portal")
                .doesNotStartWith(Browser.PORTAL);
        assertThat(browser.find(By.tagName("body")).getText()).contains("One-time code");

        OneTimeCode authenticator = OneTimeCode.ofBase32(KEY);
        String right = authenticator.now();
        String wrong = String.format("%06d", (Integer.parseInt(right) + 500_000) % 1_000_000);
        browser.find(By.id("otp")).sendKeys(wrong);
        browser.clickAndLoad(browser.find(By.id("kc-login")));
        assertThat(browser.find(By.tagName("body")).getText()).contains("Invalid authenticator code.");
        assertThat(browser.driver.getCurrentUrl()).doesNotStartWith(Browser.PORTAL);

        // A fresh code: Keycloak takes one only once, and the step may have turned meanwhile (it accepts the last).
        browser.find(By.id("otp")).clear();
        browser.find(By.id("otp")).sendKeys(authenticator.now());
        browser.clickAndLoad(browser.find(By.id("kc-login")));
        assertThat(browser.landing()).isEqualTo("/ades");
        assertThat(browser.heading()).isEqualTo("Cycles and progress");
        browser.assertAccessible("ADES cycles overview after a one-time code");
    }
}
