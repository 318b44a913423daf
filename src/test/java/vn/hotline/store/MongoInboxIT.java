package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hotline.intake.Inbox.Waiting;
import vn.hotline.intake.InboxEntry;

/** Part of the repositories' contract suite: runs against every {@link TestedStore}. */
@ParameterizedClass
@EnumSource(TestedStore.class)
class MongoInboxIT extends StoreContract {

  static final String TELEGRAM = "telegram";
  static final long LAN = 6123457001L;
  static final long MINH = 6123457002L;
  // Whole milliseconds: the store keeps instants as BSON dates.
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00.123Z");

  MongoInbox inbox;

  @Override
  void opened(MongoStore store) {
    inbox = new MongoInbox(store);
  }

  @Test
  void anUpdateDeliveredAgainIsARepeatAndNotASecondEntry() {
    InboxEntry first = update(100, LAN, "{\"text\":\"Đèn đường hỏng\"}");
    InboxEntry redelivered = update(100, LAN, "{\"text\":\"redelivered\"}");

    assertThat(inbox.accept(List.of(first))).containsExactly(first);
    assertThat(inbox.accept(List.of(redelivered, update(101, LAN, "{}"))))
        .extracting(InboxEntry::updateId)
        .containsExactly(101L);

    assertThat(store.database().getCollection(MongoInbox.COLLECTION).countDocuments()).isEqualTo(2);
    assertThat(inbox.unfinished())
        .extracting(Waiting::entry)
        .as("the update is kept as first delivered")
        .contains(first)
        .doesNotContain(redelivered);
  }

  @Test
  void anUpdateTwiceInOneDeliveryIsStoredOnce() {
    InboxEntry once = update(100, LAN, "{}");

    assertThat(inbox.accept(List.of(once, once))).containsExactly(once);
    assertThat(inbox.unfinished()).extracting(Waiting::entry).containsExactly(once);
  }

  @Test
  void anUpdateAlreadyHandledIsStillARepeatWhenDeliveredAgain() {
    InboxEntry handled = update(100, LAN, "{}");
    inbox.accept(List.of(handled));
    inbox.done(handled);

    assertThat(inbox.accept(List.of(handled))).isEmpty();
    assertThat(inbox.unfinished()).isEmpty();
  }

  @Test
  void ofManyReceiversAcceptingOneUpdateAtOnceOnlyOneGetsItAsNew() throws Exception {
    int receivers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(receivers);
    CountDownLatch ready = new CountDownLatch(receivers);
    List<Future<List<InboxEntry>>> accepts = new ArrayList<>();
    for (int i = 0; i < receivers; i++) {
      accepts.add(
          pool.submit(
              () -> {
                ready.countDown();
                ready.await(30, TimeUnit.SECONDS);
                return inbox.accept(List.of(update(100, LAN, "{}")));
              }));
    }
    int fresh = 0;
    for (Future<List<InboxEntry>> accept : accepts) {
      fresh += accept.get(30, TimeUnit.SECONDS).size();
    }
    pool.shutdown();

    assertThat(fresh).isEqualTo(1);
    assertThat(inbox.unfinished()).hasSize(1);
  }

  @Test
  void theSameUpdateIdOfTwoChannelsIsTwoEntries() {
    InboxEntry telegram = update(100, LAN, "{}");
    InboxEntry other = new InboxEntry("zalo", 100, LAN, "{}", T0);

    assertThat(inbox.accept(List.of(telegram, other))).containsExactly(telegram, other);
    assertThat(inbox.unfinished()).extracting(Waiting::entry).containsOnly(telegram, other);
  }

  @Test
  void anAcceptedUpdateKeepsEverythingItArrivedWith() {
    InboxEntry entry =
        new InboxEntry(
            TELEGRAM,
            987_654_321L,
            -1001234567890L,
            "{\"message\":{\"text\":\"Ngập nước ở ngõ 5 — \\\"khẩn\\\" 🌧\"}}",
            T0);
    inbox.accept(List.of(entry));

    assertThat(inbox.unfinished()).containsExactly(new Waiting(entry, 0));
  }

  @Test
  void unfinishedUpdatesComeOldestFirstWhateverOrderTheyWereStoredIn() {
    // Ids of different lengths: oldest first by number, not as their text would sort.
    inbox.accept(List.of(update(1000, MINH, "{}")));
    inbox.accept(List.of(update(99, LAN, "{}"), update(1001, LAN, "{}")));
    inbox.accept(List.of(update(100, LAN, "{}")));

    assertThat(inbox.unfinished())
        .extracting(w -> w.entry().updateId())
        .containsExactly(99L, 100L, 1000L, 1001L);
  }

