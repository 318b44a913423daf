package vn.hotline.intake;

import java.time.Duration;
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
   * @return how many were new
   */
  int accept(List<InboxEntry> entries);

  /** The highest update id stored for {@code channel}, to resume polling after it. */
  Optional<Long> lastUpdateId(String channel);

  /**
   * Claims up to {@code max} waiting updates of lane {@code lane} (of {@code lanes}), oldest first,
   * for {@code lease}; a claim not finished in time can be taken again.
   */
  List<Claimed> claim(int lane, int lanes, int max, Duration lease);

  /**
   * Hands back the claims this instance held when it stopped without finishing them: at start-up,
   * an instance's own earlier claims belong to a process that is gone.
   */
  void releaseOwnClaims();

  /** The update is handled: it will not be handed out again. */
  void done(Claimed claimed);

  /**
   * Handling failed; it is handed out again after {@code retryIn}, or given up after too many
   * tries.
   */
  void failed(Claimed claimed, String reason, Duration retryIn);

  /** A claimed update, with how many times it was tried before. */
  record Claimed(InboxEntry entry, int attempts) {}
}
