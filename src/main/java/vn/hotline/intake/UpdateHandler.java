package vn.hotline.intake;

/**
 * Handles one stored update of a channel. Must be idempotent: after a crash the same update may be
 * handled again, and must then change nothing that was already changed.
 */
public interface UpdateHandler {

  /** The channel whose updates this handles. */
  String channel();

  void handle(InboxEntry entry) throws Exception;
}