  @Test
  void aDoneOrUnusableUpdateIsNotLeftUnfinished() {
    InboxEntry done = update(101, LAN, "{}");
    InboxEntry unusable = update(102, LAN, "{\"forged\":true}");
    InboxEntry waiting = update(103, LAN, "{}");
    inbox.accept(List.of(done, unusable, waiting));

    inbox.done(done);
    inbox.unusable(unusable, "no chat in update");

    assertThat(inbox.unfinished()).extracting(Waiting::entry).containsExactly(waiting);
    Document kept = document(unusable);
    assertThat(kept.getString("state")).as("kept, never retried").isEqualTo("UNUSABLE");
    assertThat(kept.getString("lastError")).isEqualTo("no chat in update");
    assertThat(document(done).getString("state")).isEqualTo("DONE");
  }

  @Test
  void aFailedUpdateWaitsWithItsAttemptsUntilItIsGivenUp() {
    InboxEntry failing = update(101, LAN, "{}");
    inbox.accept(List.of(failing));

    inbox.failed(failing, 1, "timeout", false);
    inbox.failed(failing, 2, "HTTP 502", false);
    assertThat(inbox.unfinished()).containsExactly(new Waiting(failing, 2));
    assertThat(document(failing).getString("lastError")).isEqualTo("HTTP 502");

    inbox.failed(failing, 3, "HTTP 502 again", true);
    assertThat(inbox.unfinished()).isEmpty();
    Document givenUp = document(failing);
    assertThat(givenUp.getString("state")).isEqualTo("FAILED");
    assertThat(givenUp.getInteger("attempts")).isEqualTo(3);
    assertThat(givenUp.getString("lastError")).isEqualTo("HTTP 502 again");
  }

  @Test
  void updatesLeftUnfinishedAreFoundAgainAfterARestartWithTheirAttempts() {
    InboxEntry handled = update(101, LAN, "{}");
    InboxEntry retried = update(102, LAN, "{\"text\":\"Rác thải\"}");
    InboxEntry untouched = update(103, MINH, "{}");
    InboxEntry unusable = update(104, MINH, "{}");
    InboxEntry givenUp = update(105, MINH, "{}");
    inbox.accept(List.of(handled, retried, untouched, unusable, givenUp));
    inbox.done(handled);
    inbox.failed(retried, 2, "timeout", false);
    inbox.unusable(unusable, "no chat in update");
    inbox.failed(givenUp, 5, "HTTP 500", true);

    reopen();

    assertThat(inbox.unfinished())
        .containsExactly(new Waiting(retried, 2), new Waiting(untouched, 0));
  }

  @Test
  void theLastUpdateIdIsPerChannelAndCountsHandledUpdatesAfterARestart() {
    assertThat(inbox.lastUpdateId(TELEGRAM)).isEmpty();
    InboxEntry older = update(100, LAN, "{}");
    InboxEntry newest = update(3_000_000_000L, MINH, "{}");
    inbox.accept(List.of(newest, older));
    inbox.accept(List.of(new InboxEntry("zalo", 5_000_000_000L, LAN, "{}", T0)));
    inbox.done(older);
    inbox.done(newest);

    reopen();

    assertThat(inbox.lastUpdateId(TELEGRAM))
        .as("polling resumes after the newest update, handled or not")
        .contains(3_000_000_000L);
    assertThat(inbox.lastUpdateId("zalo")).contains(5_000_000_000L);
    assertThat(inbox.lastUpdateId("viber")).isEmpty();
  }

  @Test
  void acceptingNothingStoresNothing() {
    assertThat(inbox.accept(List.of())).isEmpty();
    assertThat(store.database().getCollection(MongoInbox.COLLECTION).countDocuments()).isZero();
  }

  @Test
  void handlingRunsTheWorkAndPassesOnItsFailure() throws Exception {
    InboxEntry entry = update(101, LAN, "{}");
    inbox.accept(List.of(entry));
    AtomicBoolean ran = new AtomicBoolean();

    inbox.handle(entry, () -> ran.set(Replayed.active()));
    assertThat(ran).as("ran as work replayed after a crash").isTrue();
    assertThatThrownBy(
            () ->
                inbox.handle(
                    entry,
                    () -> {
                      throw new IllegalStateException("handler broke");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("handler broke");
    assertThat(Replayed.active()).isFalse();
  }

  private Document document(InboxEntry entry) {
    return store
        .database()
        .getCollection(MongoInbox.COLLECTION)
        .find(new Document("_id", entry.channel() + ":" + entry.updateId()))
        .first();
  }

  static InboxEntry update(long updateId, long chatId, String payload) {
    return new InboxEntry(TELEGRAM, updateId, chatId, payload, T0);
  }
}
