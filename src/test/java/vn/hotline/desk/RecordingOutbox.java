package vn.hotline.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboxQueue;

/**
 * An outbox that keeps what is queued, in order, and like the real one queues an id once. Sending
 * is not its business: the sender's methods refuse.
 */
final class RecordingOutbox implements OutboxQueue {
  private final Map<String, OutboundMessage> queued = new LinkedHashMap<>();

  @Override
  public synchronized void enqueue(List<OutboundMessage> messages) {
    messages.forEach(m -> queued.putIfAbsent(m.id(), m));
  }

  synchronized List<OutboundMessage> messages() {
    return new ArrayList<>(queued.values());
  }

  @Override
  public synchronized Optional<Entry> find(String id) {
    return Optional.ofNullable(queued.get(id))
        .map(m -> new Entry(m.id(), m.chatId(), State.PENDING, 0, 0, ""));
  }

  @Override
  public void whenEnqueued(Runnable listener) {}

  @Override
  public Heads heads(Instant now) {
    throw new IllegalStateException("nothing is sent from a recording outbox");
  }

  @Override
  public void refresh() {}

  @Override
  public Optional<Claimed> claim(String id, String owner, Instant now, Duration lease) {
    return Optional.empty();
  }

  @Override
  public void sent(Claimed claimed, long messageId, Instant at) {}

  @Override
  public void retry(Claimed claimed, int attempts, Instant dueAt, String reason) {}

  @Override
  public void giveUp(Claimed claimed, State state, String reason, Instant at) {}

  @Override
  public boolean abandon(Head head, Instant now) {
    return false;
  }
}
