package vn.hotline.publicreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.roster.OfficerId;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Tickets;
import vn.hotline.ticket.Transition;
import vn.hotline.unit.UnitCode;
import vn.hotline.web.WebServiceProperties;

/**
 * The public report page over plain HTTP, without Telegram: what it refuses before anything is
 * filed, a form sent twice filing one ticket, a choice asked before filing, a photo that cannot
 * reach the officers, and the status page that shows the state and the officers' public words,
 * never what was reported or by whom.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicReportIT implements TestPropertyProvider {
  static final String MARKET = "cho tu phat hop dong nguoi o ap 4 xa phu nghia tu sang";
  static final Actor OFFICER =
      new Actor(Actor.Role.OFFICER, new OfficerId(100001L), "Nguyễn Văn An");

  final int port = FreePort.find();
  final PublicForms forms = new PublicForms(WebServiceProperties.base(port));

  @Inject Tickets tickets;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("public-report").servedOn(port).withoutTelegram().map();
  }

  @Test
  void theFormGivesTheBotsExamplesThe115AdviceAndATrapPeopleDoNotSee() throws Exception {
    HttpResponse<String> page = forms.get("/report");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(page.body())
        .contains("Chợ tự phát ở ấp 4 xã Phú Nghĩa họp từ sáng, rất đông người")
        .contains("Nhà tôi ở phường Tân Bình hết gạo 3 ngày nay, có 2 cháu nhỏ")
        .contains("Cấp cứu y tế: gọi ngay 115")
        .contains("accept=\"image/*\"")
        .contains("maxlength=\"4000\"")
        .containsPattern(
            "<div class=\"hp\" aria-hidden=\"true\">\\s*<label[^>]*>[^<]*</label>\\s*<input"
                + " type=\"text\" id=\"homepage_link\" name=\"homepage_link\" value=\"\""
                + " tabindex=\"-1\" autocomplete=\"off\">");
    assertThat(PublicForms.token(page.body())).matches("[A-Za-z0-9_-]{22}");
  }

  @Test
  void theLanguageSwitchComesBackToTheFormInEnglish() throws Exception {
    HttpResponse<String> vietnamese = forms.get("/report");
    assertThat(vietnamese.body()).contains("href=\"/lang?to=en&amp;back=%2Freport\"");

    HttpResponse<String> english = forms.get("/report", "hotline_lang=en");

    assertThat(english.body())
        .contains("<html lang=\"en\">")
        .contains("Send a report")
        .contains("Roadside market at hamlet 4, Phu Nghia commune, crowded since morning")
        .contains("Medical emergency: call 115 now");
  }

  @Test
  void aFilledTrapIsRefusedAndNothingIsStored() throws Exception {
    int before = count();
    Map<String, String> fields = PublicForms.report(FormToken.fresh(), MARKET);
    fields.put(ReportController.HONEYPOT, "http://spam.example");

    HttpResponse<String> answer = forms.post(fields, jpeg(), "market.jpg");

    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("Biểu mẫu này không được nhận").contains("href=\"/report\"");
    assertThat(count()).isEqualTo(before);
    assertThat(tickets.filedFrom(FormToken.origin(fields.get("token")))).isEmpty();
  }

  @Test
  void anEmptyReportShowsTheFormAgainWithWhatIsMissing() throws Exception {
    int before = count();
    String token = FormToken.fresh();

    HttpResponse<String> answer = forms.post(PublicForms.report(token, "   "));

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body())
        .contains("id=\"form-error\"")
        .contains("Bạn chưa viết nội dung phản ánh")
        .contains("id=\"report-form\"");
    assertThat(PublicForms.token(answer.body())).isEqualTo(token);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aReportOverFourThousandCharactersIsRefusedAndKeptForShortening() throws Exception {
    int before = count();
    String text = "Chợ tự phát ở xã Phú Nghĩa. " + "x".repeat(4000);

    HttpResponse<String> answer = forms.post(PublicForms.report(FormToken.fresh(), text));

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body()).contains("dài hơn 4.000 ký tự").contains(text);
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void aFileThatIsNoJpegOrPngIsRefusedWhateverItsNameAndNothingIsFiled() throws Exception {
    int before = count();
    String token = FormToken.fresh();
    byte[] page = "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> answer = forms.post(PublicForms.report(token, MARKET), page, "a.jpg");

    assertThat(answer.statusCode()).isEqualTo(422);
    assertThat(answer.body()).contains("Chỉ gửi được ảnh JPEG hoặc PNG").contains(MARKET);
    assertThat(count()).isEqualTo(before);
    assertThat(tickets.filedFrom(FormToken.origin(token))).isEmpty();
  }

  @Test
  void aPhotoOverFiveMegabytesIsRefusedAndNothingIsFiled() throws Exception {
    int before = count();
    byte[] large = new byte[ReportForm.MAX_PHOTO_BYTES + 1];
    byte[] jpeg = jpeg();
    System.arraycopy(jpeg, 0, large, 0, jpeg.length);
    byte[] huge = new byte[8 * 1024 * 1024];
    System.arraycopy(jpeg, 0, huge, 0, jpeg.length);

    HttpResponse<String> over =
        forms.post(PublicForms.report(FormToken.fresh(), MARKET), large, "a.jpg");
    HttpResponse<String> far =
        forms.post(PublicForms.report(FormToken.fresh(), MARKET), huge, "b.jpg");

    assertThat(over.statusCode()).isEqualTo(422);
    assertThat(over.body()).contains("Ảnh lớn hơn 5 MB").contains(MARKET);
    assertThat(far.statusCode()).isEqualTo(413);
    assertThat(far.body()).contains("Ảnh lớn hơn 5 MB").contains("id=\"report-form\"");
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void theSameFormSentTwiceFilesOneTicket() throws Exception {
    int before = count();
    Map<String, String> fields = PublicForms.report(FormToken.fresh(), MARKET);

    HttpResponse<String> first = forms.post(fields);
    HttpResponse<String> again = forms.post(fields);

    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(again.statusCode()).isEqualTo(303);
    String location = first.headers().firstValue("Location").orElseThrow();
    assertThat(again.headers().firstValue("Location")).contains(location);
    assertThat(count()).isEqualTo(before + 1);
    Ticket filed = tickets.filedFrom(FormToken.origin(fields.get("token"))).orElseThrow();
    assertThat(location).isEqualTo("/report/done/" + filed.code());
    assertThat(filed.reported().reporter().channel()).isEqualTo(Channel.WEB);
    assertThat(filed.whereabouts().unitCode()).isEqualTo(new UnitCode("25267"));

    HttpResponse<String> done = forms.get(location);
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body())
        .contains(filed.code().toString())
        .contains("Chợ tự phát")
        .contains("Trung tâm Chỉ huy sẽ tiếp nhận trước")
        .contains("href=\"/status/" + filed.code() + "\"")
        .doesNotContain("id=\"urgent-advice\"");
  }

  @Test
  void aFormSentAgainWithOtherWordsAfterItsReportWasFiledIsANewReport() throws Exception {
    String token = FormToken.fresh();
    forms.post(PublicForms.report(token, MARKET));

    HttpResponse<String> other =
        forms.post(
            PublicForms.report(token, "Đám cưới tụ tập hơn 50 người ở xã Phú Nghĩa tối nay"));

    assertThat(other.statusCode()).isEqualTo(303);
    String code = tickets.filedFrom(FormToken.origin(token)).orElseThrow().code().toString();
    assertThat(other.headers().firstValue("Location").orElseThrow()).doesNotContain(code);
  }

  @Test
  void anAmbiguousCommuneIsAskedBeforeAnythingIsFiledAndTheChoiceFilesThere() throws Exception {
    int before = count();
    String token = FormToken.fresh();
    Map<String, String> fields =
        PublicForms.report(token, "Có đám cưới tụ tập hơn 50 người ở xã Tân Thành tối nay");
    fields.put("phone", "0912 345 678");

    HttpResponse<String> asked = forms.post(fields);

    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body())
        .contains("Có nhiều nơi trùng tên")
        .contains("Phản ánh CHƯA được gửi")
        .contains("name=\"place\" value=\"25207\"")
        .contains("name=\"place\" value=\"25318\"")
        .contains("name=\"phone\" value=\"0912 345 678\"")
        .contains("name=\"token\" value=\"" + token + "\"");
    assertThat(count()).isEqualTo(before);

    fields.put("place", "25318");
    HttpResponse<String> filed = forms.post(fields);

    assertThat(filed.statusCode()).isEqualTo(303);
    Ticket ticket = tickets.filedFrom(FormToken.origin(token)).orElseThrow();
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(new UnitCode("25318"));
    assertThat(ticket.reported().contact().phone()).as("not a help request").isEmpty();
  }

  @Test
  void noPlaceAsksForTheCommuneTypedAndWhatIsTypedFilesThere() throws Exception {
    String token = FormToken.fresh();
    Map<String, String> fields =
        PublicForms.report(
            token, "Chợ tự phát họp rất đông người từ sáng, không ai đeo khẩu trang");

    HttpResponse<String> asked = forms.post(fields);

    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body())
        .contains("Việc này xảy ra ở xã/phường/thị trấn nào?")
        .contains("name=\"placeText\"")
        .contains("class=\"locate\"");
    fields.put("placeText", "Phú Nghĩa");
    assertThat(forms.post(fields).statusCode()).isEqualTo(303);
    Ticket ticket = tickets.filedFrom(FormToken.origin(token)).orElseThrow();
    assertThat(ticket.whereabouts().unitCode()).isEqualTo(new UnitCode("25267"));
  }

  @Test
  void anUnsureKindIsOfferedWithOtherLastAndTheChoiceIsFiled() throws Exception {
    String token = FormToken.fresh();
    Map<String, String> fields = PublicForms.report(token, "Ở xã Phú Nghĩa có chuyện này cần báo");

    HttpResponse<String> asked = forms.post(fields);

    assertThat(asked.statusCode()).isEqualTo(200);
    assertThat(asked.body())
        .contains("Phản ánh của bạn thuộc loại nào?")
        .containsPattern("name=\"category\" value=\"OTHER\">Khác</button>\\s*</div>");
    assertThat(tickets.filedFrom(FormToken.origin(token))).isEmpty();
    fields.put("category", "GATHERING");
    assertThat(forms.post(fields).statusCode()).isEqualTo(303);
    Ticket ticket = tickets.filedFrom(FormToken.origin(token)).orElseThrow();
    assertThat(ticket.reported().category()).isEqualTo("GATHERING");
  }

  @Test
  void aPhotoThatCannotReachTheOfficersIsSaidNotReceivedAndTheReportIsFiled() throws Exception {
    String token = FormToken.fresh();

    HttpResponse<String> answer =
        forms.post(PublicForms.report(token, MARKET), jpeg(), "market.jpg");

    assertThat(answer.statusCode()).isEqualTo(303);
    String location = answer.headers().firstValue("Location").orElseThrow();
    assertThat(location).endsWith("?photo=lost");
    assertThat(forms.get(location).body()).contains("Ảnh bạn gửi chưa được nhận");
    Ticket ticket = tickets.filedFrom(FormToken.origin(token)).orElseThrow();
    assertThat(ticket.reported().attachments()).isEmpty();
  }

  @Test
  void theStatusPageShowsTheStateAndTheOfficersPublicWordsOnly() throws Exception {
    String token = FormToken.fresh();
    String text = "Nhà tôi ở xã Phú Nghĩa hết gạo 3 ngày nay, có 2 cháu nhỏ";
    Map<String, String> fields = PublicForms.report(token, text);
    fields.put("phone", "0912345678");
    assertThat(forms.post(fields).statusCode()).isEqualTo(303);
    Ticket filed = tickets.filedFrom(FormToken.origin(token)).orElseThrow();
    assertThat(filed.reported().contact().phone()).as("a help request").isEqualTo("0912345678");
    TicketChanges changes = new TicketChanges(tickets);
    Instant at = Instant.now();
    apply(changes, filed, t -> t.acknowledge(OFFICER, at));
    apply(changes, filed, t -> t.postUpdate(OFFICER, "Tổ công tác sẽ mang gạo đến chiều nay", at));
    apply(
        changes,
        filed,
        t ->
            t.transfer(
                new UnitCode("25207"), new UnitCode("25207"), OFFICER, "ghi chú nội bộ XYZ", at));

    HttpResponse<String> transferred = forms.get("/status/" + filed.code().compact().toLowerCase());

    assertThat(transferred.statusCode()).isEqualTo(200);
    assertThat(transferred.body())
        .contains(filed.code().toString())
        .contains("Cần hỗ trợ lương thực")
        .contains("Đã chuyển đến Xã Tân Thành")
        .contains("Tổ công tác sẽ mang gạo đến chiều nay")
        .doesNotContain("ghi chú nội bộ XYZ")
        .doesNotContain(text)
        .doesNotContain("0912345678")
        .doesNotContain(OFFICER.name());

    apply(changes, filed, t -> t.acknowledge(OFFICER, at));
    apply(changes, filed, t -> t.resolve(OFFICER, "Đã trao 20 kg gạo cho gia đình", null, at));
    HttpResponse<String> resolved = forms.get("/status/" + filed.code());
    assertThat(resolved.body())
        .contains("Đã xử lý")
        .contains("Đã trao 20 kg gạo cho gia đình")
        .doesNotContain(text)
        .doesNotContain("0912345678");
  }

  @Test
  void anUnknownCodeIsNotFoundAndTheLookupFormIsOfferedAgain() throws Exception {
    HttpResponse<String> status = forms.get("/status/ZZ-9999");
    HttpResponse<String> done = forms.get("/report/done/ZZ-9999");

    assertThat(status.statusCode()).isEqualTo(404);
    assertThat(status.body())
        .contains("Không tìm thấy phản ánh «ZZ-9999»")
        .contains("action=\"/status\"");
    assertThat(done.statusCode()).isEqualTo(404);
  }

  @Test
  void aCodeTypedAnyWayInTheLookupFormLeadsToItsStatus() throws Exception {
    String token = FormToken.fresh();
    forms.post(PublicForms.report(token, MARKET));
    Ticket filed = tickets.filedFrom(FormToken.origin(token)).orElseThrow();
    String typed = filed.code().prefix().toLowerCase() + "+" + filed.code().tail().toLowerCase();

    HttpResponse<String> answer = forms.get("/status?code=" + typed);

    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location")).contains("/status/" + filed.code());
  }

  private void apply(
      TicketChanges changes, Ticket ticket, java.util.function.Function<Ticket, Transition> step) {
    assertThat(changes.apply(ticket.code(), step).applied()).isTrue();
  }

  private int count() {
    AtomicInteger n = new AtomicInteger();
    tickets.each(t -> n.incrementAndGet());
    return n.get();
  }

  static byte[] jpeg() throws Exception {
    BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
