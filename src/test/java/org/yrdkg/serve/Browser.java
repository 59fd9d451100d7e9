package org.yrdkg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through Selenium: Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}, both named by path so that Selenium Manager never downloads a
 * browser or a driver; a fresh profile per browser. Without them the tests fail, saying what to install.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target/screenshots");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser open() {
    for (Path p : new Path[] {CHROMIUM, DRIVER}) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException("the browser tests need " + p
            + ": install Debian's packages with 'apt-get install -y chromium chromium-driver'");
      }
    }
    try {
      Path profile = Files.createTempDirectory("yrdkg-chromium-");
      System.setProperty("webdriver.chrome.driver", DRIVER.toString());
      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--window-size=1440,900", "--lang=zh-CN", "--user-data-dir=" + profile);
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
          .usingAnyFreePort().build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
      return new Browser(driver, profile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void get(String url) {
    driver.get(url);
  }

  Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Waits until {@code script} returns true (it runs as the body of a function). */
  void waitFor(String script, Duration timeout) {
    new WebDriverWait(driver, timeout).until(d -> Boolean.TRUE.equals(js(script)));
  }

  WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  WebElement waitForElement(String css, Duration timeout) {
    return new WebDriverWait(driver, timeout).until(d -> {
      var found = d.findElements(By.cssSelector(css));
      return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
    });
  }

  /** Saves what the page shows as {@code target/screenshots/NAME.png}, for a person to review. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path out = SCREENSHOTS.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException e) {
        // A profile left in the temporary directory harms nothing.
      }
    }
  }
}
