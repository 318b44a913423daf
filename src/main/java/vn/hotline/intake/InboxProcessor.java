package vn.hotline.intake;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.logging.RepeatedFailures;

/**
 * Works through stored updates: a few lanes run in parallel, each handling its chats' updates in
 * the order they arrived. The receivers hand over what they stored, so the store is read only once,
 * at start-up, for what a previous run left unfinished. A failed update is tried again later with a
 * growing delay; the rest go on.
 *
 * <p>A receiver waits, for a bounded time, until what it handed over has been handled once before
 * it takes more from Telegram. Under a burst the backlog then waits at Telegram, which keeps
 * updates for a day and sends a webhook only as many at once as it was allowed connections, instead
 * of growing in this process's memory while every citizen waits behind it.
 */
public final class InboxProcessor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InboxProcessor.class);
  static final int MAX_ATTEMPTS = 8;

  // How long a receiver waits for what it handed over: far below Telegram's webhook timeout, so
  // that a slow store never makes Telegram send an update twice.
  static final Duration RECEIVER_WAIT = Duration.ofSeconds(2);

  private final Inbox inbox;
  private final Map<String, UpdateHandler> handlers;
  private final List<BlockingQueue<Queued>> lanes = new ArrayList<>();
  private final List<Thread> threads = new ArrayList<>();
  private final ScheduledExecutorService retries =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("inbox-retry").daemon().factory());
  private final RepeatedFailures unusableSeen = new RepeatedFailures(Duration.ofMinutes(1));
  private volatile boolean running;

  public InboxProcessor(Inbox inbox, List<UpdateHandler> handlers, int laneCount) {
    this.inbox = inbox;
    this.handlers =
        handlers.stream().collect(Collectors.toMap(UpdateHandler::channel, Function.identity()));
    for (int i = 0; i < laneCount; i++) {
      lanes.add(new LinkedBlockingQueue<>());
    }
  }

  /** Starts the lanes, first queueing what a previous run stored and did not finish. */
  public void start() {
    running = true;
    List<Inbox.Waiting> left = inbox.unfinished();
    if (!left.isEmpty()) {
      LOG.info("inbox resuming={} updates left unfinished", left.size());
    }
    left.forEach(this::enqueue);
    for (int i = 0; i < lanes.size(); i++) {
      BlockingQueue<Queued> lane = lanes.get(i);
      threads.add(Thread.ofPlatform().name("inbox-lane-" + i).daemon().start(() -> run(lane)));
    }
  }

  /**
   * Hands over updates the receiver has just stored, and returns once each has been handled once
   * (successfully or not) or the receiver wait has passed, whichever comes first. They are stored
   * either way: the wait only paces the receiver.
   */
  public void submit(List<InboxEntry> stored) {
    CompletableFuture<?>[] handled =
        stored.stream()
            .map(entry -> enqueue(new Inbox.Waiting(entry, 0)))
            .toArray(CompletableFuture<?>[]::new);
    try {
      CompletableFuture.allOf(handled).get(RECEIVER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException | ExecutionException e) {
      // Still queued or being retried: the receiver may go on.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private CompletableFuture<Void> enqueue(Inbox.Waiting waiting) {
    Queued queued = new Queued(waiting, new CompletableFuture<>());
    lanes.get(Math.floorMod(Long.hashCode(waiting.entry().chatId()), lanes.size())).add(queued);
    return queued.handled();
  }

  private void run(BlockingQueue<Queued> lane) {
    while (running) {
      try {
        Queued queued = lane.take();
        handle(queued.waiting());
        queued.handled().complete(null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void handle(Inbox.Waiting waiting) {
    InboxEntry entry = waiting.entry();
    try {
      UpdateHandler handler = handlers.get(entry.channel());
      if (handler == null) {
        throw new IllegalStateException("no handler for channel " + entry.channel());
      }
      UpdateHandler.Result[] result = {UpdateHandler.Result.USED};
      inbox.handle(entry, () -> result[0] = handler.handle(entry));
      if (result[0] instanceof UpdateHandler.Result.Unusable unusable) {
        inbox.unusable(entry, unusable.reason());
        logUnusable(entry, unusable.reason());
      } else {
        inbox.done(entry);
      }
    } catch (Exception e) {
      retryLater(waiting, e);
    }
  }

  // Forged updates may come by the thousand: one line a minute says so, with the count.
  private void logUnusable(InboxEntry entry, String reason) {
    unusableSeen
        .occurred(Instant.now())
        .ifPresent(
            skipped ->
                LOG.warn(
                    "inbox update={}:{} unusable, kept and not retried: {} ({} more since the last"
                        + " such line)",
                    entry.channel(),
                    entry.updateId(),
                    reason,
                    skipped));
  }

  private void retryLater(Inbox.Waiting waiting, Exception cause) {
    int attempts = waiting.attempts() + 1;
    boolean givenUp = attempts >= MAX_ATTEMPTS;
    String where = waiting.entry().channel() + ":" + waiting.entry().updateId();
    if (givenUp) {
      LOG.error(
          "inbox update={} given up after {} attempts: {}", where, attempts, cause.toString());
    } else {
      LOG.warn("inbox update={} failed attempt={}: {}", where, attempts, cause.toString());
    }
    try {
      inbox.failed(waiting.entry(), attempts, cause.toString(), givenUp);
    } catch (RuntimeException storeDown) {
      // The entry stays PENDING in the store and is resumed at the next start if all else fails.
      LOG.warn("inbox update={} failure not recorded: {}", where, storeDown.toString());
    }
    if (!givenUp && running) {
      Duration delay = Duration.ofSeconds(Math.min(300, 1L << Math.min(attempts, 8)));
      retries.schedule(
          () -> enqueue(new Inbox.Waiting(waiting.entry(), attempts)),
          delay.toMillis(),
          TimeUnit.MILLISECONDS);
    }
  }

  private record Queued(Inbox.Waiting waiting, CompletableFuture<Void> handled) {}

  @Override
  public void close() {
    running = false;
    retries.shutdownNow();
    threads.forEach(Thread::interrupt);
    for (Thread thread : threads) {
      try {
        thread.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
