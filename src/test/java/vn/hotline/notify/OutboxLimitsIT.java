package vn.hotline.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.notify.OutboxQueue.State;
import vn.hotline.store.MongoOutbox;
import vn.hotline.telegram.BotApiCall;
import vn.hotline.telegram.BotApiDelivery;
import vn.hotline.telegram.FakeBotApi;
import vn.hotline.testing.Eventually;

/**
 * The limits test: 600 notifications to 50 citizens and 2 Command Centre groups, against a fake
 * that enforces the same limits as the sender keeps and answers 429 when they are exceeded. The
 * limits are faster than Telegram's so that the test takes seconds, not minutes; the code path is
 * the same.
 */
class OutboxLimitsIT {
  static final int CHATS = 50;
  static final int PER_CHAT_MESSAGES = 10;
  static final long[] GROUPS = {-1001000025267L, -1001000025207L};
  static final int PER_GROUP_MESSAGES = 50;
  static final Limit PER_CHAT = new Limit(5, Duration.ofSeconds(1));
  static final Limit PER_GROUP = new Limit(20, Duration.ofSeconds(5));
  static final Limit GLOBAL = new Limit(100, Duration.ofSeconds(1));
  static final long WARM_UP_CHAT = 1;
  static final int WARM_UP = 8;

  @TempDir Path dataDir;

  record Limit(int max, Duration window) {}

  @Test
  void sixHundredNotificationsGoOutCompleteOnceEachAndAtNinetyPercentOfTheAllowedRate() {
    try (SenderFixture fixture = new SenderFixture(dataDir)) {
      FakeBotApi telegram = fixture.telegram;
      BotApiDelivery delivery = BotApiDelivery.create(telegram.settings());
      warmUp(delivery);
      telegram.enforceLimits(
          PER_CHAT.max(),
          PER_CHAT.window(),
          PER_GROUP.max(),
          PER_GROUP.window(),
          GLOBAL.max(),
          GLOBAL.window());
      List<String> ids = enqueueTheMix(fixture.outbox);
      int total = ids.size();
      Sender sender =
          fixture.start(
              OutboxSettings.defaults()
                  .withLimits(
                      PER_CHAT.max(),
                      PER_CHAT.window(),
                      PER_GROUP.max(),
                      PER_GROUP.window(),
                      GLOBAL.max(),
                      GLOBAL.window()),
              fixture.outbox,
              delivery);
      Eventually.await(
          "every message sent", Duration.ofSeconds(60), () -> sender.counts().sent() >= total);

      List<BotApiCall> delivered =
          telegram.calls("sendMessage").stream()
              .filter(BotApiCall::ok)
              .filter(call -> call.chatId() != WARM_UP_CHAT)
              .toList();
      assertThat(delivered)
          .extracting(BotApiCall::text)
          .as("nothing lost, nothing twice")
          .hasSize(total)
          .doesNotHaveDuplicates();
      assertThat(ids)
          .allSatisfy(
              id ->
                  assertThat(fixture.outbox.find(id).orElseThrow().state()).isEqualTo(State.SENT));

      Duration achieved = Duration.between(delivered.getFirst().at(), delivered.getLast().at());
      Duration allowed = shortestPossible();
      double achievedRate = (total - 1) / seconds(achieved);
      double allowedRate = (total - 1) / seconds(allowed);
      System.out.printf(
          "limits test: %d messages (%d to %d chats, %d to %d groups) in %.2f s: %.1f/s of an allowed"
              + " %.1f/s (%.0f%%), 429 answers: %d%n",
          total,
          CHATS * PER_CHAT_MESSAGES,
          CHATS,
          GROUPS.length * PER_GROUP_MESSAGES,
          GROUPS.length,
          seconds(achieved),
          achievedRate,
          allowedRate,
          100 * achievedRate / allowedRate,
          telegram.rateLimited());
      assertThat(achievedRate).isGreaterThanOrEqualTo(0.9 * allowedRate);
      assertThat(sender.counts().throttled())
          .as("every 429 was seen and honoured")
          .isEqualTo(telegram.rateLimited());
    }
  }

  // The first requests of a fresh JVM take half a second (class loading, first connections); the
  // test
  // measures sending, so the client and the fake get going before the clock starts.
  private static void warmUp(BotApiDelivery delivery) {
    IntStream.range(0, WARM_UP)
        .parallel()
        .forEach(
            i ->
                delivery.deliver(
                    OutboundMessage.text("warm-up-" + i, WARM_UP_CHAT, "warm-up", null), 0));
  }

  // Interleaved as notifications arrive: a round of one message to every chat and a few to each
  // group.
  private static List<String> enqueueTheMix(MongoOutbox outbox) {
    List<String> ids = new ArrayList<>();
    for (int round = 0; round < PER_CHAT_MESSAGES; round++) {
      List<OutboundMessage> batch = new ArrayList<>();
      for (int chat = 0; chat < CHATS; chat++) {
        batch.add(
            OutboundMessage.text(
                "c" + chat + "-" + round,
                6_100_000_000L + chat,
                "chat " + chat + " #" + round,
                null));
      }
      for (long group : GROUPS) {
        for (int i = 0; i < PER_GROUP_MESSAGES / PER_CHAT_MESSAGES; i++) {
          String id = "g" + group + "-" + round + "-" + i;
          batch.add(OutboundMessage.text(id, group, "card " + id, null));
        }
      }
      outbox.enqueue(batch);
      batch.forEach(m -> ids.add(m.id()));
    }
    return ids;
  }

  /**
   * The least time from the first send to the last that the limits allow for this mix: the longest
   * of what the global limit needs for all messages and what each chat's and group's limits need
   * for theirs, each sent as early as its limits let it. A sliding window lets a full window go at
   * once, so 600 messages at 100 a second need 5 s, not 6.
   */
  static Duration shortestPossible() {
    int total = CHATS * PER_CHAT_MESSAGES + GROUPS.length * PER_GROUP_MESSAGES;
    return List.of(
            earliestLast(total, List.of(GLOBAL)),
            earliestLast(PER_CHAT_MESSAGES, List.of(PER_CHAT)),
            earliestLast(PER_GROUP_MESSAGES, List.of(PER_CHAT, PER_GROUP)))
        .stream()
        .max(Duration::compareTo)
        .orElseThrow();
  }

  // When the last of n messages can go, each sent as soon as no limit forbids it.
  static Duration earliestLast(int n, List<Limit> limits) {
    List<Instant> at = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Instant t = Instant.EPOCH;
      for (Limit limit : limits) {
        if (i >= limit.max() && at.get(i - limit.max()).plus(limit.window()).isAfter(t)) {
          t = at.get(i - limit.max()).plus(limit.window());
        }
      }
      at.add(t);
    }
    return Duration.between(Instant.EPOCH, at.getLast());
  }

  private static double seconds(Duration d) {
    return d.toNanos() / 1e9;
  }
}
