package vn.hotline.notify;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.logging.RepeatedFailures;
import vn.hotline.notify.OutboxQueue.Head;
import vn.hotline.notify.OutboxQueue.State;

/**
 * Sends what the outbox holds. One dispatching thread looks at the first message of every lane and
 * hands those that are due and within the limits to a fixed pool of sending threads; a lane has at
 * most one message in flight, which keeps each chat's order. The sending thread claims the message
 * and sends it at once, so that a crash leaves as few messages as possible in doubt, and claims
 * made by several threads together share one commit. Between rounds the dispatcher sleeps until the
 * next message is due, a send finishes or something is queued. The queue remembers the lanes
 * between rounds; once every poll interval, or less often while a large backlog makes that reading
 * costly, it is asked to read them all again, for what other instances did.
 */
final class Sender {
  private static final Logger LOG = LoggerFactory.getLogger(Sender.class);
  // Bounds how often wake-ups (finished sends, bursts of enqueues) start a round. Each round reads
  // the lanes changed since the last one and looks at every lane's head, so under full load fewer
  // rounds leave more for sending.
  private static final Duration RESCAN_GAP = Duration.ofMillis(100);
  private static final Duration STOP_GRACE = Duration.ofSeconds(10);
  private static final int REFRESH_COST_FACTOR = 20;

  private final OutboxQueue queue;
  private final OutboxSettings settings;
  private final Clock clock;
  private final RateLimits limits;
  private final SenderMetrics metrics;
  private final Attempts attempts;
  private final String owner = "sender-" + UUID.randomUUID();
  private final Set<String> busyLanes = ConcurrentHashMap.newKeySet();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final Alarm alarm = new Alarm();
  // A store that cannot save fails every round and every send until it is back or the service
  // exits: one line a minute says so, not one a second with a stack trace each.
  private final RepeatedFailures roundFailures = new RepeatedFailures(Duration.ofMinutes(1));
  private final RepeatedFailures sendFailures = new RepeatedFailures(Duration.ofMinutes(1));
  private volatile boolean running;
  private ExecutorService senders;
  private Thread dispatcher;

  Sender(
      OutboxQueue queue,
      Delivery delivery,
      OutboxSettings settings,
      Clock clock,
      MeterRegistry registry) {
    this.queue = queue;
    this.settings = settings;
    this.clock = clock;
    this.limits = new RateLimits(settings);
    this.metrics = new SenderMetrics(registry);
    this.attempts = new Attempts(queue, delivery, limits, settings, owner, metrics, clock);
  }

  synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    senders =
        Executors.newFixedThreadPool(
            settings.concurrency(), Thread.ofPlatform().name("outbox-send-", 1).daemon().factory());
    queue.whenEnqueued(this::wake);
    dispatcher = Thread.ofPlatform().name("outbox-dispatch").daemon().start(this::dispatchLoop);
    LOG.info("outbox sender started owner={}", owner);
  }

  /**
   * Stops claiming, lets sends in flight finish for a while, then abandons the rest to their
   * leases.
   */
  synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    wake();
    try {
      dispatcher.join(STOP_GRACE);
      senders.shutdown();
      if (!senders.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn(
            "outbox sender stopped with {} sends in flight; they will be marked uncertain",
            inFlight.get());
        senders.shutdownNow();
      }
    } catch (InterruptedException e) {
      senders.shutdownNow();
      Thread.currentThread().interrupt();
    }
    LOG.info("outbox sender stopped owner={}", owner);
  }

  /** Makes the dispatcher look at the outbox again soon. */
  void wake() {
    alarm.ring();
  }

  SenderMetrics.Counts counts() {
    return metrics.counts();
  }

  private void dispatchLoop() {
    Instant refreshAt = Instant.MIN;
    while (running && !Thread.currentThread().isInterrupted()) {
      long roundStarted = System.nanoTime();
      boolean refreshing = !clock.instant().isBefore(refreshAt);
      if (refreshing) {
        queue.refresh();
      }
      Instant next;
      try {
        next = dispatchDue();
      } catch (RuntimeException e) {
        roundFailures
            .occurred(clock.instant())
            .ifPresent(
                skipped ->
                    LOG.warn(
                        "outbox round failed: {} ({} more since the last such line)",
                        e.toString(),
                        skipped));
        next = clock.instant().plus(settings.poll());
      }
      if (refreshing) {
        refreshAt = clock.instant().plus(refreshGap(System.nanoTime() - roundStarted));
      }
      alarm.sleep(System.nanoTime() + nanosUntil(next), roundStarted + RESCAN_GAP.toNanos());
    }
  }

  // A reading of every lane takes longer the bigger the backlog: after a surge of thousands of
  // chats, reading them all every poll would keep a core busy. Spacing the readings by many times
  // what the last one took bounds their share, at the price of noticing other instances' messages
  // later while the backlog lasts; this process's own are known without a reading.
  private Duration refreshGap(long lastRoundNanos) {
    Duration scaled = Duration.ofNanos(lastRoundNanos).multipliedBy(REFRESH_COST_FACTOR);
    return scaled.compareTo(settings.poll()) > 0 ? scaled : settings.poll();
  }

  /** Sends every lane's first message that may go now; returns when to look again. */
  private Instant dispatchDue() {
    Instant paused = attempts.pausedUntil();
    if (paused.isAfter(clock.instant())) {
      return paused;
    }
    Instant next = clock.instant().plus(settings.poll());
    OutboxQueue.Heads heads = queue.heads(clock.instant());
    metrics.queued(heads.queued());
    for (Head head : heads.exempt()) {
      if (!mayLaunch()) {
        return next; // a finishing send wakes the dispatcher
      }
      next = earlier(next, dispatch(head, clock.instant()));
    }
    for (Head head : heads.limited()) {
      if (!mayLaunch()) {
        break;
      }
      Instant now = clock.instant();
      // While the overall limit is spent no limited message may go, whatever its chat: the rest of
      // a backlog of thousands of chats is not looked at.
      Instant overallReady = limits.overallReadyAt(now);
      if (overallReady.isAfter(now)) {
        return earlier(next, overallReady);
      }
      next = earlier(next, dispatch(head, now));
    }
    return next;
  }

  private boolean mayLaunch() {
    return running && inFlight.get() < settings.concurrency();
  }

  private static Instant earlier(Instant a, Instant b) {
    return b.isBefore(a) ? b : a;
  }

  /**
   * Sends {@code head} if it may go now; otherwise says when it may ({@link Instant#MAX}: after a
   * send).
   */
  private Instant dispatch(Head head, Instant now) {
    if (busyLanes.contains(head.lane())) {
      return Instant.MAX;
    }
    if (head.state() == State.SENDING) {
      return heldElsewhere(head, now);
    }
    boolean limited = head.kind().limited();
    Instant ready = head.dueAt();
    if (limited) {
      Instant allowed = limits.readyAt(head.chatId(), now);
      ready = allowed.isAfter(ready) ? allowed : ready;
    }
    if (ready.isAfter(now)) {
      return ready;
    }
    launch(head, limited ? limits.take(head.chatId(), now) : RateLimits.Permit.NONE);
    return Instant.MAX;
  }

  // Another sender holds it. While its lease runs it may be sending; once the lease is over the
  // sender
  // is gone, and the message may or may not have reached the person: it is given up, never resent.
  private Instant heldElsewhere(Head head, Instant now) {
    if (head.leaseUntil() != null && head.leaseUntil().isAfter(now)) {
      return head.leaseUntil();
    }
    if (!queue.abandon(head, now)) {
      return now.plus(settings.poll()); // another sender got there first
    }
    metrics.gaveUp(State.UNCERTAIN);
    LOG.warn(
        "outbox message={} chat={} UNCERTAIN: its sender stopped while sending it",
        head.id(),
        head.chatId());
    return now; // the lane's next message may go at once
  }

  private void launch(Head head, RateLimits.Permit permit) {
    busyLanes.add(head.lane());
    inFlight.incrementAndGet();
    senders.execute(
        () -> {
          try {
            attempts.make(head, permit);
          } catch (RuntimeException e) {
            sendFailures
                .occurred(clock.instant())
                .ifPresent(skipped -> sendFailed(head, e, skipped));
          } finally {
            busyLanes.remove(head.lane());
            inFlight.decrementAndGet();
            wake();
          }
        });
  }

  private static void sendFailed(Head head, RuntimeException e, long skipped) {
    LOG.error(
        "outbox message={} failed in the sender; if claimed, it will be marked uncertain: {} ({}"
            + " more since the last such line)",
        head.id(),
        e.toString(),
        skipped);
    LOG.debug("outbox message={} failed in the sender", head.id(), e);
  }

  // At most one poll interval: messages queued by other instances ring no alarm here.
  private long nanosUntil(Instant next) {
    if (next.equals(Instant.MAX)) {
      return settings.poll().toNanos();
    }
    Duration wait = Duration.between(clock.instant(), next);
    return Math.max(0, Math.min(wait.toNanos(), settings.poll().toNanos()));
  }
}
