package org.talentflow.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser: Debian's headless Chromium driven by Selenium (CI installs chromium and
 * chromium-driver). Screenshots go to target/screenshots. Skipped where no Chromium is installed.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SHOTS = Path.of("target", "screenshots");

  @TempDir static Path dir;
  static Fixture f;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "no Debian chromium/chromedriver here");
    f = new Fixture(dir, false, 20L << 20);
    f.ingest(Path.of(BrowserTest.class.getResource("/hostile/hostile.txt").toURI()));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,1600", "--user-data-dir=" + dir.resolve("chrome-profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (f != null) {
      f.close();
    }
  }

  static void open(String hash) {
    browser.get(f.base() + "/" + hash);
  }

  static WebElement waitFor(By by) {
    return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(by));
  }

  static void waitForText(By by, String text) {
    new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  static void shot(String name) throws IOException {
    File png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  static String id(String q) throws Exception {
    return WebServerApiTest.JSON.readTree(f.get("/api/search?q=" + java.net.URLEncoder.encode(q,
        java.nio.charset.StandardCharsets.UTF_8)).body()).get("items").get(0).get("id").asText();
  }

  @Test
  void searchByAnAliasInAnyScript() throws Exception {
    open("#/");
    WebElement box = waitFor(By.id("search-box"));
    box.sendKeys("梅西\n");
    waitForText(By.id("view"), "Lionel Messi");
    assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo("1 found");
    shot("01-search");
  }

  @Test
  void aPersonPageShowsTheTimelineWithItsSources() throws Exception {
    open("#/entity/" + id("Lionel Messi"));
    waitForText(By.id("entity-name"), "Lionel Messi");
    waitFor(By.cssSelector("#timeline-chart canvas"));
    String page = browser.findElement(By.id("view")).getText();
    assertThat(page).contains("JOINED", "Inter Miami CF", "LEFT", "Paris Saint-Germain", "messi-miami-2023", "梅西");
    shot("02-person");
  }

  @Test
  void anOrganizationPageShowsRosterFlowsAndDepartures() throws Exception {
    open("#/org/" + id("巴黎圣日耳曼"));
    waitForText(By.id("org-name"), "Paris Saint-Germain");
    waitFor(By.cssSelector("#flow-chart canvas"));
    assertThat(browser.findElement(By.id("view")).getText()).contains("Inter Miami CF", "Lionel Messi");
    open("#/org/" + id("Disney"));
    waitForText(By.id("org-name"), "Disney");
    waitFor(By.id("flow-chart-empty"));
    waitFor(By.cssSelector("#departures-chart canvas"));
    assertThat(browser.findElement(By.id("roster")).getText()).contains("Bob Iger");
    WebElement date = browser.findElement(By.id("roster-date"));
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].value='2021-01-01'; arguments[0].dispatchEvent(new Event('change'));", date);
    waitForText(By.id("roster"), "Bob Chapek");
    assertThat(browser.findElement(By.id("roster-slider")).getAttribute("type")).isEqualTo("range");
    shot("03-organization");
  }

  @Test
  void aDocumentShowsItsEvidenceHighlighted() throws Exception {
    open("#/doc/baidu-lu-qi");
    waitFor(By.cssSelector("#doc-text mark.evidence"));
    List<WebElement> evidence = browser.findElements(By.cssSelector("#doc-text mark.evidence"));
    assertThat(evidence).isNotEmpty();
    assertThat(evidence.stream().map(WebElement::getText).reduce("", String::concat)).contains("陆奇");
    assertThat(browser.findElements(By.cssSelector("#doc-text mark.mention a"))).isNotEmpty();
    shot("04-document");
  }

  @Test
  void contradictionsAreListedWithBothSides() throws Exception {
    open("#/contradictions");
    waitFor(By.id("contradiction-count"));
    assertThat(browser.findElement(By.id("contradiction-count")).getText()).endsWith("conflicts between sources");
    shot("05-contradictions");
  }

  @Test
  void aHostileArticleIsShownAsTextAndNeverRuns() throws Exception {
    open("#/doc/hostile");
    waitFor(By.id("doc-text"));
    String text = browser.findElement(By.id("doc-text")).getText();
    assertThat(text).contains("<script>window.__pwned = 1; alert('pwned')</script>", "&lt;b&gt;", "onerror");
    assertThat(((JavascriptExecutor) browser).executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(browser.findElements(By.tagName("script")).stream().map(s -> s.getAttribute("src")).toList())
        .allMatch(src -> src != null && src.startsWith(f.base()));
    try {
      browser.switchTo().alert();
      throw new AssertionError("an alert opened");
    } catch (NoAlertPresentException expected) {
      // nothing ran
    }
    shot("06-hostile");
  }

  @Test
  void uploadFromTheBrowserShowsTheReport() throws Exception {
    Path good = Files.writeString(dir.resolve("browser-upload.txt"), "2024-05-01 09:00\n谷歌研究员彼得·布朗(Peter Brown)宣布离职。");
    Path bad = Files.write(dir.resolve("browser-bad.txt"), new byte[] {0, 0, 7});
    open("#/upload");
    waitFor(By.id("upload-files")).sendKeys(good.toString() + "\n" + bad.toString());
    browser.findElement(By.id("upload-button")).click();
    waitForText(By.id("upload-report"), "with problems");
    String report = browser.findElement(By.id("upload-report")).getText();
    assertThat(report).contains("2 files, 1 with problems", "browser-upload.txt", "browser-bad.txt", "binary");
    shot("07-upload");
  }
}
