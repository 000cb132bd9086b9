package org.factline.app.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.factline.app.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The web UI in a real headless Chromium, served by the real server over a store holding the example articles
 * and a hostile one (markup and scripts in its title, outlet, quotes and names). Every view is opened, the as-of
 * control used, and nothing the articles hold may run. With {@code -Dfactline.screenshots=DIR} it also saves
 * a picture of each view there ({@code scripts/screenshots.sh}).
 */
class WebUiBrowserTest {

    static final Path EXAMPLES = Path.of("../examples/kursk");
    static final Path HOSTILE = Path.of("src/test/resources/hostile/hostile.txt");
    static final String APRIL = "000_bbddf157615b990c";
    static final String FEBRUARY = "003_fedd8152fb742624";

    @TempDir
    static Path tmp;

    private static RunningServer server;
    private static Browser browser;
    private static String base;

    @BeforeAll
    static void start() {
        Browser.assumeInstalled();
        Path data = tmp.resolve("data");
        // One analysis at a time: this test is about the UI (a parallel analysis once failed here, see the notes).
        Cli ingest = Cli.run("ingest", EXAMPLES.toString(), HOSTILE.toString(), "--data", data.toString(),
                "--threads", "1");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        server = RunningServer.start(data);
        base = server.server.url().replaceAll("/$", "");
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void nothingRanAndNothingFailed() {
        assertThat(browser.script("return window.__factlinePwned === undefined ? null : String(window.__factlinePwned)"))
                .as("a script from an article ran").isNull();
        assertThat(browser.errors()).as("errors the page logged").isEmpty();
    }

    private static void screenshot(String name) {
        String dir = System.getProperty("factline.screenshots");
        if (dir != null && !dir.isBlank()) {
            // what earlier tests typed into the header's search box is not part of this view
            browser.script("if (!location.hash.startsWith('#/search')) document.getElementById('search-input').value = '';"
                    + " document.activeElement.blur();");
            browser.screenshot(Path.of(dir, name + ".png"));
        }
    }

    private static String text(String css) {
        return browser.one(css).getText();
    }

    @Test
    void timelineShowsEventsAndClaimsOnAZoomableAxisWithDisagreementMarkersAndEvidence() {
        browser.open(base, "#/timeline");
        browser.await("the chart draws its items", d -> !browser.all("#timeline-chart .vis-item").isEmpty());
        assertThat(browser.all("#timeline-list .entry")).hasSizeGreaterThan(10);
        assertThat(browser.all("#timeline-list .entry.disputed")).as("⚠ on disputed entries").isNotEmpty();
        assertThat(browser.all("#timeline-chart .vis-item.disputed")).isNotEmpty();
        screenshot("timeline");

        long before = windowWidth();
        browser.one("#zoom-in").click();
        browser.await("zoomed in", d -> windowWidth() < before);
        browser.one("#zoom-out").click();
        browser.one("#zoom-out").click();
        browser.await("zoomed out", d -> windowWidth() > before);

        WebElement casualties = browser.all("#timeline-list .entry.disputed .entry-button").stream()
                .filter(b -> b.getText().contains("CASUALTIES")).findFirst().orElseThrow();
        casualties.sendKeys(Keys.ENTER);
        browser.await("the evidence panel shows the reports", d -> text("#evidence").contains("3 000"));
        assertThat(text("#evidence")).contains("Sources disagree", "Volodymyr Zelensky", "reported 2025-02-07");

        browser.one("#evidence .evidence-link").click();
        browser.awaitView("article");
        assertThat(browser.all("#article-text .focus")).as("the evidence highlighted in its article").isNotEmpty();
        assertThat(browser.all("#article-text .focus").stream().map(WebElement::getText).reduce("", String::concat))
                .contains("3 000");
    }

    private static long windowWidth() {
        return ((Number) browser.script("const w = document.getElementById('timeline-chart').timeline.getWindow();"
                + " return w.end - w.start;")).longValue();
    }

    @Test
    void timelineFiltersByEntityAndType() {
        browser.open(base, "#/timeline?type=ATTACK");
        List<WebElement> badges = browser.all("#timeline-list .entry .badge");
        assertThat(badges).isNotEmpty().allSatisfy(b -> assertThat(b.getText()).isEqualTo("attack"));

        browser.open(base, "#/timeline");
        WebElement about = browser.one("form.filters input[name=about]");
        about.sendKeys("Guerassimov");
        about.submit();
        browser.await("filtered", d -> d.getCurrentUrl().contains("about=Guerassimov"));
        browser.awaitView("timeline");
        assertThat(text(".lede")).contains("about Guerassimov").doesNotContain("_");
        assertThat(text("#timeline-list")).doesNotContain("Zelensky");
    }

    @Test
    void theAsOfControlShowsOnlyWhatHadBeenReportedByThen() {
        browser.open(base, "#/disagreements");
        assertThat(text("#disagreements-list")).contains(APRIL, FEBRUARY, "3 000", "1 100", "Valery Gerasimov");
        screenshot("disagreements");

        browser.script("const i = document.getElementById('asof-input'); i.value = '2025-03-01';"
                + " i.dispatchEvent(new Event('change'));");
        browser.await("as of in the address", d -> d.getCurrentUrl().contains("as_of=2025-03-01"));
        browser.awaitView("disagreements");
        assertThat(text("#asof-banner")).contains("2025-03-01");
        assertThat(text("#disagreements-list")).contains("3 000", "1 100").doesNotContain(APRIL);

        browser.one("#nav a[data-view=timeline]").click();
        browser.await("as of kept", d -> d.getCurrentUrl().contains("#/timeline") && d.getCurrentUrl().contains("as_of=2025-03-01"));
        browser.awaitView("timeline");
        assertThat(browser.all("#timeline-list .entry")).isNotEmpty();
        for (WebElement button : browser.all("#timeline-list .entry-button")) {
            button.sendKeys(Keys.ENTER);
            assertThat(text("#evidence")).doesNotContain("reported 2025-04-26");
        }

        browser.one("#asof-clear").click();
        browser.await("as of gone", d -> !d.getCurrentUrl().contains("as_of"));
        browser.awaitView("timeline");
        assertThat(browser.one("#asof-banner").isDisplayed()).isFalse();
    }

    @Test
    void claimsTableBySpeakerWithThreadsOfStancesOverTime() {
        browser.open(base, "#/claims");
        assertThat(browser.all("#claims-table tbody tr")).hasSizeGreaterThan(5);
        assertThat(text("#claims-table thead")).contains("DATE", "SPEAKER", "STANCE", "QUOTE", "ARTICLE");
        assertThat(browser.all("#threads-list .thread")).isNotEmpty();
        assertThat(browser.all("#threads-list .thread").getFirst().findElements(By.cssSelector(".stance")))
                .hasSizeGreaterThan(1);
        screenshot("claims");

        browser.open(base, "#/claims?speaker=Zelensky");
        List<WebElement> rows = browser.all("#claims-table tbody tr");
        assertThat(rows).isNotEmpty().allSatisfy(r ->
                assertThat(r.findElements(By.tagName("td")).get(1).getText()).contains("Zelensky"));
        rows.getFirst().findElement(By.cssSelector("td:last-child a")).click();
        browser.awaitView("article");
        assertThat(browser.all("#article-text .focus")).isNotEmpty();
    }

    @Test
    void entityPagesGatherEverySpellingRolesClaimsEventsAndPlaces() {
        browser.open(base, "#/entities?q=Guerassimov");
        WebElement link = browser.one("#entities-table tbody tr a");
        assertThat(link.getText()).isEqualTo("Valery Gerasimov");
        link.click();
        browser.awaitView("entity");
        assertThat(text("dl.facts")).contains("Valéri Guérassimov");
        assertThat(text("#claims-by")).contains("Koursk");
        screenshot("entity");

        browser.open(base, "#/entities?q=Koursk");
        browser.one("#entities-table tbody tr a").click();
        browser.awaitView("entity");
        assertThat(text("h1")).contains("Kursk");
        browser.await("its place on a map", d -> !browser.all("#entity-map .leaflet-marker-icon").isEmpty());
    }

    @Test
    void theMapDrawsCountriesOfflineAndEventsByPrecision() {
        browser.open(base, "#/map");
        browser.await("markers drawn", d -> browser.one("#events-map").getAttribute("data-markers") != null);
        assertThat(Integer.parseInt(browser.one("#events-map").getAttribute("data-markers"))).isPositive();
        assertThat(browser.all("#events-map path").size()).as("country shapes and event marks").isGreaterThan(100);
        assertThat(text("#map-events")).contains("Kursk");
        screenshot("map");
    }

    @Test
    void theArticleViewHighlightsWhatWasFoundAndListsWhatCleaningRemoved() {
        browser.open(base, "#/articles");
        assertThat(browser.all("#articles-table tbody tr")).hasSize(3);
        browser.open(base, "#/article/" + APRIL);
        for (String layer : List.of(".ent", ".timex", ".claim-span", ".event-span", ".figure-span")) {
            assertThat(browser.all("#article-text " + layer)).as(layer).isNotEmpty();
        }
        assertThat(browser.all("#article-text .ent-PERSON").stream().map(WebElement::getText).toList())
                .anySatisfy(t -> assertThat(t).contains("Guérassimov"));
        browser.one("#article-text .claim-span").click();
        assertThat(text(".evidence")).contains("Claim by");
        screenshot("article");
        browser.one("#layer-entity").click();
        assertThat(browser.one("#article-text").getAttribute("class")).contains("hide-entity");
        assertThat(text("main")).contains("What cleaning removed");
    }

    @Test
    void theSearchBoxFindsNamesInAnySpellingAndIsReachedWithTheKeyboard() {
        browser.open(base, "#/timeline");
        browser.one("body").sendKeys("/");
        WebElement search = browser.driver().switchTo().activeElement();
        assertThat(search.getAttribute("id")).isEqualTo("search-input");
        search.sendKeys("Guerassimov", Keys.ENTER);
        browser.awaitView("search");
        assertThat(browser.all("#search-hits .hit")).as(text("main")).isNotEmpty();
        assertThat(browser.all("#search-hits mark").stream().map(WebElement::getText).toList())
                .anySatisfy(t -> assertThat(t).containsIgnoringCase("Guérassimov"));
        screenshot("search");
    }

    @Test
    void aHostileArticleShowsItsMarkupAsTextAndNothingInItRuns() {
        String id = server.store.list().stream().filter(a -> a.title() != null && a.title().contains("<script>"))
                .findFirst().orElseThrow().id();
        browser.open(base, "#/article/" + id);
        assertThat(text("h1")).contains("<script>window.__factlinePwned='title'</script>");
        assertThat(text("#article-text")).contains("<img src=x onerror=window.__factlinePwned='img'>");
        assertThat(text(".meta")).contains("<b>Evil</b> Wire");
        for (String route : List.of("#/timeline", "#/claims", "#/disagreements", "#/entities", "#/map", "#/articles",
                "#/search?q=script", "#/search?q=Evil")) {
            browser.open(base, route);
            assertThat(browser.all("img[src=x], svg[onload], i[onmouseover], b")).as(route).isEmpty();
        }
        browser.open(base, "#/claims?speaker=" + "%3Cscript%3E");
        assertThat(browser.all("img[src=x]")).isEmpty();
    }
}
