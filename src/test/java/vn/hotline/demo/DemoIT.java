package vn.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.telegram.TelegramSettings;
import vn.hotline.testing.Eventually;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Tickets;
import vn.hotline.web.WebServiceProperties;

/**
 * The service in demo mode, without a bot token: what the page plays goes through the stand-in, the
 * real TelegramBots client, the inbox, intake, the desk and the outbox, and back into the demo's
 * chats.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoIT implements TestPropertyProvider {
  static final Duration WAIT = Duration.ofSeconds(20);
  static final long PHU_NGHIA_GROUP = -1_000_025_267L;

  @Inject DemoPlayer player;
  @Inject DemoChats chats;
  @Inject DemoCast cast;
  @Inject Tickets tickets;
  @Inject TelegramSettings telegram;
  @Inject DemoBotApi api;

  @Override
  public Map<String, String> getProperties() {
    return WebServiceProperties.dataIn("demo").demo().map();
  }

  @Test
  void aCitizensReportReachesTheCommuneGroupAndItsAcknowledgementReachesTheCitizen() {
    DemoPerson citizen = cast.citizen();
    long citizenChat = citizen.id();

    assertThat(
            player.sendText(
                citizenChat, citizen, "Có chợ tự phát ở ấp 4 xã Phú Nghĩa, rất đông người"))
        .isInstanceOf(DemoPlayer.Played.Pushed.class);

    Ticket ticket =
        Eventually.awaitValue(
            "the report to be filed",
            WAIT,
            () ->
                tickets.reportedBy(Channel.TELEGRAM, String.valueOf(citizenChat), 1).stream()
                    .findFirst()
                    .orElse(null));
    String code = ticket.code().toString();
    awaitBotMessage(citizenChat, m -> m.html().contains(code));
    DemoMessage card = awaitBotMessage(PHU_NGHIA_GROUP, m -> m.html().contains(code));
    String acknowledge = "d:a:" + ticket.code().compact();
    assertThat(card.buttons()).isNotEmpty();
    assertThat(card.callbackData()).contains(acknowledge);

    DemoPerson officer =
        cast.group(PHU_NGHIA_GROUP).orElseThrow().officers().stream()
            .filter(o -> o.id() == 100_005L)
            .findFirst()
            .orElseThrow();
    assertThat(player.press(PHU_NGHIA_GROUP, card.id(), officer, acknowledge))
        .isInstanceOf(DemoPlayer.Played.Pushed.class);

    DemoMessage acknowledged =
        awaitBotMessage(
            citizenChat,
            m -> m.html().contains(code) && m.html().contains("đã được cán bộ tiếp nhận"));
    assertThat(acknowledged.fromBot()).isTrue();
    assertThat(tickets.find(code).orElseThrow().state()).isEqualTo(TicketState.ACKNOWLEDGED);
    Eventually.await(
        "the card to show who acknowledged it",
        WAIT,
        () ->
            chats.message(PHU_NGHIA_GROUP, card.id()).filter(m -> m.edited()).isPresent()
                && chats
                    .message(PHU_NGHIA_GROUP, card.id())
                    .orElseThrow()
                    .html()
                    .contains(officer.name()));
  }

  @Test
  void theTelegramSideIsPointedAtTheStandInWithTheDemoToken() {
    assertThat(telegram.token()).isEqualTo(DemoBotApi.TOKEN).startsWith("1022000000:DEMO");
    assertThat(telegram.apiUrl()).isEqualTo(api.url()).startsWith("http://127.0.0.1:");
    assertThat(telegram.usesWebhook()).isFalse();
  }

  private DemoMessage awaitBotMessage(long chatId, Predicate<DemoMessage> wanted) {
    return Eventually.awaitValue(
        "a message of the bot in chat " + chatId,
        WAIT,
        () -> {
          Optional<DemoMessage> found =
              chats.messages(chatId).stream()
                  .filter(DemoMessage::fromBot)
                  .filter(wanted)
                  .findFirst();
          return found.orElse(null);
        });
  }
}
