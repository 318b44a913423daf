package vn.hotline.intake;

import java.time.Instant;
import java.util.Objects;

/**
 * An update as a channel delivered it, kept before the channel is told it arrived.
 *
 * @param channel the channel, e.g. {@code telegram}
 * @param updateId the channel's id for the update; the inbox holds each at most once
 * @param chatId the conversation it belongs to: updates of one chat are handled in order
 * @param payload the update exactly as received (JSON)
 * @param receivedAt when it arrived
 */
public record InboxEntry(
    String channel, long updateId, long chatId, String payload, Instant receivedAt) {
  public InboxEntry {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(payload, "payload");
  }
}
