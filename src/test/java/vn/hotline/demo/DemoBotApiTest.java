package vn.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The stand-in answers the Bot API methods the service calls as Telegram does. */
class DemoBotApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final DemoPerson OFFICER = new DemoPerson(100_001L, "Nguyễn Văn An", "vi");
  static final long GROUP = -1_000_025_267L;
  static final DemoCast CAST =
      new DemoCast(
          DemoCast.CITIZEN,
          List.of(
              new DemoCast.DemoGroup(
                  GROUP, "Ban Chỉ huy Xã Phú Nghĩa", DemoCast.COMMUNE, List.of(OFFICER))));
  static final long CITIZEN_CHAT = DemoCast.CITIZEN.id();

  final DemoChats chats = new DemoChats();
  final DemoBotApi api = DemoBotApi.start(chats, CAST, Clock.systemUTC());
  final DemoPlayer player = api.player();
  final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void getUpdatesConfirmsWhatTheOffsetPassesAndKeepsTheRest() throws Exception {
    long first = pushed(player.sendText(CITIZEN_CHAT, DemoCast.CITIZEN, "một"));
    long second = pushed(player.sendText(CITIZEN_CHAT, DemoCast.CITIZEN, "hai"));

    assertThat(updateIds(call("getUpdates", Map.of("offset", 0)))).containsExactly(first, second);
    assertThat(updateIds(call("getUpdates", Map.of("offset", first + 1)))).containsExactly(second);
    assertThat(updateIds(call("getUpdates", Map.of("offset", second + 1)))).isEmpty();
    assertThat(updateIds(call("getUpdates", Map.of("offset", first)))).isEmpty();
  }

  @Test
  void aLongPollAnswersWithWhatAPersonWrites() throws Exception {
    CompletableFuture<JsonNode> poll =
        CompletableFuture.supplyAsync(() -> call("getUpdates", Map.of("timeout", 40)));

    player.sendText(CITIZEN_CHAT, DemoCast.CITIZEN, "Có chợ tự phát");

    JsonNode updates = poll.get(10, TimeUnit.SECONDS).get("result");
    assertThat(updates).hasSize(1);
    assertThat(updates.get(0).at("/message/text").asText()).isEqualTo("Có chợ tự phát");
  }

  @Test
  void updateIdsGoOnFromTheOffsetTheServiceRemembers() throws Exception {
    long remembered = 2_000_000_000L;
    call("getUpdates", Map.of("offset", remembered));

    long id = pushed(player.sendText(CITIZEN_CHAT, DemoCast.CITIZEN, "sau khi khởi động lại"));

    assertThat(id).isGreaterThanOrEqualTo(remembered);
    assertThat(updateIds(call("getUpdates", Map.of("offset", remembered)))).containsExactly(id);
  }

  @Test
  void aPrivateMessageAndAGroupMessageAreShapedAsTelegramShapesThem() throws Exception {
    player.sendText(CITIZEN_CHAT, DemoCast.CITIZEN, "/status <HN>");
    player.sendText(GROUP, OFFICER, "đã xử lý");

    JsonNode updates = call("getUpdates", Map.of()).get("result");
    JsonNode citizen = updates.get(0).get("message");
    assertThat(citizen.at("/chat/type").asText()).isEqualTo("private");
    assertThat(citizen.at("/chat/id").asLong()).isEqualTo(CITIZEN_CHAT);
    assertThat(citizen.at("/from/language_code").asText()).isEqualTo("vi");
    assertThat(citizen.get("text").asText()).isEqualTo("/status <HN>");
    assertThat(citizen.at("/entities/0/type").asText()).isEqualTo("bot_command");
    JsonNode officer = updates.get(1).get("message");
    assertThat(officer.at("/chat/type").asText()).isEqualTo("group");
    assertThat(officer.at("/chat/title").asText()).isEqualTo("Ban Chỉ huy Xã Phú Nghĩa");
    assertThat(officer.at("/from/id").asLong()).isEqualTo(OFFICER.id());
    assertThat(chats.messages(CITIZEN_CHAT).getFirst().html()).isEqualTo("/status &lt;HN&gt;");
  }

  @Test
  void someoneOutsideTheChatCannotBePlayedInIt() {
    assertThat(player.sendText(CITIZEN_CHAT, OFFICER, "xin chào"))
        .isInstanceOf(DemoPlayer.Played.Refused.class);
    assertThat(player.sendText(GROUP, DemoCast.CITIZEN, "xin chào"))
        .isInstanceOf(DemoPlayer.Played.Refused.class);
    assertThat(chats.version()).isZero();
  }

  @Test
  void theBotsMessageIsKeptWithItsHtmlAndButtons() {
    JsonNode sent =
        call(
            "sendMessage",
            Map.of(
                "chat_id",
                GROUP,
                "text",
                "<b>PN-0001</b> Chợ tự phát",
                "parse_mode",
                "HTML",
                "link_preview_options",
                Map.of("is_disabled", true),
                "reply_markup",
                keyboard("✋ Tiếp nhận", "ack:PN-0001")));

    assertThat(sent.at("/result/message_id").asLong()).isEqualTo(1);
    assertThat(sent.at("/result/chat/id").asLong()).isEqualTo(GROUP);
    assertThat(sent.at("/result/reply_markup/inline_keyboard/0/0/callback_data").asText())
        .isEqualTo("ack:PN-0001");
    DemoMessage shown = chats.messages(GROUP).getFirst();
    assertThat(shown.fromBot()).isTrue();
    assertThat(shown.html()).isEqualTo("<b>PN-0001</b> Chợ tự phát");
    assertThat(shown.buttons())
        .containsExactly(List.of(new DemoButton("✋ Tiếp nhận", "ack:PN-0001")));
    assertThat(chats.version()).isEqualTo(1);
  }

  @Test
  void editsApplyInPlace() {
    call(
        "sendMessage",
        Map.of("chat_id", GROUP, "text", "trước", "reply_markup", keyboard("A", "a")));

    JsonNode edited =
        call(
            "editMessageText",
            Map.of(
                "chat_id",
                GROUP,
                "message_id",
                1,
                "text",
                "<i>sau</i>",
                "reply_markup",
                keyboard("B", "b")));
    call("editMessageReplyMarkup", Map.of("chat_id", GROUP, "message_id", 1));

    assertThat(edited.get("ok").asBoolean()).isTrue();
    assertThat(chats.messages(GROUP))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo(1);
              assertThat(m.html()).isEqualTo("<i>sau</i>");
              assertThat(m.buttons()).isEmpty();
              assertThat(m.edited()).isTrue();
            });
    JsonNode same =
        call("editMessageText", Map.of("chat_id", GROUP, "message_id", 1, "text", "<i>sau</i>"));
    JsonNode missing =
        call("editMessageText", Map.of("chat_id", GROUP, "message_id", 9, "text", "x"));
    assertThat(same.get("description").asText()).contains("not modified");
    assertThat(missing.get("error_code").asInt()).isEqualTo(400);
  }

  @Test
  void aPressMakesACallbackQueryWithTheMessage() {
    call(
        "sendMessage",
        Map.of("chat_id", GROUP, "text", "thẻ", "reply_markup", keyboard("✋", "ack:1")));

    long id = pushed(player.press(GROUP, 1, OFFICER, "ack:1"));

    JsonNode query = call("getUpdates", Map.of()).at("/result/0");
    assertThat(query.get("update_id").asLong()).isEqualTo(id);
    assertThat(query.at("/callback_query/data").asText()).isEqualTo("ack:1");
    assertThat(query.at("/callback_query/from/id").asLong()).isEqualTo(OFFICER.id());
    assertThat(query.at("/callback_query/id").asText()).isNotBlank();
    assertThat(query.at("/callback_query/message/message_id").asLong()).isEqualTo(1);
    assertThat(query.at("/callback_query/message/chat/id").asLong()).isEqualTo(GROUP);
    assertThat(query.at("/callback_query/message/text").asText()).isEqualTo("thẻ");
    assertThat(player.press(GROUP, 1, OFFICER, "forged"))
        .isInstanceOf(DemoPlayer.Played.Refused.class);
  }

  @Test
  void aReplyKeyboardReplacesThePersonsKeysUntilRemoved() {
    call(
        "sendMessage",
        Map.of(
            "chat_id",
            CITIZEN_CHAT,
            "text",
            "Ở đâu?",
            "reply_markup",
            Map.of("keyboard", List.of(List.of(Map.of("text", "📍", "request_location", true))))));
    assertThat(chats.replyKeyboard(CITIZEN_CHAT))
        .containsExactly(List.of(new DemoKey("📍", true, false)));

    call(
        "sendMessage",
        Map.of(
            "chat_id",
            CITIZEN_CHAT,
            "text",
            "Cảm ơn",
            "reply_markup",
            Map.of("remove_keyboard", true)));

    assertThat(chats.replyKeyboard(CITIZEN_CHAT)).isEmpty();
  }

  @Test
  void anUploadedDocumentIsServedAtThePathGetFileGives() throws Exception {
    byte[] content = "ticket;state\nPN-0001;NEW\n".getBytes(StandardCharsets.UTF_8);
    JsonNode sent = upload("sendDocument", "document", "bao-cao.csv", content);
    String fileId = sent.at("/result/document/file_id").asText();

    String path = call("getFile", Map.of("file_id", fileId)).at("/result/file_path").asText();

    assertThat(download(path).body()).isEqualTo(content);
    assertThat(chats.messages(GROUP).getFirst().media())
        .isEqualTo(new DemoMedia.Document(fileId, "bao-cao.csv"));
    assertThat(api.file(fileId)).hasValue(content);
  }

  @Test
  void aPhotoSentByAnUnknownFileIdIsServedAsAPlaceholderImage() throws Exception {
    call(
        "sendPhoto",
        Map.of("chat_id", GROUP, "photo", "AgACAgUAAxkBAAIB-from-last-run", "caption", "ảnh"));

    String path =
        call("getFile", Map.of("file_id", "AgACAgUAAxkBAAIB-from-last-run"))
            .at("/result/file_path")
            .asText();

    HttpResponse<byte[]> image = download(path);
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(new String(image.body(), 1, 3, StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
    assertThat(chats.messages(GROUP).getFirst().photo()).isTrue();
  }

  @Test
  void aPhotoACitizenSendsCanBeFetchedByTheBot() throws Exception {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
    player.sendPhoto(CITIZEN_CHAT, DemoCast.CITIZEN, jpeg, "rác ở chợ");

    JsonNode message = call("getUpdates", Map.of()).at("/result/0/message");
    String fileId = message.at("/photo/0/file_id").asText();
    String path = call("getFile", Map.of("file_id", fileId)).at("/result/file_path").asText();

    assertThat(message.get("caption").asText()).isEqualTo("rác ở chợ");
    assertThat(download(path).body()).isEqualTo(jpeg);
  }

  @Test
  void anotherTokenIsRefusedAsTelegramRefusesIt() throws Exception {
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(api.url() + "/bot123:other/getMe")).build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(call("getMe", Map.of()).at("/result/id").asLong()).isEqualTo(DemoPerson.BOT.id());
  }

  @Test
  void getUpdatesIsRefusedWhileAWebhookIsSet() {
    call("setWebhook", Map.of("url", "https://hotline.test/telegram/webhook/x"));
    assertThat(call("getUpdates", Map.of()).get("error_code").asInt()).isEqualTo(409);

    call("deleteWebhook", Map.of("drop_pending_updates", false));
    assertThat(call("getUpdates", Map.of()).get("ok").asBoolean()).isTrue();
  }

  // ---- helpers

  static long pushed(DemoPlayer.Played played) {
    assertThat(played).isInstanceOf(DemoPlayer.Played.Pushed.class);
    return ((DemoPlayer.Played.Pushed) played).updateId();
  }

  static Map<String, Object> keyboard(String text, String data) {
    return Map.of("inline_keyboard", List.of(List.of(Map.of("text", text, "callback_data", data))));
  }

  static List<Long> updateIds(JsonNode answer) {
    return answer.get("result").valueStream().map(u -> u.get("update_id").asLong()).toList();
  }

  JsonNode call(String method, Map<String, Object> params) {
    try {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(
                      URI.create(api.url() + "/bot" + DemoBotApi.TOKEN + "/" + method))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(params)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(answer.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  JsonNode upload(String method, String part, String fileName, byte[] content) throws Exception {
    String boundary = "demo-boundary-1022";
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n"
            + GROUP
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + part
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    byte[] body =
        concat(
            head.getBytes(StandardCharsets.UTF_8), content, tail.getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(URI.create(api.url() + "/bot" + DemoBotApi.TOKEN + "/" + method))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(answer.body());
  }

  HttpResponse<byte[]> download(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(api.url() + "/file/bot" + DemoBotApi.TOKEN + "/" + path))
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static byte[] concat(byte[]... parts) {
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    for (byte[] part : parts) {
      all.writeBytes(part);
    }
    return all.toByteArray();
  }
}
