package vn.hotline.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox as the sender works it. Messages are kept in lanes: one per chat, in the order they
 * were queued, so that a chat reads its messages in that order; a callback answer has a lane of its
 * own. Every change is guarded by the state the caller saw, so several senders (threads or
 * instances) can share one store without ever sending a message twice.
 */
public interface OutboxQueue extends Outbox {

  /**
   * The first unfinished message of every lane that has one. What this process queued and changed
   * shows at once; what other instances did, after {@link #refresh()}.
   */
  Heads heads(Instant now);

  /**
   * Makes the next {@link #heads} read every lane from the store again, for messages other
   * instances queued or finished and for leases that ran out.
   */
  void refresh();

  /**
   * Takes a due {@link State#PENDING} message for sending until {@code now + lease}; empty when it
   * is no longer pending or due (someone else took it). Returns only once the claim survives a
   * crash.
   */
  Optional<Claimed> claim(String id, String owner, Instant now, Duration lease);

  /** The claimed message was delivered as the channel's message {@code messageId}. */
  void sent(Claimed claimed, long messageId, Instant at);

  /** The claimed message goes back to the queue, to be tried again at {@code dueAt}. */
  void retry(Claimed claimed, int attempts, Instant dueAt, String reason);

  /** The claimed message is given up as {@link State#FAILED} or {@link State#UNCERTAIN}. */
  void giveUp(Claimed claimed, State state, String reason, Instant at);

  /**
   * Marks a message {@link State#UNCERTAIN} whose sender stopped while sending it (its lease ran
   * out): it may have been delivered, so it is never sent again. False when it is no longer in that
   * state.
   */
  boolean abandon(Head head, Instant now);

  /** The message with this id and what became of it. */
  Optional<Entry> find(String id);

  /**
   * Runs {@code listener} after every enqueue in this process, so that a sender can wake at once.
   */
  void whenEnqueued(Runnable listener);

  /** Where a message is in its life. */
  enum State {
    /** Waiting to be sent, or to be tried again. */
    PENDING,
    /** Claimed by a sender, which is sending it now. */
    SENDING,
    /** Delivered. */
    SENT,
    /** Given up: it cannot be delivered. */
    FAILED,
    /** Given up: it may or may not have been delivered, and is never tried again. */
    UNCERTAIN
  }

  /**
   * The first unfinished message of a lane.
   *
   * @param queued how many messages wait in the lane, this one included
   * @param leaseUntil for {@link State#SENDING}: until when its sender holds it; otherwise {@code
   *     null}
   */
  record Head(
      String id,
      String lane,
      long chatId,
      OutboundMessage.Kind kind,
      State state,
      Instant queuedAt,
      Instant dueAt,
      Instant leaseUntil,
      int queued) {}

  /**
   * The first unfinished messages of the lanes, in two parts. After a surge the limited part holds
   * thousands of chats, of which the sending limits let a few go at a time: it is to be walked only
   * as far as they allow, never copied whole.
   *
   * @param exempt those the sending limits do not hold back (answers to button presses) and those a
   *     sender holds: few, the longest-waiting first
   * @param limited the rest, the longest-waiting first; a live view, which may or may not show
   *     changes made while it is walked
   * @param queued how many messages wait in all lanes together
   */
  record Heads(List<Head> exempt, Iterable<Head> limited, long queued) {}

  /** A message claimed by {@code owner}, which has tried it {@code attempts} times before. */
  record Claimed(OutboundMessage message, String owner, int attempts) {}

  /**
   * What became of a message.
   *
   * @param messageId for {@link State#SENT}: the channel's id of the message; otherwise 0
   * @param reason why it was retried or given up, or empty
   */
  record Entry(String id, long chatId, State state, int attempts, long messageId, String reason) {}
}
