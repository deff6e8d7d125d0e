package jp.kizuna.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its chromedriver — nothing downloaded: without them the
 * browser tests are skipped with a message that says how to install them ({@code bin/browser-tools}).
 * Every page looked at is checked with axe-core and kept as a screenshot under
 * {@code e2e/target/browser-screenshots}.
 */
final class Chromium implements AutoCloseable {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(360, 780);
    static final Dimension TABLET = new Dimension(768, 1024);

    private final WebDriver driver;
    private final String site;
    private final Path screenshots;
    private final Path profile;

    private Chromium(WebDriver driver, String site, Path screenshots, Path profile) {
        this.driver = driver;
        this.site = site;
        this.screenshots = screenshots;
        this.profile = profile;
    }

    static Chromium open(String site, String name) {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "Chromium and chromedriver are not installed (" + BROWSER + ", " + DRIVER + "); run bin/browser-tools "
                        + "(apt-get install chromium chromium-driver fonts-noto-cjk) to run the browser tests");
        AxeCore.script();
        try {
            Path profile = Files.createTempDirectory("kizuna-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--lang=ja", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(DESKTOP);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
            Path shots = Path.of(System.getProperty("kizuna.e2e.screenshots", "target/browser-screenshots")).resolve(name);
            Files.createDirectories(shots);
            return new Chromium(driver, site, shots, profile);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    Chromium go(String path) {
        driver.get(path.startsWith("http") ? path : site + path);
        return this;
    }

    WebElement find(By by) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (TimeoutException e) {
            throw notThere(by, e);
        }
    }

    /** What the page showed instead, kept as a screenshot and told in the failure. */
    private AssertionError notThere(By by, TimeoutException e) {
        screenshot("missing-" + by.toString().replaceAll("[^A-Za-z0-9]+", "-"));
        String shown = driver.findElements(By.tagName("body")).stream().findFirst().map(WebElement::getText).orElse("");
        return new AssertionError("no " + by + " on " + url() + "; the page showed:\n"
                + shown.substring(0, Math.min(shown.length(), 2000)), e);
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    Chromium click(By by) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(by)).click();
        } catch (TimeoutException e) {
            throw notThere(by, e);
        }
        return this;
    }

    Chromium type(By by, String text) {
        WebElement field = find(by);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    String text(By by) {
        return find(by).getText();
    }

    String title() {
        return driver.getTitle();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String language() {
        return find(By.tagName("html")).getAttribute("lang");
    }

    /**
     * Checks the page shown now: no serious or critical axe-core violation, no horizontal scrolling, a
     * {@code lang}, a main landmark and one h1; keeps a screenshot named after it.
     */
    Chromium checkPage(String name) {
        List<String> violations = AxeCore.violations(driver);
        screenshot(name);
        assertThat(violations).as("axe-core on " + name + " (" + url() + ")").isEmpty();
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Number overflow = (Number) js.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow.intValue()).as("horizontal scrolling on " + name).isLessThanOrEqualTo(0);
        assertThat(language()).as("lang of " + name).isIn("ja", "en");
        assertThat(all(By.tagName("main"))).as("main landmark of " + name).hasSize(1);
        assertThat(all(By.tagName("h1"))).as("h1 of " + name).hasSize(1);
        return this;
    }

    Chromium screenshot(String name) {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        try {
            Files.copy(shot.toPath(), screenshots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return this;
    }

    Chromium resize(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    /** The elements the keyboard reaches, in tab order: every one must show where the focus is. */
    int tabStops() {
        return ((Number) ((JavascriptExecutor) driver).executeScript(
                "return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select, textarea')]"
                        + ".filter(e => !e.disabled && e.offsetParent !== null && e.tabIndex >= 0).length;")).intValue();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is removed with the machine's temporary files
        }
    }
}
