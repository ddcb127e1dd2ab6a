package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.papergraph.compare.Comparison;
import org.papergraph.compare.ComparisonRow;
import org.papergraph.compare.ComparisonWriter;
import org.papergraph.query.SparqlSource;
import org.papergraph.store.ConflictingPapers;
import org.papergraph.store.PaperStore;
import org.papergraph.store.SampleDatabase;

/**
 * The leaderboard page in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}),
 * served with its ECharts WebJar by a real server over real TDB2 databases: the sample corpus, and three
 * papers made to conflict. The page's rows are checked against {@code papergraph compare}'s on the same
 * endpoint. A screenshot is kept at {@code target/leaderboard.png}.
 */
class LeaderboardPageIT {
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String DRIVER = "/usr/bin/chromedriver";

    @TempDir
    static Path dir;
    private static PaperStore sampleStore;
    private static PaperStore conflictStore;
    private static PapergraphServer sample;
    private static PapergraphServer conflicting;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(new File(CHROMIUM).canExecute() && new File(DRIVER).canExecute(),
                "the page tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does it)");
        sampleStore = SampleDatabase.create(dir.resolve("sample"));
        conflictStore = SampleDatabase.create(dir.resolve("conflicting"), ConflictingPapers.extractions());
        sample = PapergraphServer.create().dataset(sampleStore.dataset()).port(0).files(SampleDatabase.project()).build().start();
        conflicting = PapergraphServer.create().dataset(conflictStore.dataset()).port(0).files(SampleDatabase.project()).build().start();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (sample != null) sample.stop();
        if (conflicting != null) conflicting.stop();
        if (sampleStore != null) sampleStore.close();
        if (conflictStore != null) conflictStore.close();
    }

    /** Where the page links an IRI: a graph IRI to its page under /id/ on that server, any other link as it is. */
    private static String pageOf(PapergraphServer server, String iri) {
        return iri != null && iri.startsWith(org.papergraph.rdf.PG.ID) ? server.localUrl() + "id/" + iri.substring(org.papergraph.rdf.PG.ID.length()) : iri;
    }

    private static void open(PapergraphServer server, String query) {
        browser.get("http://localhost:" + server.port() + "/www/leaderboard.html" + query);
        waitUntilRendered();
    }

    private static void waitUntilRendered() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static List<WebElement> rows(String table) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr"));
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td." + column)).getText();
    }

    private static Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    @Test
    void aDatasetOfTheSampleCorpusShowsTheRowsOfCompareAndTheirChart() throws Exception {
        open(sample, "?dataset=ScanObjectNN");
        Comparison.Outcome expected = Comparison.run(SparqlSource.endpoint(sample.queryUrl()), new Comparison.Request("ScanObjectNN", null, null, null));
        List<ComparisonRow> board = expected.leaderboard();
        assertFalse(board.isEmpty());
        List<WebElement> shown = rows("leaderboard");
        assertEquals(board.size(), shown.size(), browser.findElement(By.id("status")).getText());
        for (int i = 0; i < board.size(); i++) {
            ComparisonRow r = board.get(i);
            WebElement row = shown.get(i);
            assertEquals(Integer.toString(r.rank()), cell(row, "rank"));
            assertEquals(r.subject() == null ? "(not named)" : r.subject(), cell(row, "subject"));
            assertEquals(r.value().toPlainString() + (r.unit() == null ? "" : " " + r.unit()), cell(row, "value"));
            assertEquals(r.title(), cell(row, "paper"));
            assertEquals(r.evidence(), cell(row, "evidence"));
            assertEquals(r.conflict(), row.getAttribute("class").contains("conflict"), "conflict flag of row " + i);
            // The graph's IRIs link to their linked-data pages on the same server (LinkedDataServlet's /id/…).
            if (r.subjectIri() != null) assertEquals(pageOf(sample, r.subjectIri()), row.findElement(By.cssSelector("td.subject a")).getAttribute("href"));
            assertEquals(pageOf(sample, r.link()), row.findElement(By.cssSelector("td.paper a")).getAttribute("href"));
        }
        // On the sample corpus I2P-MAE's 90.11% and its misread 3.68% disagree: both flagged.
        assertTrue(board.stream().anyMatch(ComparisonRow::conflict));

        // The chart: ECharts drew one bar per row of the leaderboard, with the same values, on a canvas.
        @SuppressWarnings("unchecked")
        List<Object> bars = (List<Object>) js("return echarts.getInstanceByDom(document.getElementById('chart')).getOption().series[0].data.map(d => d.value);");
        assertEquals(board.stream().map(r -> r.value().doubleValue()).toList(), bars.stream().map(v -> ((Number) v).doubleValue()).toList());
        WebElement canvas = browser.findElement(By.cssSelector("#chart canvas"));
        assertTrue(canvas.getSize().getWidth() > 300 && canvas.getSize().getHeight() > 200, canvas.getSize().toString());

        // The CSV export carries the rows of compare --format csv.
        String csv = (String) js("return window.papergraphLeaderboard.csv();");
        java.io.StringWriter fromCompare = new java.io.StringWriter();
        ComparisonWriter.write(expected, ComparisonWriter.Format.csv, new java.io.PrintWriter(fromCompare));
        assertEquals(records(fromCompare.toString()), records(csv));
        assertTrue(browser.findElement(By.id("export")).isEnabled());

        Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, Path.of("target", "leaderboard.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static List<List<String>> records(String csv) throws Exception {
        return CSVFormat.RFC4180.parse(new StringReader(csv)).getRecords().stream().map(CSVRecord::toList).toList();
    }

    @Test
    void theChoiceIsKeptInTheUrl() {
        open(sample, "?dataset=ImageNet");
        Select metric = new Select(browser.findElement(By.id("metric")));
        metric.selectByVisibleText("top-1 accuracy");
        waitUntilRendered();
        assertTrue(browser.getCurrentUrl().endsWith("?dataset=ImageNet&metric=top-1+accuracy"), browser.getCurrentUrl());
        // The shared URL opens the same view.
        String url = browser.getCurrentUrl();
        browser.get("about:blank");
        browser.get(url);
        waitUntilRendered();
        assertEquals("top-1 accuracy", new Select(browser.findElement(By.id("metric"))).getFirstSelectedOption().getText());
        assertTrue(rows("leaderboard").stream().allMatch(r -> cell(r, "metric").equals("top-1 accuracy")));
        assertEquals("ImageNet", new Select(browser.findElement(By.id("dataset"))).getFirstSelectedOption().getAttribute("value"));
    }

    @Test
    void twoPapersThatDisagreeAreFlaggedOnThePage() {
        open(conflicting, "?dataset=imagenet&metric=top-1%20accuracy");
        List<WebElement> shown = rows("leaderboard");
        assertEquals(3, shown.size(), browser.findElement(By.id("status")).getText());
        assertEquals(List.of("ViT-B", "ResNet-50", "ResNet-50"), shown.stream().map(r -> cell(r, "subject")).toList());
        assertEquals(List.of("81.8 %", "78.4 %", "76.1 %"), shown.stream().map(r -> cell(r, "value")).toList());
        assertEquals(List.of("", "conflict", "conflict"), shown.stream().map(r -> cell(r, "conflict")).toList());
        assertTrue(browser.findElement(By.id("status")).getText().contains("2 flagged as conflicting"));
    }

    @Test
    void aMethodShowsAllItsResults() {
        open(sample, "?method=debertav3");
        Comparison.Outcome expected = Comparison.run(SparqlSource.endpoint(sample.queryUrl()), new Comparison.Request(null, null, null, "debertav3"));
        assertEquals(expected.leaderboard().size(), rows("leaderboard").size());
        assertEquals(expected.relative().size(), rows("relative").size());
        assertTrue(rows("relative").stream().allMatch(r -> cell(r, "subject").startsWith("DeBERTaV3")));
        assertEquals("debertav3", browser.findElement(By.id("method")).getAttribute("value"));
        // The method box suggests the subjects of results.
        assertTrue(browser.findElements(By.cssSelector("#methods option")).stream().anyMatch(o -> "DeBERTaV3 Large".equals(o.getAttribute("value"))));
    }

    @Test
    void anUnknownDatasetIsSaidSo() {
        open(sample, "?dataset=no-such-benchmark");
        WebElement status = browser.findElement(By.id("status"));
        assertTrue(status.getText().contains("no dataset called \"no-such-benchmark\""), status.getText());
        assertTrue(rows("leaderboard").isEmpty());
    }
}
