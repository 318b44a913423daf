package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The fake Bot API answers the real TelegramBots client as Telegram would. */
class FakeBotApiTest {
  static final long LAN = 6123457001L;
  static final long GROUP = -1001987654321L;

  final FakeBotApi telegram = FakeBotApi.start();
  final TelegramClient client = TelegramClients.create(telegram.settings(), Duration.ofSeconds(10));

  @AfterEach
  void stop() {
    telegram.close();
  }

  @Test
  void getMeNamesTheBotAndAWrongTokenIsUnauthorized() throws Exception {
    assertThat(client.execute(new GetMe()).getUserName()).isEqualTo(FakeBotApi.BOT_USERNAME);

    TelegramClient stranger =
        TelegramClients.create(
            new TelegramSettings("1:wrong", telegram.url(), "", ""), Duration.ofSeconds(5));
    assertThatThrownBy(() -> stranger.execute(new GetMe()))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(401));
  }

  @Test
  void getUpdatesKeepsUpdatesUntilAHigherOffsetConfirmsThem() throws Exception {
    long first = telegram.pushFixture(TelegramFixtures.TEXT_WITH_DIACRITICS);
    long second = telegram.pushFixture(TelegramFixtures.TEXT_WITHOUT_DIACRITICS);

    assertThat(poll(0, 0))
        .extracting(Update::getUpdateId)
        .containsExactly((int) first, (int) second);
    assertThat(poll(0, 0)).as("nothing confirmed yet").hasSize(2);
    assertThat(poll(first + 1, 0)).extracting(Update::getUpdateId).containsExactly((int) second);
    assertThat(poll(second + 1, 0)).isEmpty();
    assertThat(telegram.pendingUpdates()).isZero();
    assertThat(client.execute(GetUpdates.builder().limit(1).build())).isEmpty();
  }

  @Test
  void getUpdatesGivesAtMostLimitUpdatesAndANegativeOffsetKeepsOnlyTheNewest() throws Exception {
    for (int i = 0; i < 5; i++) {
      telegram.pushUpdate(
          "{\"message\":{\"message_id\":"
              + i
              + ",\"date\":1631260800,"
              + "\"chat\":{\"id\":"
              + LAN
              + ",\"type\":\"private\"},\"text\":\"m"
              + i
              + "\"}}");
    }
    assertThat(client.execute(GetUpdates.builder().limit(2).build())).hasSize(2);
    assertThat(client.execute(GetUpdates.builder().offset(-1).build()))
        .extracting(u -> u.getMessage().getText())
        .containsExactly("m4");
  }

  @Test
  void aLongPollWaitsForTheNextUpdateAndReturnsEmptyWhenItsTimeoutPasses() throws Exception {
    long started = System.nanoTime();
    assertThat(poll(0, 1)).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));

    CompletableFuture<List<Update>> waiting =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return poll(0, 20);
              } catch (TelegramApiException e) {
                throw new IllegalStateException(e);
              }
            });
    telegram.pushFixture(TelegramFixtures.CALLBACK_QUERY);
    List<Update> updates = waiting.get(5, TimeUnit.SECONDS);
    assertThat(updates)
        .singleElement()
        .satisfies(u -> assertThat(u.getCallbackQuery().getData()).isEqualTo("place:25207"));
  }

  @Test
  void aWebhookExcludesGetUpdatesUntilItIsDeleted() throws Exception {
    client.execute(
        SetWebhook.builder()
            .url("https://hotline.example.vn/telegram/s3cret")
            .secretToken("s3cret")
            .maxConnections(40)
            .allowedUpdates(List.of("message", "callback_query"))
            .build());
    assertThat(telegram.webhook())
        .hasValueSatisfying(
            w -> {
              assertThat(w.url()).isEqualTo("https://hotline.example.vn/telegram/s3cret");
              assertThat(w.secretToken()).isEqualTo("s3cret");
              assertThat(w.allowedUpdates()).contains("callback_query");
            });
    assertThatThrownBy(() -> poll(0, 0))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(409));

    telegram.pushFixture(TelegramFixtures.CONTACT);
    client.execute(DeleteWebhook.builder().dropPendingUpdates(true).build());
    assertThat(telegram.webhook()).isEmpty();
    assertThat(poll(0, 0)).isEmpty();
  }

  @Test
  void setMyCommandsIsRecorded() throws Exception {
    client.execute(
        SetMyCommands.builder()
            .command(new BotCommand("status", "Xem tình trạng phản ánh"))
            .build());
    assertThat(telegram.commands())
        .hasValueSatisfying(json -> assertThat(json).contains("status", "tình trạng"));
  }

  @Test
  void sendsGetIncreasingMessageIdsPerChatAndAreRecordedWithTextMarkupAndCaption()
      throws Exception {
    assertThat(client.execute(SendMessage.builder().chatId(LAN).text("một").build()).getMessageId())
        .isEqualTo(1);
    assertThat(
            client.execute(SendMessage.builder().chatId(GROUP).text("nhóm").build()).getMessageId())
        .isEqualTo(1);
    assertThat(
            client
                .execute(
                    SendPhoto.builder()
                        .chatId(LAN)
                        .photo(new InputFile("AgACAgUAAx"))
                        .caption("ảnh <b>đẹp</b>")
                        .parseMode("HTML")
                        .build())
                .getMessageId())
        .isEqualTo(2);
    client.execute(
        AnswerCallbackQuery.builder()
            .callbackQueryId("4382937461200398571")
            .text("Đã nhận")
            .build());

    assertThat(telegram.sentTo(LAN))
        .extracting(BotApiCall::text)
        .containsExactly("một", "ảnh <b>đẹp</b>");
    assertThat(telegram.sentTo(LAN).getLast().params()).containsEntry("photo", "AgACAgUAAx");
    assertThat(telegram.calls("answerCallbackQuery"))
        .singleElement()
        .satisfies(
            c -> assertThat(c.params()).containsEntry("callback_query_id", "4382937461200398571"));
  }

  @Test
  void editsNeedAnExistingMessageAndAChange() throws Exception {
    client.execute(SendMessage.builder().chatId(LAN).text("Đã nhận").build());
    client.execute(EditMessageText.builder().chatId(LAN).messageId(1).text("Đã xử lý").build());
    assertThatThrownBy(
            () ->
                client.execute(
                    EditMessageText.builder().chatId(LAN).messageId(1).text("Đã xử lý").build()))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).contains("message is not modified"));
    assertThatThrownBy(
            () ->
                client.execute(
                    EditMessageText.builder().chatId(LAN).messageId(9).text("x").build()))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).contains("message to edit not found"));
  }

  @Test
  void enforcedLimitsAnswer429WithRetryAfterAndCountTheViolations() throws Exception {
    telegram.enforceLimits(
        2, Duration.ofSeconds(3), 20, Duration.ofMinutes(1), 30, Duration.ofSeconds(1));
    client.execute(SendMessage.builder().chatId(LAN).text("1").build());
    client.execute(SendMessage.builder().chatId(LAN).text("2").build());
    assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(LAN).text("3").build()))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class,
            e -> {
              assertThat(e.getErrorCode()).isEqualTo(429);
              assertThat(e.getParameters().getRetryAfter()).isBetween(1, 3);
              assertThat(e.getApiResponse()).startsWith("Too Many Requests: retry after");
            });
    client.execute(SendMessage.builder().chatId(LAN + 1).text("other chat").build());
    assertThat(telegram.rateLimited()).isEqualTo(1);
  }

  @Test
  void failuresAndBlockedChatsAreAnsweredAsOrdered() throws Exception {
    telegram.failNext(1);
    telegram.block(LAN + 5);
    telegram.forget(LAN + 6);
    assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(LAN).text("x").build()))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class, e -> assertThat(e.getErrorCode()).isEqualTo(500));
    assertThat(client.execute(SendMessage.builder().chatId(LAN).text("x").build()).getMessageId())
        .isEqualTo(1);
    assertThatThrownBy(
            () -> client.execute(SendMessage.builder().chatId(LAN + 5).text("x").build()))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class,
            e -> {
              assertThat(e.getErrorCode()).isEqualTo(403);
              assertThat(e.getApiResponse()).isEqualTo("Forbidden: bot was blocked by the user");
            });
    assertThatThrownBy(
            () -> client.execute(SendMessage.builder().chatId(LAN + 6).text("x").build()))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class,
            e -> assertThat(e.getApiResponse()).isEqualTo("Bad Request: chat not found"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        TelegramFixtures.TEXT_WITH_DIACRITICS,
        TelegramFixtures.TEXT_WITHOUT_DIACRITICS,
        TelegramFixtures.PHOTO_WITH_CAPTION,
        TelegramFixtures.LOCATION,
        TelegramFixtures.CONTACT,
        TelegramFixtures.CALLBACK_QUERY,
        TelegramFixtures.GROUP_COMMAND,
        TelegramFixtures.START_IN_ENGLISH
      })
  void fixturesAreUpdatesTheTelegramBotsTypesRead(String fixture) throws Exception {
    Update update =
        new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .readValue(TelegramFixtures.read(fixture), Update.class);
    assertThat(update.getUpdateId()).isPositive();
    assertThat(update.hasMessage() || update.hasCallbackQuery()).isTrue();
  }

  private List<Update> poll(long offset, int timeoutSeconds) throws TelegramApiException {
    return client.execute(
        GetUpdates.builder().offset((int) offset).timeout(timeoutSeconds).build());
  }
}
