package vn.hotline.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.hotline.messages.Messages;
import vn.hotline.notify.Outbox;

/**
 * Files the drafts citizens left unsettled once they fall due, so that no report waits for a tap.
 * Safe to run twice and on two instances at once: the ticket's origin is the update that started
 * the draft, so filing again gives back the same ticket, and the conversation is changed only if
 * nobody (another sweeper, the citizen) changed it since it was read; the notice goes out only with
 * that change, under an id of its own.
 */
public final class DraftSweeper {
  private static final Logger LOG = LoggerFactory.getLogger(DraftSweeper.class);

  private final Conversations conversations;
  private final DueDrafts due;
  private final UnsettledDrafts unsettled;
  private final Outbox outbox;
  private final Messages messages;
  private final Clock clock;

  DraftSweeper(
      Conversations conversations,
      DueDrafts due,
      UnsettledDrafts unsettled,
      Outbox outbox,
      Messages messages,
      Clock clock) {
    this.conversations = conversations;
    this.due = due;
    this.unsettled = unsettled;
    this.outbox = outbox;
    this.messages = messages;
    this.clock = clock;
  }

  /** Learns the drafts a previous run left unsettled; the one time the store is queried. */
  public void start() {
    conversations.withDraftsDue().forEach(due::track);
  }

  /** Files what is due now; never throws, for a scheduler that stops a task that does. */
  public void sweep() {
    try {
      sweep(clock.instant());
    } catch (RuntimeException e) {
      LOG.warn("draft sweep failed: {}", e.toString());
    }
  }

  /** Files the drafts due at {@code now}; returns how many this call filed. */
  public int sweep(Instant now) {
    int filed = 0;
    for (long chatId : due.dueBy(now)) {
      Instant noted = due.dueAt(chatId);
      Optional<Conversation> read = conversations.find(chatId);
      Draft draft = read.map(c -> c.waiting().draft()).orElse(null);
      if (draft == null || draft.dueAt() == null) {
        due.forget(chatId, noted);
      } else if (!draft.dueAt().isAfter(now) && file(read.get(), now)) {
        due.forget(chatId, noted);
        filed++;
      }
    }
    return filed;
  }

  private boolean file(Conversation read, Instant now) {
    Draft draft = read.waiting().draft();
    Replies out =
        Replies.forDueDraft(messages, draft.origin(), read.chatId(), read.speech().language());
    Conversation filed = unsettled.fileNow(read, now, out);
    if (!conversations.replace(read, filed)) {
      // Changed meanwhile: the next sweep decides on what is stored now.
      return false;
    }
    outbox.enqueue(out.messages());
    LOG.info("draft of chat={} filed unsettled as {}", read.chatId(), filed.last().ticket());
    return true;
  }
}
