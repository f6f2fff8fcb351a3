package io.newstimeline.api;

import static io.newstimeline.testing.TimelineFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newstimeline.app.PipelineProgress;
import io.newstimeline.app.TimelinePipeline;
import io.newstimeline.article.ArticleEvents;
import io.newstimeline.article.actor.Gazetteer;
import io.newstimeline.article.curated.CuratedEvents;
import io.newstimeline.avro.EventType;
import io.newstimeline.avro.NewsEvent;
import io.newstimeline.kafka.BrokerOptions;
import io.newstimeline.kafka.EmbeddedKafkaBroker;
import io.newstimeline.kafka.TopicAdmin;
import io.newstimeline.kafka.TopicCatalog;
import io.newstimeline.producer.ArticleLoader;
import io.newstimeline.producer.ArticlePublisher;
import io.newstimeline.producer.LoadedArticle;
import io.newstimeline.schema.InMemorySchemaRegistry;
import io.newstimeline.app.PipelineProperties;
import io.newstimeline.topology.TimelineConfig;
import io.newstimeline.topology.TimelineSerdes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's headless Chromium, driven by Selenium through its
 * chromedriver) over the demo's seed articles: the timeline renders in event order, a report
 * published meanwhile appears live, the actor filter narrows it and the as-of control shows the
 * earlier state. Saves a screenshot to {@code target/dashboard.png}.
 *
 * <p>Skipped where Chromium or its driver is not installed; {@code .ci/run} installs both.
 */
