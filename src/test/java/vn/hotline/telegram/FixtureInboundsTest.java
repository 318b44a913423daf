package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hotline.intake.Inbound;
import vn.hotline.intake.InboundHandler;
import vn.hotline.intake.UpdateHandler;

/**
 * Every real Telegram update under {@code src/test/resources/telegram/}, as the channel hands it
 * on: each must become exactly the {@link Inbound} written here (kind, chat, sender, text or
 * caption, photo, place, phone, button data), not merely parse.
 */
class FixtureInboundsTest {
  static final long LAN = 6123457001L;
  static final long MINH = 6123457002L;
  static final long JOHN = 6123457003L;
  static final long HUNG = 5987654321L;
  static final long TAN_THANH_GROUP = -1001987654321L;

  static final Inbound.Sender LAN_PRIVATELY = new Inbound.Sender(LAN, LAN, "vi", true, "Lan");

  static final Map<String, Inbound> EXPECTED =
      Map.of(
          TelegramFixtures.TEXT_WITH_DIACRITICS,
          new Inbound.Text(
              700000101,
              LAN_PRIVATELY,
              "Có chợ tự phát họp đông người ở ấp 4 xã Tân Thành, không ai đeo khẩu trang"),
          TelegramFixtures.TEXT_WITHOUT_DIACRITICS,
          new Inbound.Text(
              700000102,
              new Inbound.Sender(MINH, MINH, "vi", true, "Minh"),
              "co nguoi o tp hcm ve nha hang xom khong khai bao, ap 2 xa minh hung huyen chon"
                  + " thanh"),
          TelegramFixtures.PHOTO_WITH_CAPTION,
          new Inbound.Photo(
              700000103,
              LAN_PRIVATELY,
              // The largest of the three sizes (1280 wide), not the first or the last listed.
              "AgACAgUAAxkBAAIBOWE7nX1qY2bWk2lS0JmFv0Yk8yLNAAJ3rjEbyR7gVZ7x7c2xAAEBAAMCAAN4AAMgBA",
              "Đám cưới tụ tập hơn 50 người ở thôn 3, xã Tân Tiến, huyện Bù Đốp"),
          TelegramFixtures.LOCATION,
          new Inbound.Location(700000104, LAN_PRIVATELY, 11.535612, 106.883417),
          TelegramFixtures.CONTACT,
          new Inbound.ContactShared(700000105, LAN_PRIVATELY, "84912345678"),
          TelegramFixtures.CALLBACK_QUERY,
          new Inbound.ButtonPress(
              700000106, LAN_PRIVATELY, "4382937461200398571", "place:25207", 6),
          TelegramFixtures.GROUP_COMMAND,
          new Inbound.Text(
              700000107,
              new Inbound.Sender(TAN_THANH_GROUP, HUNG, "vi", false, "Hùng"),
              "/status@hotline1022_bot PN-4K7Q"),
          TelegramFixtures.START_IN_ENGLISH,
          new Inbound.Text(
              700000108, new Inbound.Sender(JOHN, JOHN, "en", true, "John"), "/start"));

  static Stream<Arguments> fixtures() {
    return EXPECTED.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void eachRealUpdateBecomesTheInboundItSays(String fixture, Inbound expected) {
    String json = TelegramFixtures.read(fixture);
    List<Inbound> handed = new ArrayList<>();
    var handler = new TelegramUpdateHandler(List.of(new Recording(handed)));
    var entry = UpdateJson.entry(UpdateJson.parse(json).orElseThrow(), json, Instant.EPOCH);

    assertThat(handler.handle(entry)).isEqualTo(UpdateHandler.Result.USED);

    assertThat(handed).containsExactly(expected);
    assertThat(entry.chatId()).as("the inbox lane").isEqualTo(expected.sender().chatId());
  }

  @Test
  void everyFixtureOnDiskHasItsExpectedInbound() throws IOException, URISyntaxException {
    Path dir = Path.of(getClass().getResource("/telegram/").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .map(name -> name.substring(0, name.length() - ".json".length()))
              .toList();
      assertThat(names).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }
  }

  /** Takes everything and remembers it. */
  private record Recording(List<Inbound> handed) implements InboundHandler {
    @Override
    public boolean canHandle(Inbound inbound) {
      return true;
    }

    @Override
    public void handle(Inbound inbound) {
      handed.add(inbound);
    }
  }
}
