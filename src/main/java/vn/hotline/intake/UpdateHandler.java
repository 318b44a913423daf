package vn.hotline.intake;

/**
 * Handles one stored update of a channel. Must be idempotent: after a crash the same update may be
 * handled again, and must then change nothing that was already changed.
 */
public interface UpdateHandler {

  /** The channel whose updates this handles. */
  String channel();

  /**
   * Handles the update; an exception means it may succeed later (the store was down) and it is
   * tried again.
   */
  Result handle(InboxEntry entry) throws Exception;

  /** What came of an update. */
  sealed interface Result {
    /** Handled, or deliberately left alone (an update kind the product does not take). */
    Result USED = new Used();

    record Used() implements Result {}

    /**
     * The update lacks what the product needs (a message without its chat, a press without its
     * sender): kept as such, never tried again, since trying again cannot make it whole.
     */
    record Unusable(String reason) implements Result {}
  }
}
