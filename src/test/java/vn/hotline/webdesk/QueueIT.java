package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.telegram.Updates;
import vn.hotline.testing.Browser;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.web.WebServiceProperties;
import vn.hotline.web.WebSignIn;

/**
 * The queue page in a real browser, with reports filed the way citizens file them, through the fake
 * Bot API: an officer of Xã Phú Nghĩa sees their commune's tickets and no other's, a new report
 * appears without a reload, filters and a search without diacritics find it, a report's markup
 * stays text, and a phone's width needs no sideways scrolling.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueueIT implements TestPropertyProvider {
  static final long OFFICER = 100001L;
  static final String AP_4 = "25267-04";

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final WebSignIn signIn = new WebSignIn(telegram, WebServiceProperties.base(port));

  @Inject Tickets tickets;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("queue").servedOn(port).talkingTo(telegram).map();
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void anOfficerWorksTheQueueOfTheirCommune() {
    Ticket elsewhere = report(6_500_000_102L, "Quán karaoke ở xã Đa Kia mở cửa hát đông người");
    Ticket markup =
        report(6_500_000_103L, "Chợ tự phát ở ấp 3 xã Phú Nghĩa <script>alert(1)</script>");
    try (Browser browser = Browser.start()) {
      signIn.inBrowser(browser, OFFICER);
      WebDriver driver = browser.driver();
      assertThat(driver.findElement(By.id("queue-scope")).getText()).contains("Nguyễn Văn An");
      assertThat(listed(driver)).contains(code(markup)).doesNotContain(code(elsewhere));
      assertThat(row(driver, markup).getText()).contains("<script>alert(1)</script>");
      assertThatThrownBy(() -> driver.switchTo().alert())
          .isInstanceOf(NoAlertPresentException.class);

      browser.script("window.queueWasNotReloaded = true;");
      Ticket market = report(6_500_000_101L, "Có chợ tự phát ở ấp 4 xã Phú Nghĩa, rất đông người");
      browser.await(d -> d.findElement(By.id("queue-show-new"))).click();
      browser.await(d -> listed(d).contains(code(market)));
      assertThat(browser.script("return window.queueWasNotReloaded === true;")).isEqualTo(true);
      assertThat(driver.getPageSource()).doesNotContain("6500000101", "6500000103");

      new Select(driver.findElement(By.id("f-village"))).selectByValue(AP_4);
      browser.await(d -> d.getCurrentUrl().contains("village=" + AP_4));
      assertThat(listed(driver)).contains(code(market)).doesNotContain(code(markup));
      assertThat(
              driver
                  .findElement(By.cssSelector("#f-village option[value='" + AP_4 + "']"))
                  .getText())
          .endsWith("(1)");

      browser.open(base() + "/");
      WebElement search = driver.findElement(By.id("queue-q"));
      search.sendKeys("cho tu phat dong nguoi", Keys.ENTER);
      browser.await(d -> d.getCurrentUrl().contains("q=cho+tu+phat"));
      assertThat(listed(driver)).containsExactly(code(market));

      browser.open(base() + "/");
      browser.screenshots("queue");
      driver.manage().window().setSize(new Dimension(360, 800));
      long overflow =
          (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(overflow).as("sideways scroll at 360 px").isLessThanOrEqualTo(4);
    }
  }

  /** A citizen's report, as filed: the bot asked nothing back. */
  private Ticket report(long citizen, String text) {
    telegram.pushUpdate(Updates.text(citizen, text));
    return Eventually.awaitValue(
        "the ticket of " + citizen,
        WebSignIn.WAIT,
        () -> {
          List<Ticket> filed = tickets.reportedBy(Channel.TELEGRAM, String.valueOf(citizen), 1);
          return filed.isEmpty() ? null : filed.getFirst();
        });
  }

  // Read in one script: the list may be swapped for a fresh one between two driver calls.
  @SuppressWarnings("unchecked")
  private static List<String> listed(WebDriver driver) {
    return (List<String>)
        ((JavascriptExecutor) driver)
            .executeScript(
                "return Array.from(document.querySelectorAll('.qrow-code'), a => a.textContent);");
  }

  private static WebElement row(WebDriver driver, Ticket ticket) {
    return driver.findElement(
        By.xpath("//li[contains(@class,'qrow')][.//a[text()='" + code(ticket) + "']]"));
  }

  private static String code(Ticket ticket) {
    return ticket.code().toString();
  }

  private String base() {
    return WebServiceProperties.base(port);
  }
}
