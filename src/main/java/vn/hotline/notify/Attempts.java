package vn.hotline.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.notify.Delivery.Outcome;
import vn.hotline.notify.OutboxQueue.Claimed;
import vn.hotline.notify.OutboxQueue.Head;
import vn.hotline.notify.OutboxQueue.State;
import vn.hotline.notify.RetryPolicy.Decision;

/**
 * One attempt at a message, on a sending thread: claim it, send it at once, record what came of it.
 * The claim comes last before sending so that a crash leaves as few messages as possible in doubt.
 */
final class Attempts {
  private static final Logger LOG = LoggerFactory.getLogger(Attempts.class);

  private final OutboxQueue queue;
  private final Delivery delivery;
  private final RateLimits limits;
  private final RetryPolicy policy;
  private final Duration lease;
  private final String owner;
  private final SenderMetrics metrics;
  private final Clock clock;
  private volatile Instant pausedUntil = Instant.MIN;

  Attempts(
      OutboxQueue queue,
      Delivery delivery,
      RateLimits limits,
      OutboxSettings settings,
      String owner,
      SenderMetrics metrics,
      Clock clock) {
    this.queue = queue;
    this.delivery = delivery;
    this.limits = limits;
    this.policy = settings.retryPolicy();
    this.lease = settings.lease();
    this.owner = owner;
    this.metrics = metrics;
    this.clock = clock;
  }

  /**
   * Until when no message may be attempted: the channel refused the service's credentials. {@link
   * Instant#MIN} when it has not.
   */
  Instant pausedUntil() {
    return pausedUntil;
  }

  /**
   * Attempts the message {@code head} names, holding {@code permit}, which is released either way.
   */
  void make(Head head, RateLimits.Permit permit) {
    Optional<Claimed> claimed;
    try {
      claimed = queue.claim(head.id(), owner, clock.instant(), lease);
    } catch (RuntimeException e) {
      limits.cancel(permit);
      throw e;
    }
    if (claimed.isEmpty()) {
      limits.cancel(permit); // another sender took it, or it changed since the dispatcher looked
      return;
    }
    Outcome outcome;
    try {
      outcome = deliver(TextLimit.fit(claimed.get().message()));
    } finally {
      limits.finished(permit, clock.instant());
    }
    record(claimed.get(), outcome);
  }

  private Outcome deliver(OutboundMessage message) {
    long target = 0;
    if (message.kind() == OutboundMessage.Kind.EDIT_TEXT
        || message.kind() == OutboundMessage.Kind.EDIT_KEYBOARD) {
      Optional<Long> resolved = targetMessage(message.target());
      if (resolved.isEmpty()) {
        return new Outcome.Permanent("TARGET_NOT_SENT: " + message.target());
      }
      target = resolved.get();
    }
    try {
      return delivery.deliver(message, target);
    } catch (RuntimeException e) {
      // Whether the request left is unknown, so it must not be tried again.
      LOG.error("outbox message={} delivery failed unexpectedly", message.id(), e);
      return new Outcome.Unknown("ERROR: " + e);
    }
  }

  // The target went before the edit in the same lane, so it is finished by now: sent, or never will
  // be. A target of the channel's own ({@code #id}) needs no lookup.
  private Optional<Long> targetMessage(String target) {
    if (target.startsWith("#")) {
      try {
        return Optional.of(Long.parseLong(target.substring(1)));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return queue
        .find(target)
        .filter(t -> t.state() == State.SENT && t.messageId() > 0)
        .map(OutboxQueue.Entry::messageId);
  }

  private void record(Claimed claimed, Outcome outcome) {
    OutboundMessage message = claimed.message();
    Instant now = clock.instant();
    switch (policy.decide(outcome, claimed.attempts(), now)) {
      case Decision.Delivered delivered -> {
        // Counted first, so that whoever sees the new state also sees it counted.
        metrics.sent();
        queue.sent(claimed, delivered.messageId(), now);
      }
      case Decision.TryAgain again when outcome instanceof Outcome.Unauthorised -> {
        // Every message would meet the same refusal: none is sent until the wait is over, and the
        // channel, not each message, says why (once).
        pausedUntil = again.at();
        queue.retry(claimed, again.attempts(), again.at(), again.reason());
      }
      case Decision.TryAgain again -> {
        if (outcome instanceof Outcome.RetryAfter) {
          limits.pause(message.chatId(), again.at());
          metrics.throttled();
        } else {
          metrics.retried();
        }
        queue.retry(claimed, again.attempts(), again.at(), again.reason());
        LOG.info(
            "outbox message={} chat={} retry at={}: {}",
            message.id(),
            message.chatId(),
            again.at(),
            again.reason());
      }
      case Decision.GiveUp giveUp -> {
        metrics.gaveUp(giveUp.state());
        queue.giveUp(claimed, giveUp.state(), giveUp.reason(), now);
        LOG.warn(
            "outbox message={} chat={} {}: {}",
            message.id(),
            message.chatId(),
            giveUp.state(),
            giveUp.reason());
      }
    }
  }
}
