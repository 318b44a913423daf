package vn.hotline.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The system's headless Chromium, driven through its chromedriver (Debian's {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Nothing is downloaded: the browser and
 * driver are named by path, and Chromium's own background traffic is switched off. Screenshots go
 * to {@code target/screenshots}, at 1280 and 360 pixels wide.
 */
public final class Browser implements AutoCloseable {
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  private static final Duration WAIT = Duration.ofSeconds(20);

  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** A new browser with an empty profile, 1280 pixels wide. */
  public static Browser start() {
    if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
      throw new IllegalStateException(
          "browser tests need Debian's chromium and chromium-driver: apt-get install chromium"
              + " chromium-driver (.ci/run does)");
    }
    // Selenium would otherwise look for drivers and send usage statistics over the network.
    System.setProperty("SE_AVOID_STATS", "true");
    Path profile = TempDirs.create("chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        "--window-size=1280,900",
        "--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER))
            .usingAnyFreePort()
            .build();
    return new Browser(new ChromeDriver(service, options));
  }

  public WebDriver driver() {
    return driver;
  }

  public void open(String url) {
    driver.get(url);
  }

  /** Waits, up to a deadline, until {@code condition} gives something other than null or false. */
  public <T> T await(Function<WebDriver, T> condition) {
    try {
      // Live pages redraw regions: an element read a moment ago may be replaced by the next one.
      return new WebDriverWait(driver, WAIT)
          .ignoring(StaleElementReferenceException.class)
          .until(condition);
    } catch (TimeoutException e) {
      // What the page showed is what one needs to see when a browser test fails.
      throw new AssertionError(
          "waited in vain on " + driver.getCurrentUrl() + ", which shows:\n" + pageText(), e);
    }
  }

  private String pageText() {
    try {
      return driver.findElement(By.tagName("body")).getText();
    } catch (WebDriverException e) {
      return driver.getPageSource();
    }
  }

  public Object script(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Saves the whole page as {@code NAME-1280.png} and {@code NAME-360.png}: a desk and a phone. The
   * viewport is emulated (a phone's at 360) and made as tall as the page, so that nothing below the
   * fold is left out.
   */
  public void screenshots(String name) {
    for (int width : new int[] {1280, 360}) {
      viewport(width, 900);
      long height =
          ((Number) script("return Math.max(document.documentElement.scrollHeight, 600);"))
              .longValue();
      viewport(width, (int) Math.min(height, 8000));
      save(name + "-" + width + ".png");
    }
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  private void viewport(int width, int height) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
  }

  private void save(String fileName) {
    try {
      Files.createDirectories(SCREENSHOTS);
      byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
      Files.write(SCREENSHOTS.resolve(fileName), png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
