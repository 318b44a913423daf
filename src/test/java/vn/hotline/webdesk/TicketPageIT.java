package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.hotline.telegram.BotApiCall;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.telegram.Updates;
import vn.hotline.testing.Browser;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.testing.TempDirs;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.web.WebServiceProperties;
import vn.hotline.web.WebSignIn;

/**
 * The ticket page in a real browser, with the service, its store and a fake Bot API: an officer
 * sees a citizen's report with its photo (never who sent it), acknowledges it and resolves it with
 * a note and a photo; the citizen hears of it through Telegram, the card in the group follows, and
 * the history says it was done on the web.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TicketPageIT implements TestPropertyProvider {
  static final long OFFICER = 100001L;
  static final long PHU_NGHIA_GROUP = -1000025267L;

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final WebSignIn signIn = new WebSignIn(telegram, WebServiceProperties.base(port));

  @Inject Tickets tickets;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("ticket-page")
        .servedOn(port)
        .talkingTo(telegram)
        .roomyOutbox()
        .map();
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void anOfficerAcknowledgesAndResolvesWithAPhotoOnTheWebAndTheCitizenAndTheCardFollow()
      throws Exception {
    long citizen = 6_300_100_001L;
    Ticket filed =
        report(
            citizen,
            Updates.photo(
                citizen,
                citizen,
                "AgADwebdeskLeak",
                "Ống nước bị vỡ ở xã Phú Nghĩa, nước tràn ra đường <script>alert(1)</script>"));
    String code = filed.code().toString();
    BotApiCall card = cardIn(PHU_NGHIA_GROUP, code);
    Path proof = jpeg();

    try (Browser browser = Browser.start()) {
      signIn.inBrowser(browser, OFFICER);
      browser.open(WebServiceProperties.base(port) + "/t/" + code);
      String text = browser.await(d -> d.findElement(By.id("report-text")).getText());
      assertThat(text).contains("<script>alert(1)</script>");
      String source = browser.driver().getPageSource();
      assertThat(source)
          .doesNotContain(String.valueOf(citizen))
          .doesNotContain("dan" + citizen)
          .doesNotContain("<script>alert(1)");
      assertThat(browser.driver().findElement(By.id("facts")).getText()).contains("Phú Nghĩa");
      browser.await(
          d ->
              ((Number)
                          browser.script(
                              "var i = document.querySelector('img.photo');"
                                  + " return i && i.complete ? i.naturalWidth : 0;"))
                      .intValue()
                  > 0);

      browser.driver().findElement(By.id("acknowledge")).click();
      String acknowledged = browser.await(d -> d.findElement(By.id("outcome")).getText());
      assertThat(acknowledged).contains(code);
      assertThat(browser.driver().findElement(By.id("ticket-state")).getText())
          .isEqualTo("Đã tiếp nhận");
      browser.screenshots("ticket");

      browser.driver().findElement(By.id("resolve-note")).sendKeys("Đã sửa xong đường ống nước");
      browser.driver().findElement(By.id("resolve-photo")).sendKeys(proof.toString());
      browser.driver().findElement(By.id("resolve")).click();
      browser.await(
          d ->
              d.findElement(By.id("outcome")).getText().contains(code)
                  && d.findElement(By.id("ticket-state")).getText().contains("Đã xử lý"));
      List<String> viaWeb =
          browser.driver().findElements(By.cssSelector("#history .via-web")).stream()
              .map(e -> e.getText())
              .toList();
      assertThat(viaWeb).hasSize(2).allMatch("qua web"::equals);
      browser.screenshots("ticket-resolved");
    }

    Ticket resolved = tickets.find(code).orElseThrow();
    assertThat(resolved.state()).isEqualTo(TicketState.RESOLVED);
    HistoryEntry last = resolved.history().getLast();
    assertThat(last.actor().viaWeb()).isTrue();
    assertThat(last.photo()).isNotEmpty();
    assertThat(telegram.fileBytes(last.photo())).isEqualTo(Files.readAllBytes(proof));

    BotApiCall result = awaitSent(citizen, c -> c.text().contains("Đã sửa xong đường ống nước"));
    assertThat(result.method()).isEqualToIgnoringCase("sendMessage");
    BotApiCall photo =
        awaitSent(citizen, c -> c.method().equalsIgnoreCase("sendPhoto") && c.text() != null);
    assertThat(photo.params()).containsEntry("photo", last.photo());
    Eventually.await(
        "the card edited to the result, made on the web",
        WebSignIn.WAIT,
        () ->
            telegram
                .shown(PHU_NGHIA_GROUP, card.messageId())
                .filter(s -> s.text().contains("Đã sửa xong") && s.text().contains("qua web"))
                .isPresent());
  }

  Ticket report(long citizen, String update) {
    telegram.pushUpdate(update);
    return Eventually.awaitValue(
        "a ticket for " + citizen,
        WebSignIn.WAIT,
        () ->
            tickets.reportedBy(Channel.TELEGRAM, String.valueOf(citizen), 5).stream()
                .findFirst()
                .orElse(null));
  }

  BotApiCall cardIn(long group, String code) {
    return awaitSent(
        group, c -> c.text().contains("<b>" + code + "</b>") && !c.callbackData().isEmpty());
  }

  BotApiCall awaitSent(long chat, java.util.function.Predicate<BotApiCall> wanted) {
    return Eventually.awaitValue(
        "a message to " + chat,
        WebSignIn.WAIT,
        () ->
            telegram.sentTo(chat).stream()
                .filter(c -> c.text() != null && wanted.test(c))
                .findFirst()
                .orElse(null));
  }

  static Path jpeg() throws Exception {
    BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0x2e7d32));
    g.fillRect(0, 0, 640, 480);
    g.dispose();
    Path file = TempDirs.create("proof").resolve("proof.jpg");
    ImageIO.write(image, "jpg", file.toFile());
    return file;
  }
}
