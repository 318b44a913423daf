package vn.hotline.notify;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How the sender paces and retries, from {@code hotline.outbox.*}. The defaults are Telegram's
 * published limits. Each limit allows at most {@code n} messages in any {@code window}.
 *
 * @param perChat messages to one chat per {@code perChatWindow} (default 1 per second)
 * @param perGroup messages to one group (a negative chat id) per {@code perGroupWindow}, on top of
 *     the per-chat limit (default 20 per minute)
 * @param global messages to all chats together per {@code globalWindow} (default 30 per second)
 * @param concurrency requests in flight at once, and so the number of sending threads (default 8)
 * @param maxAttempts attempts before a message that keeps failing (server errors, no connection) is
 *     given up (default 8)
 * @param firstRetry the wait after the first failure; it doubles with every further failure
 *     (default 2s)
 * @param maxRetry the longest wait between attempts (default 5m)
 * @param lease how long a sender holds a message it is sending; must be longer than any request
 *     takes. A message still held when the lease ends is marked uncertain, never resent (default
 *     2m)
 * @param poll how often an idle sender looks for messages queued by other instances (default 1s)
 */
@ConfigurationProperties("hotline.outbox")
public record OutboxSettings(
    @Bindable(defaultValue = "1") int perChat,
    @Bindable(defaultValue = "1s") Duration perChatWindow,
    @Bindable(defaultValue = "20") int perGroup,
    @Bindable(defaultValue = "1m") Duration perGroupWindow,
    @Bindable(defaultValue = "30") int global,
    @Bindable(defaultValue = "1s") Duration globalWindow,
    @Bindable(defaultValue = "8") int concurrency,
    @Bindable(defaultValue = "8") int maxAttempts,
    @Bindable(defaultValue = "2s") Duration firstRetry,
    @Bindable(defaultValue = "5m") Duration maxRetry,
    @Bindable(defaultValue = "2m") Duration lease,
    @Bindable(defaultValue = "1s") Duration poll) {

  public OutboxSettings {
    positive("per-chat", perChat, perChatWindow);
    positive("per-group", perGroup, perGroupWindow);
    positive("global", global, globalWindow);
    positive("concurrency", concurrency, Duration.ofSeconds(1));
    positive("max-attempts", maxAttempts, firstRetry);
    positive("max-retry", 1, maxRetry);
    positive("lease", 1, lease);
    positive("poll", 1, poll);
  }

  /** The defaults, for use without Micronaut. */
  public static OutboxSettings defaults() {
    return new OutboxSettings(
        1,
        Duration.ofSeconds(1),
        20,
        Duration.ofMinutes(1),
        30,
        Duration.ofSeconds(1),
        8,
        8,
        Duration.ofSeconds(2),
        Duration.ofMinutes(5),
        Duration.ofMinutes(2),
        Duration.ofSeconds(1));
  }

  /** These settings with other rate limits. */
  public OutboxSettings withLimits(
      int perChat,
      Duration perChatWindow,
      int perGroup,
      Duration perGroupWindow,
      int global,
      Duration globalWindow) {
    return new OutboxSettings(
        perChat,
        perChatWindow,
        perGroup,
        perGroupWindow,
        global,
        globalWindow,
        concurrency,
        maxAttempts,
        firstRetry,
        maxRetry,
        lease,
        poll);
  }

  /** These settings with another retry policy. */
  public OutboxSettings withRetries(int maxAttempts, Duration firstRetry, Duration maxRetry) {
    return new OutboxSettings(
        perChat,
        perChatWindow,
        perGroup,
        perGroupWindow,
        global,
        globalWindow,
        concurrency,
        maxAttempts,
        firstRetry,
        maxRetry,
        lease,
        poll);
  }

  /** These settings with another lease. */
  public OutboxSettings withLease(Duration lease) {
    return new OutboxSettings(
        perChat,
        perChatWindow,
        perGroup,
        perGroupWindow,
        global,
        globalWindow,
        concurrency,
        maxAttempts,
        firstRetry,
        maxRetry,
        lease,
        poll);
  }

  RetryPolicy retryPolicy() {
    return new RetryPolicy(maxAttempts, firstRetry, maxRetry);
  }

  private static void positive(String property, int count, Duration duration) {
    if (count < 1 || duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("hotline.outbox." + property + " must be positive");
    }
  }
}
