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
  /** The README's picture of the organization page, made by this test. */
  static final Path README_SHOT = Fixture.samples().resolveSibling("docs").resolve("organization-page.png");

  @TempDir static Path dir;
  static Fixture f;
  static WebDriver browser;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER), "no Debian chromium/chromedriver here");
    f = new Fixture(dir, false, 20L << 20);
    f.ingest(Path.of(BrowserTest.class.getResource("/hostile/hostile.txt").toURI()));
    f.ingest(Path.of(BrowserTest.class.getResource("/conflict/murati-report.txt").toURI()));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1280,1400", "--lang=zh-CN", "--user-data-dir=" + dir.resolve("chrome-profile"));
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
    waitFor(By.id("result-count"));
    assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo("1 found");
    assertThat(browser.findElement(By.id("view")).getText()).contains("Lionel Messi", "梅西");
    shot("01-search");
  }

  @Test
  void aPersonPageShowsTheTimelineWithItsSources() throws Exception {
    open("#/entity/" + id("Lionel Messi"));
    waitForText(By.id("entity-name"), "Lionel Messi");
    waitFor(By.cssSelector("#timeline-chart canvas"));
    String page = browser.findElement(By.id("view")).getText();
    assertThat(page).contains("JOINED", "Inter Miami CF", "LEFT", "Paris Saint-Germain", "梅西");
    String timeline = browser.findElement(By.id("timeline")).getText();
    assertThat(timeline).contains("example.org", "梅西正式加盟国际迈阿密", "2023-07-16", "https://example.org/sport/messi");
    shot("02-person");
  }

  @Test
  void thePersonPageShowsAMoveUndoneWithinDaysAsReversed() throws Exception {
    open("#/entity/" + id("Sam Altman"));
    waitForText(By.id("entity-name"), "Sam Altman");
    assertThat(browser.findElement(By.id("spells")).getText())
        .containsPattern("Microsoft\\s+2023-11-20\\s+2023-11-22 REVERSED\\s+move reversed 2023-11-22: back at OpenAI");
  }

  /** The organization page answers "who left OpenAI in 2024 and where did they go?"; its screenshot is the README's. */
  @Test
  void theOrganizationPageShowsDeparturesWithDestinationsAndSources() throws Exception {
    open("#/org/" + id("OpenAI"));
    waitForText(By.id("org-name"), "OpenAI");
    waitFor(By.id("departures-table"));
    String departures = browser.findElement(By.id("departures")).getText();
    assertThat(departures).contains("7 departures from 2024-01-01 to 2024-12-31", "Ilya Sutskever", "Jan Leike",
        "John Schulman", "Mira Murati", "Bob McGrew", "Barret Zoph", "Peter Deng", "Anthropic", "not stated",
        "tech.example.com", "https://tech.example.com/2024/09/murati", "OpenAI首席技术官穆拉蒂离职");
    assertThat(browser.findElement(By.id("quarter-table")).getText()).containsPattern("2024-Q3\\s+\\d+\\s+.*Mira Murati");
    waitFor(By.cssSelector("#flow-chart canvas"));
    assertThat(browser.findElement(By.id("flow-table")).getText()).contains("Anthropic", "John Schulman");
    waitFor(By.cssSelector("#departures-chart canvas"));
    shot("03-organization");
    if (!Files.exists(README_SHOT) || "update".equals(System.getProperty("talentflow.screenshots"))) {
      // the README's picture: made when missing, or again with -Dtalentflow.screenshots=update
      Files.createDirectories(README_SHOT.getParent());
      Files.copy(SHOTS.resolve("03-organization.png"), README_SHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    // another period: 2023 holds the ouster, undone within days
    setDate(By.id("departures-from"), "2023-01-01");
    setDate(By.id("departures-to"), "2023-12-31");
    waitForText(By.id("departures"), "from 2023-01-01 to 2023-12-31");
    assertThat(browser.findElement(By.id("departures")).getText())
        .containsPattern("(?s)Sam Altman.*dismissed\\s+reversed \\(back 2023-11-22\\)\\s+Microsoft \\(reversed\\)")
        .contains("Emmett Shear", "replaced").doesNotContain("Mira Murati");

    // the Sankey's year filter
    new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("flow-year"))).selectByValue("2023");
    String flows2023 = new WebDriverWait(browser, Duration.ofSeconds(20))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(b -> {
          String t = b.findElement(By.id("flow-table")).getText();
          return t.contains("Anthropic") ? null : t;
        });
    assertThat(flows2023).doesNotContain("John Schulman", "Microsoft");
    waitFor(By.cssSelector("#flow-chart canvas"));
  }

  @Test
  void anOrganizationPageShowsTheRosterAtAnyDate() throws Exception {
    open("#/org/" + id("Disney"));
    waitForText(By.id("org-name"), "Disney");
    waitFor(By.cssSelector("#departures-chart canvas"));
    assertThat(browser.findElement(By.id("roster")).getText()).contains("Bob Iger");
    setDate(By.id("roster-date"), "2021-01-01");
    waitForText(By.id("roster"), "Bob Chapek");
    assertThat(browser.findElement(By.id("roster-slider")).getAttribute("type")).isEqualTo("range");
    assertThat(browser.findElement(By.id("cofounders")).getText()).isNotNull();
  }

  @Test
  void aSourceLinkOpensTheArticleAtTheHighlightedEvidence() throws Exception {
    open("#/org/" + id("OpenAI"));
    waitFor(By.id("departures-table"));
    WebElement source = browser.findElements(By.cssSelector("#departures-table .source")).stream()
        .filter(a -> a.getText().contains("9月25日，OpenAI首席技术官米拉·穆拉蒂")).findFirst().orElseThrow();
    source.findElement(By.cssSelector("a.source-link")).click();
    WebElement focus = waitFor(By.cssSelector("#doc-text mark.focus"));
    String focused = browser.findElements(By.cssSelector("#doc-text mark.focus")).stream().map(WebElement::getText)
        .reduce("", String::concat);
    assertThat(focused).contains("米拉·穆拉蒂", "宣布离职");
    assertThat(browser.findElement(By.id("doc-meta")).getText()).contains("tech.example.com", "2024-09-26",
        "https://tech.example.com/2024/09/murati");
    Object visible = ((JavascriptExecutor) browser).executeScript(
        "const r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", focus);
    assertThat(visible).isEqualTo(true);
    shot("08-source");
  }

  @Test
  void anOrganizationPageShowsWhereItsPeopleWent() throws Exception {
    open("#/org/" + id("巴黎圣日耳曼"));
    waitForText(By.id("org-name"), "Paris Saint-Germain");
    waitFor(By.cssSelector("#flow-chart canvas"));
    assertThat(browser.findElement(By.id("flow-table")).getText()).contains("Inter Miami CF", "Lionel Messi");
  }

  static void setDate(By input, String value) {
    ((JavascriptExecutor) browser).executeScript(
        "arguments[0].value=arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
        browser.findElement(input), value);
  }

  @Test
  void theDocumentsPageListsTitlesOutletsDatesAndUrls() throws Exception {
    open("#/documents");
    waitFor(By.id("documents"));
    String list = browser.findElement(By.id("documents")).getText();
    assertThat(list).contains("openai-2024-08", "OpenAI联合创始人舒尔曼转投Anthropic", "tech.example.com", "2024-08-07",
        "https://tech.example.com/2024/08/schulman", "baidu-lu-qi");
  }

  @Test
  void aDocumentShowsItsEvidenceHighlighted() throws Exception {
    open("#/doc/baidu-lu-qi");
    waitFor(By.cssSelector("#doc-text mark.evidence"));
    List<WebElement> evidence = browser.findElements(By.cssSelector("#doc-text mark.evidence"));
    assertThat(evidence).isNotEmpty();
    assertThat(evidence.stream().map(WebElement::getText).reduce("", String::concat)).contains("陆奇");
    assertThat(browser.findElements(By.cssSelector("#doc-text mark.mention a")).stream().map(WebElement::getText))
        .contains("陆奇");
    shot("04-document");
  }

  @Test
  void contradictionsAreListedWithBothSides() throws Exception {
    open("#/contradictions");
    waitFor(By.id("contradiction-count"));
    assertThat(browser.findElement(By.id("contradiction-count")).getText()).endsWith("conflicts between sources");
    WebElement murati = browser.findElements(By.cssSelector(".contradiction")).stream()
        .filter(c -> c.getText().contains("Mira Murati LEFT @ OpenAI")).findFirst().orElseThrow();
    String text = murati.getText();
    assertThat(text).doesNotContain("[object").contains("sources date the same event differently", "2024-09-25",
        "2024-09-26", "9月25日，OpenAI首席技术官米拉·穆拉蒂(Mira Murati)宣布离职", "于9月26日宣布离职",
        "https://tech.example.com/2024/09/murati");
    assertThat(murati.findElements(By.cssSelector(".side"))).hasSize(2);
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

  @Test
  void aPageOfAnotherLocalPortCannotUploadThroughTheBrowser() throws Exception {
    int before = WebServerApiTest.JSON.readTree(f.get("/api/documents").body()).get("total").asInt();
    // what the issue saw: a page served from another port of this machine posts a file with a no-cors fetch
    String page = "<!DOCTYPE html><html><body><script>"
        + "const form = new FormData();"
        + "form.append('files', new Blob(['2024-06-01 09:00\\n某公司总裁王强宣布离职。'], {type: 'text/plain'}), 'csrf.txt');"
        + "fetch('" + f.base() + "/api/ingest', {method: 'POST', mode: 'no-cors', body: form})"
        + ".then(() => { document.title = 'sent'; }, () => { document.title = 'failed'; });"
        + "</script></body></html>";
    com.sun.net.httpserver.HttpServer other = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    other.createContext("/", exchange -> {
      byte[] body = page.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (var out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    other.start();
    try {
      browser.get("http://127.0.0.1:" + other.getAddress().getPort() + "/");
      new WebDriverWait(browser, Duration.ofSeconds(20)).until(b -> !b.getTitle().isEmpty());
      assertThat(browser.getTitle()).isEqualTo("sent"); // the request went out (its answer is opaque to the page)
    } finally {
      other.stop(0);
    }
    assertThat(f.get("/api/documents/csrf").statusCode()).isEqualTo(404);
    assertThat(WebServerApiTest.JSON.readTree(f.get("/api/documents").body()).get("total").asInt()).isEqualTo(before);
  }
}
