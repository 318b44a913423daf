package vn.hotline.intake;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which chats have a draft falling due, and when: kept in memory from the conversations this
 * instance saves (and those stored when it started), so that finding the due drafts never reads
 * every conversation. Only unsettled drafts are here, a handful at any time.
 */
final class DueDrafts {
  private final Map<Long, Instant> due = new ConcurrentHashMap<>();

  /** Notes the conversation as it was just saved: due at its draft's time, or not at all. */
  void track(Conversation c) {
    Draft draft = c.waiting().draft();
    if (draft != null && draft.dueAt() != null) {
      due.put(c.chatId(), draft.dueAt());
    } else {
      due.remove(c.chatId());
    }
  }

  /** The chats whose draft is due at {@code now}, the longest due first. */
  List<Long> dueBy(Instant now) {
    return due.entrySet().stream()
        .filter(e -> !e.getValue().isAfter(now))
        .sorted(Map.Entry.comparingByValue(Comparator.naturalOrder()))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Forgets the chat's draft due at {@code dueAt}; a draft noted since with another time stays. */
  void forget(long chatId, Instant dueAt) {
    due.remove(chatId, dueAt);
  }

  /** The time the chat's draft is noted as due, or {@code null}. */
  Instant dueAt(long chatId) {
    return due.get(chatId);
  }
}
