package vn.hotline.store;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import vn.hotline.notify.OutboxQueue.Head;
import vn.hotline.notify.OutboxQueue.Heads;
import vn.hotline.notify.OutboxQueue.State;

/**
 * The heads of the outbox lanes as this process last knew them, so that the sender does not read
 * every lane from the store each round: a reading of all lanes grows with the backlog. What this
 * process queues is added as it is queued; a lane this process otherwise changes (a claim, a send,
 * a retry) is read again, alone; every lane is read again when asked, which is how messages queued
 * and claims made by other instances come in.
 */
final class KnownLanes {
  // Longest-waiting first; among equally old, the lane with the most waiting, which its own limits
  // (a group's 20 a minute) will hold up longest: starting it first shortens the whole delivery.
  private static final Comparator<Head> LONGEST_WAITING =
      Comparator.comparing(Head::queuedAt)
          .thenComparing(Head::queued, Comparator.reverseOrder())
          .thenComparing(Head::lane);

  private final Map<String, Head> heads = new HashMap<>();
  // The same heads in order, apart by whether the limits hold them back: after a surge, thousands
  // of lanes wait, and the sender walks only as many as the limits let go, without the lock.
  private final Set<Head> limited = new ConcurrentSkipListSet<>(LONGEST_WAITING);
  private final Set<Head> exempt = new TreeSet<>(LONGEST_WAITING);
  private long queuedInAll;
  private final Set<String> stale = new HashSet<>();
  // When each lane was last changed here, in changes counted since start: a reading that began
  // before a change may not show it.
  private final Map<String, Long> changedAt = new HashMap<>();
  private long changes;
  private long forgets;
  private boolean everyLaneStale = true;

  /**
   * What a reading of the store must cover, and when it began (in changes and in forgets so far).
   */
  record Reading(boolean everyLane, Set<String> lanes, long since, long forgets) {}

  /** This process queued {@code count} messages in {@code lane}, the first being {@code first}. */
  synchronized void queued(String lane, Head first, int count) {
    Head known = heads.get(lane);
    boolean fresh = !everyLaneStale && !stale.contains(lane);
    changed(lane);
    if (known != null) {
      put(withQueued(known, known.queued() + count));
      stale.remove(lane);
    } else if (fresh) {
      // No lane known and none unread: the store holds nothing older for it.
      put(withQueued(first, count));
      stale.remove(lane);
    }
  }

  /** {@code lane} changed in a way best learnt from the store. */
  synchronized void reread(String lane) {
    changed(lane);
    drop(lane);
  }

  /** Every lane is to be read again, for what other instances did. */
  synchronized void forgetAll() {
    everyLaneStale = true;
    forgets++;
  }

  synchronized Reading toRead() {
    return new Reading(everyLaneStale, Set.copyOf(stale), changes, forgets);
  }

  /** What a reading found: the heads of the lanes it covered that have unfinished messages. */
  synchronized void read(Reading reading, List<Head> found) {
    Map<String, Head> byLane = new HashMap<>();
    found.forEach(head -> byLane.put(head.lane(), head));
    Set<String> covered = new HashSet<>(reading.lanes());
    if (reading.everyLane()) {
      covered.addAll(heads.keySet());
      covered.addAll(stale);
      covered.addAll(byLane.keySet());
      if (forgets == reading.forgets()) {
        everyLaneStale = false;
      }
    }
    for (String lane : covered) {
      if (changedAt.getOrDefault(lane, 0L) > reading.since()) {
        stale.add(lane); // changed while it was read: read it again
        drop(lane);
      } else if (byLane.containsKey(lane)) {
        put(byLane.get(lane));
        stale.remove(lane);
      } else {
        drop(lane);
        stale.remove(lane);
      }
    }
    changedAt.values().removeIf(at -> at <= reading.since());
  }

  /** The known heads. */
  synchronized Heads heads() {
    return new Heads(List.copyOf(exempt), Collections.unmodifiableSet(limited), queuedInAll);
  }

  private void put(Head head) {
    drop(head.lane());
    heads.put(head.lane(), head);
    partOf(head).add(head);
    queuedInAll += head.queued();
  }

  private void drop(String lane) {
    Head gone = heads.remove(lane);
    if (gone != null) {
      partOf(gone).remove(gone);
      queuedInAll -= gone.queued();
    }
  }

  private Set<Head> partOf(Head head) {
    return head.kind().limited() && head.state() == State.PENDING ? limited : exempt;
  }

  private void changed(String lane) {
    changedAt.put(lane, ++changes);
    stale.add(lane);
  }

  private static Head withQueued(Head head, int queued) {
    return new Head(
        head.id(),
        head.lane(),
        head.chatId(),
        head.kind(),
        head.state(),
        head.queuedAt(),
        head.dueAt(),
        head.leaseUntil(),
        queued);
  }
}
