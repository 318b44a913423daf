package vn.hotline.notify;

import java.util.List;

/**
 * Messages waiting to be sent. Queueing is durable and idempotent: a message whose id is already
 * queued (or sent) is not queued again, so work that is redone after a crash never sends twice.
 */
public interface Outbox {

  /** Stores the messages for sending; returns once they survive a crash. */
  void enqueue(List<OutboundMessage> messages);
}
