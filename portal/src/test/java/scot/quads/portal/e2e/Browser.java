package scot.quads.portal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named by path so that Selenium Manager
 * never runs (nothing is downloaded); with the axe-core scan every visited page must pass, and screenshots.
 */
final class Browser implements AutoCloseable {

    static final String PORTAL = System.getProperty("quads.portal.url", "http://localhost:8080");
    static final String CHROMIUM = System.getProperty("quads.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("quads.chromedriver", "/usr/bin/chromedriver");
    /** WCAG 2.2 A and AA, as the issue asks; axe's best-practice rules are advice, not the standard. */
    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    final ChromeDriver driver;
    final WebDriverWait wait;

    Browser() {
        this(true);
    }

    /** A browser with JavaScript switched off (for pages that must work without it), or on as a person's is. */
    Browser(boolean javascript) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1024", "--lang=en-GB");
        if (!javascript) {
            options.setExperimentalOption("prefs",
                    java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(45));
    }

    /** Signs in through Keycloak's login page and returns where the portal landed. */
    String signIn(String username) {
        openSignIn();
        submitPassword(username);
        return landing();
    }

    /** Opens the portal, signed out, which sends the browser to Keycloak's sign-in page. */
    void openSignIn() {
        driver.manage().deleteAllCookies();
        driver.get(PORTAL + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    /** On a Keycloak sign-in page (Quads' or a brokered provider's): the user name and the demo password, sent. */
    void submitPassword(String username) {
        find(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
    }

    /** Waits until the browser is back at the portal, past its home's redirect, and returns the portal's path. */
    String landing() {
        try {
            wait.until(d -> d.getCurrentUrl().startsWith(PORTAL) && !d.getCurrentUrl().equals(PORTAL + "/"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not back at the portal: " + driver.getCurrentUrl() + " shows: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
        return driver.getCurrentUrl().substring(PORTAL.length());
    }

    /**
     * Clicks something that loads a new page (a link, a form's button) and waits until the old page is gone, so
     * that what the test reads next comes from the new page, never from the one it just left.
     *
     * <p>Headless Chromium now and then drops a click (the page still settling under the pointer): a listener
     * put on the element first tells a click that never arrived, which is clicked again (at most twice more, and
     * said on stderr), from a click that arrived but brought no new page, which fails with what the page shows.
     */
    void clickAndLoad(WebElement element) {
        WebElement page = driver.findElement(By.tagName("html"));
        for (int attempt = 1; ; attempt++) {
            driver.executeScript("window.quadsClicked = false; arguments[0].addEventListener('click',"
                    + " function () { window.quadsClicked = true; }, { once: true });", element);
            wait.until(ExpectedConditions.elementToBeClickable(element));
            element.click();
            if (goneWithin(page, Duration.ofSeconds(3))) {
                return;
            }
            if (clickArrived(page)) {
                if (goneWithin(page, Duration.ofSeconds(45))) {
                    return;
                }
                throw new AssertionError("The click on " + describe(element) + " brought no new page in 48 s; "
                        + driver.getCurrentUrl() + " still shows: " + driver.findElement(By.tagName("body"))
                                .getText());
            }
            if (attempt == 3) {
                throw new AssertionError("Chromium did not deliver three clicks on " + describe(element) + " on "
                        + driver.getCurrentUrl());
            }
            System.err.printf("Browser: the click on %s on %s never arrived; clicking again%n", describe(element),
                    driver.getCurrentUrl());
        }
    }

    private boolean goneWithin(WebElement page, Duration time) {
        try {
            new WebDriverWait(driver, time).until(d -> gone(page));
            return true;
        } catch (org.openqa.selenium.TimeoutException stillThere) {
            return false;
        }
    }

    /**
     * Whether the element's document has been replaced. Chromium says so with a stale reference, or, when asked
     * while the new document is coming in, with an "unknown error" that the node "does not belong to the
     * document" (Selenium's own staleness check lets that one through and fails the test).
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** Whether the listener saw the click; a page that went meanwhile counts as arrived. */
    private boolean clickArrived(WebElement page) {
        return gone(page) || Boolean.TRUE.equals(driver.executeScript("return window.quadsClicked === true;"))
                || gone(page);
    }

    private static String describe(WebElement element) {
        try {
            return "<" + element.getTagName() + "> '" + element.getText() + "'";
        } catch (RuntimeException gone) {
            return "an element";
        }
    }

    void open(String path) {
        driver.get(PORTAL + path);
    }

    WebElement find(By by) {
        try {
            return wait.until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No " + by + " on " + driver.getCurrentUrl() + ", which shows: "
                    + driver.findElement(By.tagName("body")).getText(), e);
        }
    }

    String heading() {
        return find(By.tagName("h1")).getText();
    }

    /** Runs axe-core on the page as it is now; any WCAG 2.2 A/AA violation fails the test, listed by rule. */
    void assertAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> violations = results.getViolations();
        assertThat(violations).as("axe-core WCAG 2.2 AA violations on %s (%s):%n%s", page, driver.getCurrentUrl(),
                violations.stream().map(v -> v.getId() + ": " + v.getHelp() + " at " + v.getNodes().stream()
                        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n"))).isEmpty();
    }

    /** A screenshot for docs/ (the user guide), when the build asks for them (-Dquads.screenshots=DIR). */
    void screenshot(String name) throws IOException {
        String dir = System.getProperty("quads.screenshots");
        if (dir == null || dir.isBlank()) {
            return;
        }
        Path target = Path.of(dir, name + ".png");
        Files.createDirectories(target.getParent());
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
