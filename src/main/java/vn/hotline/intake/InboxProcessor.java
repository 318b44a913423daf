package vn.hotline.intake;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works through the inbox: a few lanes run in parallel, each handling its chats' updates in the
 * order they arrived. A failed update is retried later with a growing delay; the rest go on.
 */
public final class InboxProcessor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InboxProcessor.class);
  private static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration IDLE_CHECK = Duration.ofSeconds(1);
  private static final int BATCH = 32;

  private final Inbox inbox;
  private final Map<String, UpdateHandler> handlers;
  private final int lanes;
  private final List<Thread> threads = new ArrayList<>();
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition arrived = lock.newCondition();
  private long arrivals;
  private volatile boolean running;

  public InboxProcessor(Inbox inbox, List<UpdateHandler> handlers, int lanes) {
    this.inbox = inbox;
    this.handlers =
        handlers.stream().collect(Collectors.toMap(UpdateHandler::channel, Function.identity()));
    this.lanes = lanes;
  }

  public void start() {
    inbox.releaseOwnClaims();
    running = true;
    for (int lane = 0; lane < lanes; lane++) {
      int mine = lane;
      threads.add(Thread.ofPlatform().name("inbox-lane-" + lane).daemon().start(() -> run(mine)));
    }
  }

  /**
   * Tells the lanes that new updates are stored, so that they need not wait for their next look.
   */
  public void wake() {
    lock.lock();
    try {
      arrivals++;
      arrived.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void run(int lane) {
    while (running) {
      long seen = arrivalsSoFar();
      try {
        List<Inbox.Claimed> claimed = inbox.claim(lane, lanes, BATCH, LEASE);
        claimed.forEach(this::handle);
        if (claimed.isEmpty()) {
          awaitArrivalAfter(seen);
        }
      } catch (RuntimeException e) {
        // The store is down or failing: keep the lane alive and look again shortly.
        LOG.warn("inbox lane={} cannot claim: {}", lane, e.toString());
        awaitArrivalAfter(Long.MAX_VALUE);
      }
    }
  }

  private void handle(Inbox.Claimed claimed) {
    InboxEntry entry = claimed.entry();
    UpdateHandler handler = handlers.get(entry.channel());
    try {
      if (handler == null) {
        throw new IllegalStateException("no handler for channel " + entry.channel());
      }
      handler.handle(entry);
      inbox.done(claimed);
    } catch (Exception e) {
      Duration retryIn = Duration.ofSeconds(Math.min(300, 1L << Math.min(claimed.attempts(), 8)));
      LOG.warn(
          "inbox update={}:{} failed attempt={}: {}",
          entry.channel(),
          entry.updateId(),
          claimed.attempts() + 1,
          e.toString());
      inbox.failed(claimed, e.toString(), retryIn);
    }
  }

  private long arrivalsSoFar() {
    lock.lock();
    try {
      return arrivals;
    } finally {
      lock.unlock();
    }
  }

  private void awaitArrivalAfter(long seen) {
    lock.lock();
    try {
      if (arrivals == seen || seen == Long.MAX_VALUE) {
        arrived.await(IDLE_CHECK.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    running = false;
    wake();
    for (Thread thread : threads) {
      try {
        thread.join(Duration.ofSeconds(10));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
