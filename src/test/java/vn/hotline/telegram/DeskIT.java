package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.desk.DeskRoster;
import vn.hotline.roster.OfficerId;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.TempDirs;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.UnitCode;

/**
 * The Command Centre desk through the real TelegramBots client and a fake Bot API server, with the
 * demo roster: cards in groups, buttons and commands, permissions, transfers, duplicates and
 * reloads.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeskIT implements TestPropertyProvider {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final long PHU_NGHIA_GROUP = -1000025267L;
  static final long BU_GIA_MAP_GROUP = -1000000691L;
  static final long PROVINCE_GROUP = -1000000070L;
  static final long VILLAGE_OWNER = 100001L;
  static final long OFFICER = 100005L;
  static final long LEADER = 100002L;
  static final long PROVINCE_SUPERVISOR = 100004L;
  static final long OUTSIDER = 555_000_001L;

  final FakeBotApi telegram = FakeBotApi.start();
  final Path config = copyOfBotConfig();

  @Inject Tickets tickets;
  @Inject DeskRoster roster;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(telegram.properties());
    properties.put("hotline.data-dir", TempDirs.create("desk").toString());
    properties.put("hotline.bot-config-dir", config.toString());
    // The limits have a test of their own; here they would only make the test wait.
    properties.put("hotline.outbox.per-chat", "100");
    properties.put("hotline.outbox.per-group", "1000");
    properties.put("hotline.outbox.global", "1000");
    // Short, so that the cluster test sees the paced edit without waiting the real gap.
    properties.put("hotline.desk.cluster-edit-gap", "1s");
    return properties;
  }

  @AfterAll
  void stopTelegram() {
    telegram.close();
  }

  @Test
  void aTicketGoesFromNewToClosedThroughTheGroupsButtonsAndItsCitizenHearsEachStep() {
    long citizen = 6_200_000_001L;
    Ticket filed = report(citizen, "Quán karaoke ở xã Phú Nghĩa mở cửa hát đông người suốt đêm");
    String code = filed.code().toString();
    BotApiCall card = cardIn(PHU_NGHIA_GROUP, code);
    assertThat(card.text()).contains("Phú Nghĩa", "karaoke", "Chờ tiếp nhận");
    assertThat(card.text()).doesNotContain(String.valueOf(citizen));
    assertThat(card.callbackData()).contains("d:a:" + filed.code().compact());

    press(PHU_NGHIA_GROUP, OFFICER, "d:a:" + filed.code().compact(), card);
    awaitState(code, TicketState.ACKNOWLEDGED);
    assertThat(tickets.find(code).orElseThrow().handling().assigneeId())
        .isEqualTo(new OfficerId(OFFICER));
    awaitShown(
        PHU_NGHIA_GROUP,
        card,
        shown ->
            shown.text().contains("Trần Thị Bích")
                && shown.callbackData().contains("d:s:" + filed.code().compact()));
    awaitCitizenMessage(citizen, "tiếp nhận");

    telegram.pushUpdate(
        Updates.photo(
            PHU_NGHIA_GROUP, OFFICER, "AgADteam", "/update " + code + " Tổ công tác đã đến"));
    awaitState(code, TicketState.IN_PROGRESS);
    Eventually.await(
        "the photo of the update to reach the citizen",
        WAIT,
        () ->
            telegram.sentTo(citizen).stream()
                .anyMatch(c -> c.method().equalsIgnoreCase("sendPhoto")));

    press(PHU_NGHIA_GROUP, OFFICER, "d:s:" + filed.code().compact(), card);
    BotApiCall prompt =
        awaitMessageIn(PHU_NGHIA_GROUP, c -> c.text().contains("kết quả xử lý " + code));
    assertThat(prompt.replyMarkup()).contains("force_reply");
    telegram.pushUpdate(
        Updates.groupText(PHU_NGHIA_GROUP, OFFICER, "Đã nhắc nhở, quán đã đóng cửa"));
    awaitState(code, TicketState.RESOLVED);

    BotApiCall resolved = awaitCitizenMessage(citizen, "quán đã đóng cửa");
    telegram.pushUpdate(
        Updates.button(citizen, resolved.callbackData().get(0), resolved.messageId()));
    awaitState(code, TicketState.CLOSED);
    assertThat(tickets.find(code).orElseThrow().history())
        .extracting(HistoryEntry::kind)
        .containsSubsequence(
            HistoryEntry.Kind.FILED,
            HistoryEntry.Kind.ACKNOWLEDGED,
            HistoryEntry.Kind.UPDATED,
            HistoryEntry.Kind.RESOLVED,
            HistoryEntry.Kind.CONFIRMED);
  }

  @Test
  void notResolvedGoesBackToTheSameOfficerWhoWorkedItByCommands() {
    long citizen = 6_200_000_002L;
    Ticket filed = report(citizen, "Đám cưới tụ tập hơn 50 người ở xã Phú Nghĩa tối nay");
    String code = filed.code().toString();
    command(LEADER, "/ack " + code);
    awaitState(code, TicketState.ACKNOWLEDGED);
    command(LEADER, "/resolve " + code + " Đã yêu cầu giải tán");
    awaitState(code, TicketState.RESOLVED);
    BotApiCall resolved = awaitCitizenMessage(citizen, "Đã yêu cầu giải tán");
    telegram.pushUpdate(
        Updates.button(citizen, resolved.callbackData().get(1), resolved.messageId()));
    awaitState(code, TicketState.ACKNOWLEDGED);
    assertThat(tickets.find(code).orElseThrow().handling().assigneeId())
        .isEqualTo(new OfficerId(LEADER));
  }

  @Test
  void ofTwoOfficersPressingAcknowledgeAtOnceExactlyOneWinsAndTheOtherIsTold() {
    Ticket filed =
        report(6_200_000_003L, "Có người từ TP HCM về ấp 2 xã Phú Nghĩa không khai báo y tế");
    BotApiCall card = cardIn(PHU_NGHIA_GROUP, filed.code().toString());
    String ack = "d:a:" + filed.code().compact();
    int answersBefore = telegram.calls("answerCallbackQuery").size();
    press(PHU_NGHIA_GROUP, OFFICER, ack, card);
    press(PHU_NGHIA_GROUP, LEADER, ack, card);
    List<BotApiCall> answers =
        Eventually.awaitValue(
            "both presses answered",
            WAIT,
            () -> {
              var all = telegram.calls("answerCallbackQuery");
              return all.size() >= answersBefore + 2
                  ? all.subList(answersBefore, all.size())
                  : null;
            });
    Ticket ticket = tickets.find(filed.code().toString()).orElseThrow();
    assertThat(ticket.state()).isEqualTo(TicketState.ACKNOWLEDGED);
    assertThat(ticket.history())
        .filteredOn(e -> e.kind() == HistoryEntry.Kind.ACKNOWLEDGED)
        .hasSize(1);
    assertThat(answers)
        .extracting(c -> c.params().getOrDefault("text", ""))
        .anyMatch(text -> text.contains("đã được") && text.contains(ticket.code().toString()));
  }

  @Test
  void anOutsidersPressAndAForgedButtonForAnotherCommunesTicketChangeNothing() {
    Ticket phuNghia =
        report(6_200_000_004L, "Quán nhậu ở xã Phú Nghĩa tụ tập đông người sau 18 giờ");
    Ticket tanBinh = report(6_200_000_005L, "Tụ tập nhậu đông người ở phường Tân Bình");
    BotApiCall card = cardIn(PHU_NGHIA_GROUP, phuNghia.code().toString());
    press(PHU_NGHIA_GROUP, OUTSIDER, "d:a:" + phuNghia.code().compact(), card);
    // A Phú Nghĩa officer sends data made up for a Tân Bình ticket, and a transfer of it.
    press(PHU_NGHIA_GROUP, OFFICER, "d:a:" + tanBinh.code().compact(), card);
    press(PHU_NGHIA_GROUP, OFFICER, "d:tt:" + tanBinh.code().compact() + ":25267", card);
    List<BotApiCall> refusals =
        awaitAnswers(c -> c.params().getOrDefault("text", "").contains("⛔"), 3);
    assertThat(refusals).hasSize(3);
    assertThat(tickets.find(phuNghia.code().toString()).orElseThrow().version()).isZero();
    Ticket stillThere = tickets.find(tanBinh.code().toString()).orElseThrow();
    assertThat(stillThere.version()).isZero();
    assertThat(stillThere.whereabouts().unitCode()).isEqualTo(new UnitCode("25201"));
  }

  @Test
  void aTransferAcrossDistrictsMovesTheTicketWithItsHistoryAndUpdatesBothCards() {
    long citizen = 6_200_000_006L;
    Ticket filed = report(citizen, "Chợ tự phát ở ngã ba xã Phú Nghĩa đông người mua bán rau");
    String code = filed.code().toString();
    BotApiCall oldCard = cardIn(PHU_NGHIA_GROUP, code);
    command(LEADER, "/transfer " + code + " phường Tân Bình");
    awaitState(code, TicketState.NEW);
    Eventually.await(
        "the transfer",
        WAIT,
        () ->
            tickets
                .find(code)
                .orElseThrow()
                .whereabouts()
                .unitCode()
                .equals(new UnitCode("25201")));
    Ticket moved = tickets.find(code).orElseThrow();
    assertThat(moved.history().getLast().kind()).isEqualTo(HistoryEntry.Kind.TRANSFERRED);
    // Tân Bình has no group of its own: the card goes to the province's, saying so.
    BotApiCall newCard = cardIn(PROVINCE_GROUP, code);
    assertThat(newCard.text()).contains("Tân Bình", "chưa có nhóm");
    awaitShown(
        PHU_NGHIA_GROUP, oldCard, shown -> shown.text().contains("Đã chuyển sang Phường Tân Bình"));
    awaitCitizenMessage(citizen, "Phường Tân Bình");
  }

  @Test
  void aDuplicateIsLinkedToTheOriginalAndBothCitizensAreTold() {
    long first = 6_200_000_007L;
    long second = 6_200_000_008L;
    Ticket original =
        report(first, "Nhà bên cạnh ở xã Phú Nghĩa đang cách ly tại nhà mà vẫn ra ngoài");
    Ticket repeat = report(second, "Hàng xóm F1 phú nghĩa trốn cách ly đi lung tung");
    command(OFFICER, "/dup " + repeat.code() + " " + original.code());
    awaitState(repeat.code().toString(), TicketState.DUPLICATE);
    assertThat(tickets.find(repeat.code().toString()).orElseThrow().handling().duplicateOf())
        .isEqualTo(original.code());
    awaitCitizenMessage(second, original.code().toString());
    awaitCitizenMessage(first, "gộp");
    // From now on the second citizen follows the original.
    command(OFFICER, "/ack " + original.code());
    command(OFFICER, "/resolve " + original.code() + " Đã đưa đi cách ly tập trung");
    awaitCitizenMessage(second, "Đã đưa đi cách ly tập trung");
  }

  @Test
  void aComplaintAboutACommuneLandsInTheDistrictGroup() {
    Ticket complaint =
        report(
            6_200_000_009L, "Cán bộ xã Phú Nghĩa thu tiền khi phát gạo hỗ trợ, thái độ hách dịch");
    assertThat(complaint.whereabouts().unitCode()).isEqualTo(new UnitCode("691"));
    cardIn(BU_GIA_MAP_GROUP, complaint.code().toString());
    assertThat(telegram.sentTo(PHU_NGHIA_GROUP))
        .noneMatch(c -> c.text() != null && c.text().contains(complaint.code().toString()));
  }

  @Test
  void theOfficerResponsibleForTheVillageGetsADirectMessage() {
    Ticket filed =
        report(6_200_000_010L, "Có người lạ từ Bình Dương về ấp 4 xã Phú Nghĩa không khai báo");
    assertThat(filed.whereabouts().placeCode()).isEqualTo(new UnitCode("25267-04"));
    BotApiCall card = cardIn(PHU_NGHIA_GROUP, filed.code().toString());
    assertThat(card.text()).contains("Nguyễn Văn An");
    BotApiCall direct =
        awaitMessageIn(VILLAGE_OWNER, c -> c.text().contains(filed.code().toString()));
    assertThat(direct.callbackData()).contains("d:a:" + filed.code().compact());
  }

  @Test
  void aRosterReloadAddsAnOfficerWhoCanActAtOnce() throws IOException {
    long newcomer = 100_009L;
    Ticket filed =
        report(6_200_000_011L, "Tiệm cắt tóc ở xã Phú Nghĩa vẫn mở cửa, không đeo khẩu trang");
    String code = filed.code().toString();
    BotApiCall card = cardIn(PHU_NGHIA_GROUP, code);
    press(PHU_NGHIA_GROUP, newcomer, "d:a:" + filed.code().compact(), card);
    awaitAnswers(c -> c.params().getOrDefault("text", "").contains("danh sách trực"), 1);
    Files.writeString(
        config.resolve("officers.yml"),
        """
          - telegram_id: 100009
            name: "Đỗ Văn Mới"
            units: ["25267"]
            role: OFFICER
        """,
        StandardOpenOption.APPEND);
    command(PROVINCE_SUPERVISOR, "/reload");
    awaitMessageIn(PROVINCE_SUPERVISOR, c -> c.text().contains("Đã nạp lại danh sách trực"));
    command(newcomer, "/ack " + code);
    awaitState(code, TicketState.ACKNOWLEDGED);
    assertThat(tickets.find(code).orElseThrow().handling().assigneeId())
        .isEqualTo(new OfficerId(100009));
  }

  @Test
  void aLeaderHandsATicketToAnOfficerAndAnOfficerMayNot() {
    Ticket filed =
        report(6_200_000_012L, "Nhà hàng ở xã Phú Nghĩa vẫn cho khách ngồi ăn tại chỗ đông người");
    String code = filed.code().toString();
    command(OFFICER, "/assign " + code + " " + VILLAGE_OWNER);
    awaitMessageIn(OFFICER, c -> c.text().contains("không có quyền") && c.text().contains(code));
    command(LEADER, "/assign " + code + " " + VILLAGE_OWNER);
    awaitState(code, TicketState.ACKNOWLEDGED);
    assertThat(tickets.find(code).orElseThrow().handling().assigneeId())
        .isEqualTo(new OfficerId(VILLAGE_OWNER));
    command(LEADER, "/assign " + code + " " + PROVINCE_SUPERVISOR);
    awaitMessageIn(LEADER, c -> c.text().contains("không làm việc ở đơn vị"));
  }

  @Test
  void aHangUpSignalReloadsTheRoster() throws Exception {
    long newcomer = 100_010L;
    Ticket filed =
        report(6_200_000_013L, "Sân bóng chuyền ở xã Phú Nghĩa tụ tập đánh bóng chuyền đông người");
    Files.writeString(
        config.resolve("officers.yml"),
        """
          - telegram_id: 100010
            name: "Vũ Thị Hạnh"
            units: ["25267"]
            role: OFFICER
        """,
        StandardOpenOption.APPEND);
    Process kill =
        new ProcessBuilder("kill", "-HUP", String.valueOf(ProcessHandle.current().pid())).start();
    assertThat(kill.waitFor()).isZero();
    Eventually.await(
        "the roster to be reloaded", WAIT, () -> roster.current().find(newcomer).isPresent());
    command(newcomer, "/ack " + filed.code());
    awaitState(filed.code().toString(), TicketState.ACKNOWLEDGED);
    assertThat(tickets.find(filed.code().toString()).orElseThrow().handling().assigneeId())
        .isEqualTo(new OfficerId(100010));
  }

  @Test
  void manyReportsOfOneMarketMakeOneCardThatJoinsThemInOneTap() {
    String market = "Chợ tự phát họp trước cổng trường tiểu học xã Phú Nghĩa, rất đông người";
    Ticket head = report(6_200_000_020L, market);
    List<Ticket> repeats =
        Stream.of(21L, 22L, 23L)
            .map(n -> report(6_200_000_000L + n, market + (n % 2 == 0 ? " mua bán" : "")))
            .toList();
    BotApiCall card = cardIn(PHU_NGHIA_GROUP, head.code().toString());
    BotApiCall cluster =
        awaitShown(PHU_NGHIA_GROUP, card, shown -> shown.text().contains("3 phản ánh tương tự"));
    for (Ticket repeat : repeats) {
      assertThat(telegram.sentTo(PHU_NGHIA_GROUP))
          .noneMatch(c -> c.text() != null && c.text().startsWith("🆕 <b>" + repeat.code()));
    }
    press(PHU_NGHIA_GROUP, LEADER, "d:m:" + head.code().compact(), cluster);
    for (Ticket repeat : repeats) {
      awaitState(repeat.code().toString(), TicketState.DUPLICATE);
    }
  }

  @Test
  void anOfficerListsTheQueueTheirTicketsAndFindsOneByWords() {
    Ticket filed =
        report(6_200_000_030L, "Sân bóng ở xã Phú Nghĩa tụ tập đá bóng đông người chiều nay");
    String code = filed.code().toString();
    command(OFFICER, "/queue");
    awaitMessageIn(OFFICER, c -> c.text().contains("Phiếu đang chờ") && c.text().contains(code));
    command(OFFICER, "/ack " + code);
    awaitState(code, TicketState.ACKNOWLEDGED);
    command(OFFICER, "/mine");
    awaitMessageIn(OFFICER, c -> c.text().contains("đang xử lý") && c.text().contains(code));
    command(OFFICER, "/find da bong");
    awaitMessageIn(OFFICER, c -> c.text().contains("«da bong»") && c.text().contains(code));
    command(OFFICER, "/t " + code);
    BotApiCall shown =
        awaitMessageIn(OFFICER, c -> c.callbackData().contains("d:u:" + filed.code().compact()));
    assertThat(shown.text()).contains(code, "Sân bóng", "Trần Thị Bích");
  }

  // ---- helpers

  Ticket report(long citizen, String text) {
    int before = tickets.reportedBy(Channel.TELEGRAM, String.valueOf(citizen), 50).size();
    telegram.pushUpdate(Updates.text(citizen, text));
    return Eventually.awaitValue(
        "a ticket for " + citizen,
        WAIT,
        () -> {
          var mine = tickets.reportedBy(Channel.TELEGRAM, String.valueOf(citizen), 50);
          return mine.size() > before ? mine.getFirst() : null;
        });
  }

  void command(long officer, String text) {
    telegram.pushUpdate(Updates.text(officer, text));
  }

  void press(long chat, long user, String data, BotApiCall message) {
    telegram.pushUpdate(Updates.button(chat, user, data, message.messageId()));
  }

  BotApiCall cardIn(long group, String code) {
    return awaitMessageIn(
        group, c -> c.text().contains("<b>" + code + "</b>") && c.callbackData().size() > 0);
  }

  BotApiCall awaitMessageIn(long chat, Predicate<BotApiCall> wanted) {
    return Eventually.awaitValue(
        "a message to " + chat,
        WAIT,
        () ->
            telegram.sentTo(chat).stream()
                .filter(c -> c.text() != null && wanted.test(c))
                .findFirst()
                .orElse(null));
  }

  BotApiCall awaitCitizenMessage(long citizen, String fragment) {
    return awaitMessageIn(citizen, c -> c.text().contains(fragment));
  }

  BotApiCall awaitShown(long chat, BotApiCall message, Predicate<BotApiCall> wanted) {
    return Eventually.awaitValue(
        "message " + message.messageId() + " in " + chat + " to change",
        WAIT,
        () -> telegram.shown(chat, message.messageId()).filter(wanted).orElse(null));
  }

  List<BotApiCall> awaitAnswers(Predicate<BotApiCall> wanted, int n) {
    return Eventually.awaitValue(
        n + " answers",
        WAIT,
        () -> {
          var found = telegram.calls("answerCallbackQuery").stream().filter(wanted).toList();
          return found.size() >= n ? found : null;
        });
  }

  void awaitState(String code, TicketState state) {
    Eventually.await(
        code + " to be " + state,
        WAIT,
        () -> tickets.find(code).map(t -> t.state() == state).orElse(false));
  }

  private static Path copyOfBotConfig() {
    try {
      Path copy = Files.createTempDirectory("desk-config");
      try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
        for (Path file : files.toList()) {
          Files.copy(file, copy.resolve(file.getFileName()));
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
