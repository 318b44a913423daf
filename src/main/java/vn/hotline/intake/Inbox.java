package vn.hotline.intake;

import java.util.List;
import java.util.Optional;

/**
 * Updates received and not yet handled. An update is stored before the channel is told it arrived,
 * so none is lost whenever the process dies; it is stored once, so none is handled twice.
 */
public interface Inbox {

  /**
   * Stores the updates that are not stored yet; returns once they survive a crash.
   *
   * @return the entries that were new (a redelivered update is left out)
   */
  List<InboxEntry> accept(List<InboxEntry> entries);

  /** The highest update id stored for {@code channel}, to resume polling after it. */
  Optional<Long> lastUpdateId(String channel);

  /**
   * Updates stored but not yet handled, oldest first: read once at start-up, to finish what a
   * previous run left. Each comes with the number of times it was tried before.
   */
  List<Waiting> unfinished();

  /**
   * Runs {@code handling} for a stored update. Until the update is {@linkplain #done done} it is
   * handled again after a crash, and handling is idempotent: so the store need not make each of its
   * writes durable before it goes on, and may leave them to its next commit.
   */
  void handle(InboxEntry entry, Handling handling) throws Exception;

  /** The update is handled. */
  void done(InboxEntry entry);

  /** The update cannot be used (see {@link UpdateHandler.Result.Unusable}): kept, never retried. */
  void unusable(InboxEntry entry, String reason);

  /** Handling failed again; after too many tries the update is given up and logged. */
  void failed(InboxEntry entry, int attempts, String reason, boolean givenUp);

  /** The handling of one update. */
  @FunctionalInterface
  interface Handling {
    void run() throws Exception;
  }

  /** An update waiting to be handled, with how many times it was tried before. */
  record Waiting(InboxEntry entry, int attempts) {}
}
