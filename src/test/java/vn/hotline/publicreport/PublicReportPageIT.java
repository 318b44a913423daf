package vn.hotline.publicreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import vn.hotline.telegram.BotApiCall;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.telegram.Updates;
import vn.hotline.testing.Browser;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.testing.TempDirs;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.UnitCode;
import vn.hotline.web.WebServiceProperties;
import vn.hotline.web.WebSignIn;

/**
 * The public report page in a real browser on a phone's width, with the service and a fake Bot API:
 * a report typed without diacritics gets its code and its photo reaches the commune's group; an
 * urgent one is told to call 115 before anything else; an ambiguous commune is chosen from the
 * offered buttons; and once an officer resolved the report on Telegram, its status page shows the
 * result and the officer's note.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicReportPageIT implements TestPropertyProvider {
  static final long PHU_NGHIA_GROUP = -1000025267L;
  static final long PROVINCE_SUPERVISOR = 100004L;
  // Tân Thành has no group of its own: the province's Command Centre hears of it.
  static final long PROVINCE_GROUP = -1000000070L;
  static final int PHONE = 360;

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final String base = WebServiceProperties.base(port);

  @Inject Tickets tickets;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("public-report-page")
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
  void aReportWithoutDiacriticsAndAPhotoGetsItsCodeAndThePhotoReachesTheCommunesGroup()
      throws Exception {
    Path photo = jpeg();
    try (Browser browser = Browser.start()) {
      onAPhone(browser);
      browser.open(base + "/report");
      browser.await(d -> d.findElement(By.id("report-form")));
      browser.screenshots("report-form");
      onAPhone(browser);
      browser
          .driver()
          .findElement(By.id("text"))
          .sendKeys("cho tu phat hop dong nguoi o ap 4 xa phu nghia tu sang");
      browser.driver().findElement(By.id("photo")).sendKeys(photo.toString());
      browser.driver().findElement(By.id("send")).click();

      String code = browser.await(d -> d.findElement(By.id("ticket-code")).getText());
      assertThat(browser.driver().findElement(By.id("place")).getText()).contains("Phú Nghĩa");
      assertThat(browser.driver().findElements(By.id("photo-lost"))).isEmpty();
      assertThat(browser.driver().findElements(By.id("urgent-advice"))).isEmpty();
      browser.screenshots("report-done");

      Ticket ticket = tickets.find(code).orElseThrow();
      assertThat(ticket.whereabouts().unitCode()).isEqualTo(new UnitCode("25267"));
      assertThat(ticket.reported().reporter().channel()).isEqualTo(Channel.WEB);
      assertThat(ticket.reported().attachments()).hasSize(1);
      String fileId = ticket.reported().attachments().getFirst().ref();
      assertThat(telegram.fileBytes(fileId)).isEqualTo(Files.readAllBytes(photo));
      BotApiCall posted =
          telegram.sentTo(PHU_NGHIA_GROUP).stream()
              .filter(c -> c.method().equalsIgnoreCase("sendPhoto"))
              .findFirst()
              .orElseThrow();
      assertThat(posted.text()).contains("Ảnh kèm phản ánh gửi qua trang web");
    }
  }

  @Test
  void anUrgentReportIsToldToCall115BeforeItsCodeAndTheLocationIsTakenOnlyOnAPress() {
    try (Browser browser = Browser.start()) {
      onAPhone(browser);
      devTools(browser)
          .executeCdpCommand(
              "Browser.grantPermissions",
              Map.of("origin", base, "permissions", List.of("geolocation")));
      devTools(browser)
          .executeCdpCommand(
              "Emulation.setGeolocationOverride",
              Map.of("latitude", 11.9, "longitude", 106.9, "accuracy", 10));
      browser.open(base + "/report");
      WebElement latitude = browser.driver().findElement(By.name("lat"));
      assertThat(latitude.getDomProperty("value")).isEmpty();
      browser
          .driver()
          .findElement(By.id("text"))
          .sendKeys("Bố tôi khó thở, spo2 chỉ còn 88, nhà ở xã Phú Nghĩa, cứu với");
      browser.driver().findElement(By.cssSelector("button.locate")).click();
      browser.await(
          d -> d.findElement(By.cssSelector(".location-status")).getText().contains("Đã lấy"));
      assertThat(latitude.getDomProperty("value")).isEqualTo("11.900000");
      browser.driver().findElement(By.id("send")).click();

      String code = browser.await(d -> d.findElement(By.id("ticket-code")).getText());
      WebElement advice = browser.driver().findElement(By.id("urgent-advice"));
      assertThat(advice.getText()).contains("gọi ngay 115");
      Object adviceFirst =
          browser.script(
              "return (document.getElementById('urgent-advice').compareDocumentPosition("
                  + "document.getElementById('ticket-code')) & Node.DOCUMENT_POSITION_FOLLOWING)"
                  + " !== 0;");
      assertThat(adviceFirst).isEqualTo(true);
      assertThat(advice.getLocation().getY())
          .isLessThan(browser.driver().findElement(By.id("ticket-code")).getLocation().getY());
      browser.screenshots("report-urgent");
      assertThat(tickets.find(code).orElseThrow().reported().priority().name()).isEqualTo("URGENT");
    }
  }

  @Test
  void anAmbiguousCommuneIsChosenFromTheButtonsAndTheStatusShowsTheOfficersResult()
      throws Exception {
    Path photo = jpeg();
    try (Browser browser = Browser.start()) {
      onAPhone(browser);
      browser.open(base + "/report");
      browser
          .driver()
          .findElement(By.id("text"))
          .sendKeys("Có đám cưới tụ tập hơn 50 người ở xã Tân Thành tối nay");
      browser.driver().findElement(By.id("photo")).sendKeys(photo.toString());
      browser.driver().findElement(By.id("send")).click();

      browser.await(d -> d.findElement(By.id("choices")));
      assertThat(browser.driver().findElement(By.id("not-sent")).getText()).contains("CHƯA");
      assertThat(browser.driver().findElement(By.id("photo-held")).getText())
          .contains("Đã nhận ảnh");
      browser.screenshots("report-choose");
      onAPhone(browser);
      browser.driver().findElement(By.cssSelector("button[name=place][value='25207']")).click();

      String code = browser.await(d -> d.findElement(By.id("ticket-code")).getText());
      Ticket filed = tickets.find(code).orElseThrow();
      assertThat(filed.whereabouts().unitCode()).isEqualTo(new UnitCode("25207"));
      assertThat(filed.reported().attachments())
          .as("the photo of the first step, held while the commune was chosen")
          .hasSize(1);
      assertThat(telegram.fileBytes(filed.reported().attachments().getFirst().ref()))
          .isEqualTo(Files.readAllBytes(photo));
      assertThat(telegram.sentTo(PROVINCE_GROUP))
          .anyMatch(c -> c.method().equalsIgnoreCase("sendPhoto"));

      telegram.pushUpdate(Updates.text(PROVINCE_SUPERVISOR, "/ack " + code));
      awaitState(code, TicketState.ACKNOWLEDGED);
      telegram.pushUpdate(
          Updates.text(PROVINCE_SUPERVISOR, "/resolve " + code + " Đã giải tán, nhắc nhở chủ nhà"));
      awaitState(code, TicketState.RESOLVED);

      browser.driver().findElement(By.id("status-link")).click();
      String state = browser.await(d -> d.findElement(By.id("state")).getText());
      assertThat(state).isEqualTo("Đã xử lý");
      assertThat(browser.driver().findElement(By.id("events")).getText())
          .contains("Kết quả xử lý")
          .contains("Đã giải tán, nhắc nhở chủ nhà");
      assertThat(browser.driver().getPageSource())
          .doesNotContain("Có đám cưới tụ tập")
          .doesNotContain("Hoàng Minh Đức");
      browser.screenshots("status");

      onAPhone(browser);
      browser.open(base + "/status/ZZ-9999");
      String notFound = browser.await(d -> d.findElement(By.id("not-found")).getText());
      assertThat(notFound).contains("ZZ-9999");
      browser.screenshots("status-unknown");
    }
  }

  void awaitState(String code, TicketState state) {
    Eventually.await(
        code + " " + state,
        WebSignIn.WAIT,
        () -> tickets.find(code).map(t -> t.state() == state).orElse(false));
  }

  /** A phone's screen: 360 pixels wide. */
  static void onAPhone(Browser browser) {
    devTools(browser)
        .executeCdpCommand(
            "Emulation.setDeviceMetricsOverride",
            Map.of("width", PHONE, "height", 780, "deviceScaleFactor", 1, "mobile", true));
  }

  static HasCdp devTools(Browser browser) {
    return (HasCdp) browser.driver();
  }

  static Path jpeg() throws Exception {
    Path file = TempDirs.create("public-photo").resolve("market.jpg");
    Files.write(file, PublicReportIT.jpeg());
    return file;
  }
}
