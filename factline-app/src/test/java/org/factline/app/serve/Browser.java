package org.factline.app.serve;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real, headless Chromium driven through Debian's chromium-driver: nothing is downloaded (Selenium
 * Manager is never asked, since the driver and the browser are given), and each browser starts with a
 * profile of its own that is deleted afterwards.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("factline.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("factline.chromedriver", "/usr/bin/chromedriver"));

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Skips the calling tests when Chromium is not installed, unless FACTLINE_REQUIRE_BROWSER=1 (as in CI),
     * which makes that a failure.
     */
    static void assumeInstalled() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "1".equals(System.getenv("FACTLINE_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("FACTLINE_REQUIRE_BROWSER=1 but " + CHROMIUM + " or " + DRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed (apt-get install chromium chromium-driver): browser tests skipped");
    }

    static Browser start() {
        try {
            Path profile = Files.createTempDirectory("factline-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1440,1000", "--lang=en-GB");
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens the UI at a route ("#/timeline") and waits until that view has rendered its data. */
    void open(String base, String route) {
        driver.get(base + "/" + route);
        String view = route.replaceFirst("^#/", "").replaceFirst("[/?].*$", "");
        awaitView(view.isEmpty() ? "timeline" : view);
    }

    void awaitView(String view) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            WebElement main = d.findElement(By.id("main"));
            return view.equals(main.getAttribute("data-ready")) && main.getAttribute("aria-busy") == null;
        });
    }

    void await(String what, java.util.function.Function<ChromeDriver, Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(d -> condition.apply(driver));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    WebElement one(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** What the page logged as errors (script errors, failed loads, CSP violations). */
    List<String> errors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a profile left in the temporary folder is harmless
        }
    }
}