@Tag("broker")
class DashboardBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Duration WAIT = Duration.ofSeconds(30);

  @TempDir Path dataDir;

  @Test
  void shouldShowTheSeedTimelineInEventOrderLiveFilteredAndAsOf() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Chromium and its driver are not installed (apt-get install chromium chromium-driver)");
    TopicCatalog topics = TopicCatalog.withPrefix("dashboard.");
    TimelineSerdes serdes = TimelineSerdes.avro(new InMemorySchemaRegistry());
    TimelineConfig config = TimelineConfig.defaults().withTopics(topics);
    try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(BrokerOptions.defaults().withPort(0));
        ApiServer api = ApiServer.bind("127.0.0.1", 0)) {
      try (TopicAdmin admin = TopicAdmin.connect(broker.bootstrapServers())) {
        admin.ensureTopics(topics.all());
      }
      PipelineProperties props = PipelineProperties.of("dashboard", broker.bootstrapServers(), dataDir.resolve("streams"),
          topics.deadLetters()).with(StreamsConfig.APPLICATION_SERVER_CONFIG, api.applicationServer());
      try (TimelinePipeline pipeline = TimelinePipeline.start(config, serdes, props, Duration.ofSeconds(90));
          ArticlePublisher publisher = new ArticlePublisher(broker.bootstrapServers(), "dashboard", topics,
              serdes.article().serializer(), serdes.event().serializer())) {
        api.serve(pipeline, config, serdes, broker.bootstrapServers());
        List<LoadedArticle> seeds = seedArticles();
        Set<String> ids = new java.util.HashSet<>();
        for (LoadedArticle seed : seeds) {
          publisher.publish(seed.article(), seed.events());
          seed.events().forEach(e -> ids.add(e.getId()));
        }
        new PipelineProgress(broker.bootstrapServers(), topics, serdes.revision().deserializer())
            .awaitSettled(ids, Duration.ofSeconds(90));

        ChromeDriver browser = browser();
        try {
          check(browser, new ApiClient(api.url()), publisher, topics);
        } finally {
          browser.quit();
        }
      }
    }
  }

  private void check(ChromeDriver browser, ApiClient api, ArticlePublisher publisher, TopicCatalog topics) throws Exception {
    WebDriverWait wait = new WebDriverWait(browser, WAIT);
    List<String> expected = ids(api.json("/api/timeline?limit=500").get("entries"));
    browser.get(api.base().toString());
    wait.until(d -> entries(browser).size() == expected.size() && "live".equals(text(browser, "status")));

    assertThat(entries(browser).stream().map(e -> e.getAttribute("data-id")).toList())
        .as("the timeline in event-time order, as the API serves it").containsExactlyElementsOf(expected);
    assertInSortKeyOrder(browser);
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("on or before 30 Aug 2023", "Q4 2022");

    // A report published while the page is open appears without a reload, in its place.
    NewsEvent summit = event("live-summit", "Reuters", Instant.parse("2023-09-13T09:00:00Z"), EventType.MEETING,
        day("2023-09-13"), KIM, PUTIN);
    publisher.publish(article("live-summit", "Reuters", summit.getReportedAt()), List.of(summit));
    wait.until(d -> browser.findElement(By.id("timeline")).getText().contains("Summary of live-summit"));
    assertThat(entries(browser)).hasSize(expected.size() + 1);
    assertInSortKeyOrder(browser);
    wait.until(d -> browser.findElements(By.cssSelector("#graph circle")).size() > 2);
    screenshot(browser, Path.of("target", "dashboard.png"));

    // The actor filter keeps that actor's entries only.
    List<String> shoigu = ids(api.json("/api/timeline?limit=500&actor=sergei-shoigu").get("entries"));
    WebElement actor = browser.findElement(By.id("actor"));
    actor.sendKeys("Sergei Shoigu");
    browser.executeScript("document.getElementById('actor').dispatchEvent(new Event('change'))");
    wait.until(d -> entries(browser).size() == shoigu.size());
    assertThat(shoigu).isNotEmpty().hasSizeLessThan(expected.size());
    assertThat(entries(browser)).allSatisfy(e ->
        assertThat(e.findElements(By.cssSelector(".actor[data-actor='sergei-shoigu']"))).isNotEmpty());

    // As of 1 September 2023: the timeline before the Forces News article of the 10th and the live report.
    browser.findElement(By.id("clear")).click();
    wait.until(d -> entries(browser).size() == expected.size() + 1);
    List<String> asOf = ids(api.json("/api/timeline?limit=500&asOf=2023-09-01T00:00Z").get("entries"));
    browser.executeScript("document.getElementById('asof').value = '2023-09-01T00:00'");
    browser.findElement(By.id("asof-apply")).click();
    wait.until(d -> entries(browser).size() == asOf.size());
    assertThat(asOf).hasSizeLessThan(expected.size());
    assertThat(entries(browser).stream().map(e -> e.getAttribute("data-id")).toList()).containsExactlyElementsOf(asOf);
    assertThat(browser.findElement(By.id("timeline")).getText()).doesNotContain("Summary of live-summit");

    // On a phone's width nothing spills sideways.
    browser.manage().window().setSize(new Dimension(390, 844));
    Object overflow = ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
    assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
  }

  private static List<WebElement> entries(ChromeDriver browser) {
    return browser.findElements(By.cssSelector("#timeline .entry"));
  }

  private static String text(ChromeDriver browser, String id) {
    return browser.findElement(By.id(id)).getText().trim();
  }

  private static void assertInSortKeyOrder(ChromeDriver browser) {
    List<String> keys = entries(browser).stream().map(e -> e.getAttribute("data-sort-key")).toList();
    assertThat(keys).isSortedAccordingTo(Comparator.naturalOrder());
  }

  private static List<String> ids(JsonNode entries) {
    return StreamSupport.stream(entries.spliterator(), false).map(e -> e.path("id").asText()).collect(Collectors.toList());
  }

  private static List<LoadedArticle> seedArticles() {
    Path seeds = Path.of("seeds");
    Gazetteer gazetteer = Gazetteer.load(seeds.resolve("actors.json"));
    Path curated = seeds.resolve("curated-events.json");
    ArticleLoader loader = new ArticleLoader(ArticleEvents.using(gazetteer),
        Files.isRegularFile(curated) ? CuratedEvents.load(curated, gazetteer) : CuratedEvents.none());
    return loader.load(List.of(seeds));
  }

  private ChromeDriver browser() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + dataDir.resolve("chromium"), "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  private static void screenshot(ChromeDriver browser, Path to) throws Exception {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Files.createDirectories(to.getParent());
    Files.copy(shot.toPath(), to, StandardCopyOption.REPLACE_EXISTING);
  }
}
