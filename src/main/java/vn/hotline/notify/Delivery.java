package vn.hotline.notify;

import java.time.Duration;

/**
 * A channel that carries outbox messages (Telegram's Bot API in production). It makes one attempt
 * and says what came of it; pacing, retrying and bookkeeping are the sender's job.
 */
public interface Delivery {

  /**
   * Makes one attempt to deliver {@code message}.
   *
   * @param targetMessageId for edits, the channel's id of the message to edit; otherwise 0
   */
  Outcome deliver(OutboundMessage message, long targetMessageId);

  /** What one attempt came to. */
  sealed interface Outcome {

    /**
     * Delivered; {@code messageId} is the channel's id of the message (for an edit, of the edited
     * one).
     */
    record Sent(long messageId) implements Outcome {}

    /**
     * Refused as flooding: nothing was sent, and the chat must wait {@code delay} before the next
     * try.
     */
    record RetryAfter(Duration delay) implements Outcome {}

    /** Not delivered for a reason that may pass (server error, no connection): try again later. */
    record Transient(String reason) implements Outcome {}

    /**
     * The channel refuses this service's credentials (a revoked bot token): nothing was sent, and
     * nothing will be until an administrator gives new ones. Not the message's fault: it waits.
     */
    record Unauthorised(String reason) implements Outcome {}

    /** Never deliverable (blocked by the person, chat gone, message refused): give up now. */
    record Permanent(String reason) implements Outcome {}

    /**
     * The request may have arrived or not (the connection broke after it was sent). Trying again
     * could show the person the message twice, so the sender gives up on it.
     */
    record Unknown(String reason) implements Outcome {}
  }
}
