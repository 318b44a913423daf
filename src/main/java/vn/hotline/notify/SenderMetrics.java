package vn.hotline.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import vn.hotline.notify.OutboxQueue.State;

/**
 * What the sender did, as Micrometer meters ({@code hotline.outbox.*}) and as a snapshot for tests.
 */
final class SenderMetrics {
  private final Counter sent;
  private final Counter retried;
  private final Counter throttled;
  private final Counter failed;
  private final Counter uncertain;
  private final AtomicLong queued = new AtomicLong();

  SenderMetrics(MeterRegistry registry) {
    sent = counter(registry, "hotline.outbox.sent", "messages delivered");
    retried =
        counter(registry, "hotline.outbox.retried", "attempts that failed and will be tried again");
    throttled = counter(registry, "hotline.outbox.throttled", "429 Too Many Requests answers");
    failed = counter(registry, "hotline.outbox.failed", "messages given up as undeliverable");
    uncertain =
        counter(
            registry,
            "hotline.outbox.uncertain",
            "messages that may or may not have been delivered and are never resent");
    registry.gauge("hotline.outbox.queued", queued);
  }

  private static Counter counter(MeterRegistry registry, String name, String description) {
    return Counter.builder(name).description(description).register(registry);
  }

  void sent() {
    sent.increment();
  }

  void retried() {
    retried.increment();
  }

  void throttled() {
    throttled.increment();
  }

  void gaveUp(State state) {
    (state == State.UNCERTAIN ? uncertain : failed).increment();
  }

  void queued(long messages) {
    queued.set(messages);
  }

  Counts counts() {
    return new Counts(
        (long) sent.count(),
        (long) retried.count(),
        (long) throttled.count(),
        (long) failed.count(),
        (long) uncertain.count(),
        queued.get());
  }

  /** The counters at one moment. */
  record Counts(
      long sent, long retried, long throttled, long failed, long uncertain, long queued) {}
}
