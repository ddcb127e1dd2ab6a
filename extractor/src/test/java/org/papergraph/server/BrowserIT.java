package org.papergraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, installed by
 * {@code .ci/run}) against the shared server over the sample corpus. Screenshots go to
 * {@code target/screenshots/}.
 */
class BrowserIT {
    static final Path SHOTS = Path.of("target", "screenshots");
    static ChromeDriver browser;
    static PapergraphServer server;

    @BeforeAll
    static void start() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        assertTrue(Files.isExecutable(chromium) && Files.isExecutable(driver),
                "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)");
        server = ServedCorpus.server();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    static void screenshot(String name) throws Exception {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @Test
    void theQueryPageRunsAnExampleQueryAndShowsRows() throws Exception {
        browser.get(server.localUrl() + "#/dataset/papergraph/query");
        WebElement example = waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//span[contains(@class,'badge') and starts-with(normalize-space(.),'papers-per-dataset')]")));
        // The project's prefixes are offered too.
        assertFalse(browser.findElements(By.xpath("//span[normalize-space(.)='pg']")).isEmpty(), "no pg prefix on the query page");
        // The editor is created a moment after the page; a click before that is lost, so click until it shows.
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".CodeMirror")));
        waiting().until(d -> {
            example.click();
            return d.findElement(By.cssSelector(".CodeMirror")).getText().contains("pg:mentions");
        });
        // With all the example queries of queries/ the badges take several lines and push the run button below the
        // fold, where a plain click lands on what covers it: bring it to the middle of the window first.
        WebElement run = browser.findElement(By.cssSelector(".yasqe_queryButton"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", run);
        try {
            waiting().until(ExpectedConditions.elementToBeClickable(run)).click();
        } catch (org.openqa.selenium.ElementClickInterceptedException e) {
            // The editor's last line can still overlap the button while it lays itself out; the button is
            // there and enabled, so press it the way its own keyboard shortcut does.
            browser.executeScript("arguments[0].click()", run);
        }
        List<WebElement> rows = waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(".yasr table tbody tr"));
            return found.size() > 1 ? found : null;
        });
        assertTrue(rows.get(0).getText().matches("(?s).*\\d+.*"), rows.get(0).getText());
        // The editor and the first rows in one picture.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1300));
        browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", browser.findElement(By.cssSelector(".CodeMirror")));
        screenshot("query-page");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
    }

    @Test
    void anEntityPageAndAPaperPageShowTitleTypeAndWorkingLinks() throws Exception {
        browser.get(server.localUrl() + "id/dataset/glue");
        assertEquals("GLUE", browser.findElement(By.id("title")).getText());
        assertTrue(browser.getTitle().startsWith("GLUE"), browser.getTitle());
        assertTrue(browser.findElement(By.id("types")).getText().contains("Dataset"), browser.findElement(By.id("types")).getText());
        List<WebElement> papers = browser.findElements(By.cssSelector("#papers a"));
        assertTrue(papers.size() >= 2, "papers that mention GLUE: " + papers.size());
        assertFalse(browser.findElements(By.cssSelector("#related a")).isEmpty(), "no related entities");
        screenshot("entity-page");
        String paperTitle = papers.get(0).getText();
        papers.get(0).click();
        waiting().until(ExpectedConditions.textToBe(By.id("title"), paperTitle));
        assertTrue(browser.getCurrentUrl().startsWith(server.localUrl() + "id/paper/"), browser.getCurrentUrl());
        assertTrue(browser.findElement(By.id("types")).getText().contains("Paper"));
        assertFalse(browser.findElement(By.id("abstract")).getText().isBlank());
        WebElement glue = browser.findElement(By.xpath("//section[@id='mentions']//a[normalize-space(.)='GLUE']"));
        screenshot("paper-page");
        // The data links of the page answer in their format.
        for (WebElement link : browser.findElements(By.cssSelector("#data a"))) {
            var r = ServedCorpus.get(link.getAttribute("href"), null);
            assertEquals(200, r.statusCode(), link.getAttribute("href"));
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(link.getAttribute("type")), link.getAttribute("href"));
        }
        glue.click();
        waiting().until(ExpectedConditions.textToBe(By.id("title"), "GLUE"));
    }
}
