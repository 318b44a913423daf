package vn.hotline.dashboard;

import static java.net.http.HttpResponse.BodyHandlers.ofByteArray;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.hotline.roster.OfficerId;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.telegram.Updates;
import vn.hotline.testing.Browser;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Tickets;
import vn.hotline.web.WebServiceProperties;
import vn.hotline.web.WebSignIn;

/**
 * The dashboard in a real browser, with tickets filed through Telegram: the province supervisor
 * sees the charts and the map, drills down from the map to a district and a commune's tickets, and
 * downloads the figures; officers and other districts' supervisors are refused.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardIT implements TestPropertyProvider {
  static final long OFFICER = 100001L;
  static final long DISTRICT_SUPERVISOR = 100003L;
  static final long PROVINCE_SUPERVISOR = 100004L;
  static final List<String> PHU_NGHIA_REPORTS =
      List.of(
          "Chợ tự phát họp đông người ở ấp 4 xã Phú Nghĩa từ sáng",
          "Có đám cưới tụ tập hơn 50 người ở xã Phú Nghĩa tối nay",
          "Quán karaoke ở xã Phú Nghĩa mở cửa hát ầm ĩ đông người");

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final WebSignIn signIn = new WebSignIn(telegram, base());
  final List<Ticket> filed = new ArrayList<>();

  @Inject Tickets tickets;
  @Inject TicketChanges changes;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("dashboard").servedOn(port).talkingTo(telegram).map();
  }

  @BeforeAll
  void fileTicketsThroughTelegram() {
    long citizen = 6_200_000_001L;
    for (String text : PHU_NGHIA_REPORTS) {
      filed.add(report(citizen++, text));
    }
    filed.add(report(citizen, "Quán karaoke ở phường Tân Bình mở cửa hát ầm ĩ đông người"));
    Actor officer = Actor.officer(new OfficerId(OFFICER), "Nguyễn Văn An");
    changes.apply(filed.getFirst().code(), t -> t.acknowledge(officer, Instant.now()));
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void theProvinceSupervisorDrillsDownFromTheMapToACommuneAndDownloadsTheFigures()
      throws Exception {
    try (Browser browser = Browser.start()) {
      signIn.inBrowser(browser, PROVINCE_SUPERVISOR);
      browser.open(base() + "/dashboard");
      browser.await(d -> chartsDrawn(browser));
      assertThat(browser.driver().findElements(By.cssSelector("#district-map a.district")))
          .hasSize(11);
      assertThat(browser.driver().findElement(By.cssSelector("#tile-received-today")).getText())
          .contains(String.valueOf(filed.size()));
      browser.screenshots("dashboard");

      WebElement buGiaMap =
          browser.driver().findElement(By.xpath("//*[local-name()='text'][text()='Bù Gia Mập']"));
      new Actions(browser.driver()).moveToElement(buGiaMap).click().perform();
      browser.await(d -> d.getCurrentUrl().contains("unit=691"));
      assertThat(browser.driver().findElement(By.tagName("h1")).getText()).contains("Bù Gia Mập");
      browser.await(d -> chartsDrawn(browser));
      String xlsx = browser.driver().findElement(By.id("export-xlsx")).getDomAttribute("href");

      browser.driver().findElement(By.linkText("Xã Phú Nghĩa")).click();
      browser.await(d -> d.getCurrentUrl().contains("unit=25267"));
      String listed = browser.await(d -> d.findElement(By.id("table-tickets")).getText());
      for (Ticket ticket : filed.subList(0, PHU_NGHIA_REPORTS.size())) {
        assertThat(listed).contains(ticket.code().toString());
      }
      browser.screenshots("dashboard-commune");

      List<List<String>> sheet = xlsx(signIn.of(browser).get(xlsx, ofByteArray()));
      List<String> phuNghia =
          sheet.stream().filter(row -> row.contains("Xã Phú Nghĩa")).findFirst().orElseThrow();
      int received = sheet.getFirst().indexOf("Tiếp nhận");
      assertThat(received).isPositive();
      assertThat(phuNghia.get(received)).isEqualTo("3");
    }
  }

  @Test
  void anOfficerIsRefusedTheDashboardAndItsExports() throws Exception {
    WebSignIn.Session session = signIn.overHttp(OFFICER);
    assertThat(session.get("/dashboard").statusCode()).isEqualTo(403);
    assertThat(session.get("/dashboard/export.csv").statusCode()).isEqualTo(403);
  }

  @Test
  void aDistrictSupervisorSeesTheirDistrictButNotAnother() throws Exception {
    WebSignIn.Session session = signIn.overHttp(DISTRICT_SUPERVISOR);
    HttpResponse<String> own = session.get("/dashboard");
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains("Bù Gia Mập").doesNotContain("district-map");
    assertThat(session.get("/dashboard?unit=692").statusCode()).isEqualTo(403);
    assertThat(session.get("/dashboard/export.xlsx?unit=692").statusCode()).isEqualTo(403);
    assertThat(session.get("/dashboard?unit=70").statusCode()).isEqualTo(403);
  }

  private static boolean chartsDrawn(Browser browser) {
    return Boolean.TRUE.equals(
        browser.script(
            "var charts = document.querySelectorAll('.chart');"
                + "return charts.length === 2 && Array.prototype.every.call(charts, function (el) {"
                + "  var canvas = el.querySelector('canvas');"
                + "  return echarts.getInstanceByDom(el) != null && canvas != null"
                + "    && canvas.width > 0 && canvas.height > 0; });"));
  }

  private Ticket report(long citizen, String text) {
    telegram.pushUpdate(Updates.text(citizen, text));
    return Eventually.awaitValue(
        "a ticket for " + citizen,
        WebSignIn.WAIT,
        () -> {
          var mine = tickets.reportedBy(Channel.TELEGRAM, String.valueOf(citizen), 5);
          return mine.isEmpty() ? null : mine.getFirst();
        });
  }

  private static List<List<String>> xlsx(HttpResponse<byte[]> response) throws Exception {
    assertThat(response.statusCode()).isEqualTo(200);
    List<List<String>> rows = new ArrayList<>();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      for (Row row : workbook.getFirstSheet().read()) {
        List<String> values = new ArrayList<>();
        for (int c = 0; c < row.getCellCount(); c++) {
          values.add(row.getOptionalCell(c).map(cell -> cell.getText()).orElse(""));
        }
        rows.add(values);
      }
    }
    return rows;
  }

  private String base() {
    return WebServiceProperties.base(port);
  }
}
