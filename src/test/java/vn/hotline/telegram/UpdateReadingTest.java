package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.hotline.intake.Inbound;

/**
 * Updates as anyone could forge them: every field Telegram always fills may be missing, and texts
 * may be far longer than Telegram allows. Each is read into a value, never an exception.
 */
class UpdateReadingTest {
  static final long LAN = 6123457001L;

  static UpdateReading read(String json) {
    return UpdateReading.of(UpdateJson.parse(json).orElseThrow());
  }

  @Test
  void bodiesThatAreNoUpdateAreNotReadAsOne() {
    assertThat(UpdateJson.parse("null")).isEmpty();
    assertThat(UpdateJson.parse(null)).isEmpty();
    assertThat(UpdateJson.parse("[1, 2]")).isEmpty();
    assertThat(UpdateJson.parse("{\"update_id\": \"abc\"}")).isEmpty();
    assertThat(UpdateJson.parse("[".repeat(5_000))).isEmpty();
  }

  @Test
  void aMessageWithoutItsChatIsUnusableAndBelongsToNoChat() {
    String json =
        "{\"update_id\": 1, \"message\": {\"message_id\": 5, \"date\": 1,"
            + " \"from\": {\"id\": 7, \"is_bot\": false, \"first_name\": \"A\"}, \"text\": \"hi\"}}";
    assertThat(read(json)).isEqualTo(new UpdateReading.Unusable("message without its chat"));
    assertThat(UpdateJson.chatId(UpdateJson.parse(json).orElseThrow())).isZero();
  }

  @Test
  void aButtonPressWithoutItsSenderIsUnusableAndOneWithoutItsMessageAnswersInPrivate() {
    String noSender =
        "{\"update_id\": 2, \"callback_query\": {\"id\": \"q1\", \"chat_instance\": \"1\","
            + " \"data\": \"d:a:PN4K7Q\"}}";
    assertThat(read(noSender))
        .isEqualTo(new UpdateReading.Unusable("button press without its sender"));
    assertThat(UpdateJson.chatId(UpdateJson.parse(noSender).orElseThrow())).isZero();

    String noMessage =
        "{\"update_id\": 3, \"callback_query\": {\"id\": \"q2\", \"chat_instance\": \"1\","
            + " \"from\": {\"id\": "
            + LAN
            + ", \"is_bot\": false, \"first_name\": \"Lan\"}, \"data\": \"d:::::\"}}";
    assertThat(read(noMessage))
        .isInstanceOfSatisfying(
            UpdateReading.Usable.class,
            usable -> {
              var press = (Inbound.ButtonPress) usable.inbound();
              assertThat(press.sender().chatId()).isEqualTo(LAN);
              assertThat(press.sender().privateChat()).isTrue();
              assertThat(press.queryId()).isEqualTo("q2");
            });
  }

  @Test
  void aPhotoWithoutItsSizesWidthIsStillThePhotoAndOneWithoutAFileIsUnusable() {
    String noWidth =
        Updates.photo(LAN, LAN, "AgADphoto", "chợ tự phát")
            .replace("\"width\":1280,", "")
            .replace("\"width\":90,", "");
    assertThat(read(noWidth))
        .isInstanceOfSatisfying(
            UpdateReading.Usable.class,
            usable ->
                assertThat(((Inbound.Photo) usable.inbound()).fileId()).startsWith("AgADphoto"));
    String noFile =
        Updates.photo(LAN, LAN, "AgADphoto", "chợ").replaceAll("\"file_id\":\"[^\"]*\",", "");
    assertThat(read(noFile)).isEqualTo(new UpdateReading.Unusable("photo without a file"));
  }

  @Test
  void textsAndCaptionsAreCutToTelegramsLimitsBeforeAnythingReadsThem() {
    String longWords = "chợ tự phát ở xã Phú Nghĩa ".repeat(12_000); // over 300,000 characters
    var text = read(Updates.text(LAN, longWords));
    var photo = read(Updates.photo(LAN, LAN, "AgADphoto", longWords));
    assertThat(((Inbound.Text) ((UpdateReading.Usable) text).inbound()).text()).hasSize(4096);
    assertThat(((Inbound.Photo) ((UpdateReading.Usable) photo).inbound()).caption()).hasSize(1024);
  }

  @Test
  void aLocationWithoutCoordinatesIsRefusedAndAMessageWithoutSenderIsUnusable() {
    String location =
        "{\"update_id\": 4, \"message\": {\"message_id\": 6, \"date\": 1, \"chat\": {\"id\": "
            + LAN
            + ", \"type\": \"private\"}, \"from\": {\"id\": "
            + LAN
            + ", \"is_bot\": false, \"first_name\": \"Lan\"}, \"location\": {}}}";
    assertThat(UpdateJson.parse(location)).as("refused").isEmpty();
    String anonymous =
        "{\"update_id\": 5, \"message\": {\"message_id\": 7, \"date\": 1, \"chat\": {\"id\": "
            + LAN
            + ", \"type\": \"private\"}, \"text\": \"hi\"}}";
    assertThat(read(anonymous)).isEqualTo(new UpdateReading.Unusable("message without its sender"));
  }

  @Test
  void anEditOrAPollIsIgnored() {
    assertThat(read("{\"update_id\": 6}")).isEqualTo(new UpdateReading.Ignored());
  }
}
