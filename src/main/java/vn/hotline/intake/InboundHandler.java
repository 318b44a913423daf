package vn.hotline.intake;

/**
 * One of the parts that take what people send: the desk, citizen intake, the notice in groups. A
 * channel asks them in a fixed order and gives each inbound to the first that can handle it, so
 * that who takes what is a list to read, not a chain of conditions, and the channel needs to know
 * none of them.
 */
public interface InboundHandler {

  /** Whether this part takes {@code inbound}; asked before any later part is. */
  boolean canHandle(Inbound inbound);

  /**
   * Handles what {@link #canHandle} accepted. Must be idempotent, as the {@link UpdateHandler} that
   * calls it is; an exception means it may succeed later, and the update is tried again.
   */
  void handle(Inbound inbound);
}
