package vn.hotline.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Paces the edits of a cluster's card as similar reports join it: the first edit goes at once,
 * later ones at most one per gap, each showing every join since the last. A group may receive 20
 * messages a minute and edits count, so a burst of reports about one market would otherwise spend
 * the whole allowance on one card while other tickets' cards wait. An edit still due when the
 * process stops is not made; the next join brings the card up to date. The timer's one daemon
 * thread lives as long as the desk, which is as long as the process.
 */
final class ClusterCardEdits<K> {
  private static final int FORGET_ABOVE = 1_000;

  private final Duration gap;
  private final Clock clock;
  private final Consumer<K> edit;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          Thread.ofPlatform().name("desk-cluster-edits").daemon().factory());
  private final Map<K, Instant> lastEdit = new HashMap<>();
  private final Set<K> due = new HashSet<>();

  ClusterCardEdits(Duration gap, Clock clock, Consumer<K> edit) {
    this.gap = gap;
    this.clock = clock;
    this.edit = edit;
  }

  /** Asks for the card of the cluster {@code head} heads to be edited. */
  void request(K head) {
    if (startNow(head)) {
      edit.accept(head);
    }
  }

  private synchronized boolean startNow(K head) {
    if (due.contains(head)) {
      return false;
    }
    Instant now = clock.instant();
    Instant last = lastEdit.get(head);
    if (last == null || !now.isBefore(last.plus(gap))) {
      remember(head, now);
      return true;
    }
    due.add(head);
    long delay = Duration.between(now, last.plus(gap)).toMillis();
    timer.schedule(() -> editLater(head), delay, TimeUnit.MILLISECONDS);
    return false;
  }

  private void editLater(K head) {
    synchronized (this) {
      due.remove(head);
      remember(head, clock.instant());
    }
    edit.accept(head);
  }

  private void remember(K head, Instant at) {
    if (lastEdit.size() > FORGET_ABOVE) {
      Instant old = at.minus(gap);
      lastEdit.values().removeIf(t -> t.isBefore(old));
    }
    lastEdit.put(head, at);
  }
}
