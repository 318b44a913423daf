package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hotline.category.Priority;
import vn.hotline.intake.Conversation;
import vn.hotline.intake.Conversation.Awaiting;
import vn.hotline.intake.Conversation.Flood;
import vn.hotline.intake.Conversation.LastReport;
import vn.hotline.intake.Conversation.Speech;
import vn.hotline.intake.Conversation.Waiting;
import vn.hotline.intake.Draft;
import vn.hotline.unit.UnitCode;

/** Part of the repositories' contract suite: runs against every {@link TestedStore}. */
@ParameterizedClass
@EnumSource(TestedStore.class)
class MongoConversationsIT extends StoreContract {

  static final long LAN = 6123457001L;
  static final long MINH = 6123457002L;
  // Whole milliseconds: the store keeps instants as BSON dates.
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00.123Z");

  MongoConversations conversations;

  @Override
  void opened(MongoStore store) {
    conversations = new MongoConversations(store);
  }

  @Test
  void aChatNeverSavedHasNoConversation() {
    assertThat(conversations.find(LAN)).isEmpty();
  }

  @Test
  void aSavedConversationIsFoundWithEverythingItHeldAfterARestart() {
    Conversation full =
        new Conversation(
            LAN,
            new Speech("en", true),
            new Waiting(Awaiting.PLACE, dueDraft(501, T0.plusSeconds(600)), "PN-4K7Q"),
            new LastReport("PN-3J6P", T0.minusSeconds(3600), new UnitCode("26734")),
            new Flood(T0.minusSeconds(5), 7),
            List.of(499L, 500L, 501L));
    conversations.save(full);

    reopen();

    assertThat(conversations.find(LAN)).contains(full);
  }

  @Test
  void aConversationWithNothingWaitingReadsBackTheSame() {
    Conversation idle = idle(LAN, List.of());
    conversations.save(idle);

    reopen();

    Conversation read = conversations.find(LAN).orElseThrow();
    assertThat(read).isEqualTo(idle);
    assertThat(read.waiting().draft()).isNull();
    assertThat(read.last().at()).isNull();
    assertThat(read.flood().windowStart()).isNull();
  }

  @Test
  void theLast64HandledUpdatesAreKeptInTheOrderTheyWereHandled() {
    List<Long> handled =
        new ArrayList<>(LongStream.range(0, 64).map(i -> 3_000_000_000L - 7 * i).boxed().toList());
    handled.set(10, 5L); // small ids too come back as longs
    conversations.save(idle(LAN, handled));

    reopen();

    assertThat(conversations.find(LAN).orElseThrow().handledUpdates())
        .containsExactlyElementsOf(handled);
  }

  @Test
  void aSaveReplacesTheWholeConversation() {
    conversations.save(
        new Conversation(
            LAN,
            new Speech("vi", false),
            new Waiting(Awaiting.PLACE, dueDraft(501, T0.plusSeconds(600)), "PN-4K7Q"),
            new LastReport("PN-3J6P", T0, new UnitCode("26734")),
            new Flood(T0, 3),
            List.of(501L)));
    Conversation settled = idle(LAN, List.of(501L, 502L));

    conversations.save(settled);

    assertThat(conversations.find(LAN)).contains(settled);
    assertThat(conversations.withDraftsDue()).as("its draft is gone, and its due time").isEmpty();
  }

  @Test
  void eachChatKeepsItsOwnConversation() {
    Conversation lan = idle(LAN, List.of(1L));
    Conversation minh = idle(MINH, List.of(2L));
    conversations.save(lan);
    conversations.save(minh);

    assertThat(conversations.find(LAN)).contains(lan);
    assertThat(conversations.find(MINH)).contains(minh);
    assertThat(conversations.find(-1001234567890L)).isEmpty();
  }

  @Test
  void manyChatsSavedAndReadAtOnceEachGetTheirOwn() throws Exception {
    int chats = 16;
    ExecutorService pool = Executors.newFixedThreadPool(chats);
    CountDownLatch ready = new CountDownLatch(chats);
    List<Future<Optional<Conversation>>> reads = new ArrayList<>();
    for (int i = 0; i < chats; i++) {
      long chat = LAN + i;
      reads.add(
          pool.submit(
              () -> {
                ready.countDown();
                ready.await(30, TimeUnit.SECONDS);
                conversations.save(idle(chat, List.of(chat)));
                return conversations.find(chat);
              }));
    }
    for (int i = 0; i < chats; i++) {
      long chat = LAN + i;
      assertThat(reads.get(i).get(30, TimeUnit.SECONDS)).contains(idle(chat, List.of(chat)));
    }
    pool.shutdown();
  }

  @Test
  void onlyConversationsWhoseDraftWaitsToBeFiledAreDue() {
    Conversation due =
        new Conversation(
            LAN,
            new Speech("vi", false),
            new Waiting(Awaiting.PLACE, dueDraft(501, T0.plusSeconds(600)), ""),
            null,
            null,
            List.of(501L));
    Conversation beingDescribed =
        new Conversation(
            MINH,
            new Speech("vi", false),
            new Waiting(Awaiting.DESCRIPTION, dueDraft(601, null), ""),
            null,
            null,
            List.of(601L));
    Conversation filed =
        new Conversation(
            MINH + 1,
            new Speech("vi", false),
            new Waiting(Awaiting.PLACE, filedDraft(dueDraft(701, null), "PN-4K7Q"), ""),
            null,
            null,
            List.of(701L));
    conversations.save(due);
    conversations.save(beingDescribed);
    conversations.save(filed);
    conversations.save(idle(MINH + 2, List.of()));

    reopen();

    assertThat(conversations.withDraftsDue()).containsExactly(due);
  }

  @Test
  void aSweeperSavesOverAConversationNobodyChangedAndTheSaveSurvivesARestart() {
    Conversation read = withDraft(LAN, 501, List.of(501L));
    conversations.save(read);
    Conversation filed = filed(read);

    assertThat(conversations.replace(read, filed)).isTrue();

    reopen();
    assertThat(conversations.find(LAN)).contains(filed);
    assertThat(conversations.withDraftsDue()).isEmpty();
  }

  @Test
  void aSweeperSavesNothingOverAConversationThatHandledAnotherUpdateMeanwhile() {
    Conversation read = withDraft(LAN, 501, List.of(501L));
    conversations.save(read);
    Conversation answered = withDraft(LAN, 501, List.of(501L, 502L));
    conversations.save(answered);

    assertThat(conversations.replace(read, filed(read))).isFalse();
    assertThat(conversations.find(LAN)).contains(answered);
  }

  @Test
  void aSweeperSavesNothingOverADraftFiledMeanwhile() {
    Conversation read = withDraft(LAN, 501, List.of(501L));
    conversations.save(read);
    Conversation filedByAnother = filed(read);
    assertThat(conversations.replace(read, filedByAnother)).isTrue();

    assertThat(conversations.replace(read, filed(read))).as("only one sweeper files it").isFalse();
    assertThat(conversations.find(LAN)).contains(filedByAnother);
  }

  @Test
  void aSweeperSavesNothingOverADraftStartedAnewByTheSameLastUpdate() {
    Conversation read = withDraft(LAN, 501, List.of(501L));
    conversations.save(read);
    Conversation restarted = withDraft(LAN, 499, List.of(501L));
    conversations.save(restarted);

    assertThat(conversations.replace(read, filed(read))).isFalse();
    assertThat(conversations.find(LAN)).contains(restarted);
  }

  @Test
  void aSweeperSavesNothingForAChatWithNoConversation() {
    Conversation read = withDraft(LAN, 501, List.of(501L));

    assertThat(conversations.replace(read, filed(read))).isFalse();
    assertThat(conversations.find(LAN)).isEmpty();
  }

  private static Conversation idle(long chat, List<Long> handled) {
    return new Conversation(chat, new Speech("vi", false), null, null, null, handled);
  }

  private static Conversation withDraft(long chat, long origin, List<Long> handled) {
    return new Conversation(
        chat,
        new Speech("vi", false),
        new Waiting(Awaiting.PLACE, dueDraft(origin, T0.plusSeconds(600)), ""),
        null,
        null,
        handled);
  }

  // What the draft sweeper saves: the draft filed, kept open to the citizen's answer.
  private static Conversation filed(Conversation read) {
    return new Conversation(
        read.chatId(),
        read.speech(),
        new Waiting(read.waiting().awaiting(), filedDraft(read.waiting().draft(), "PN-4K7Q"), ""),
        new LastReport("PN-4K7Q", T0.plusSeconds(600), new UnitCode("26734")),
        read.flood(),
        read.handledUpdates());
  }

  private static Draft filedDraft(Draft d, String code) {
    return new Draft(
        d.origin(),
        d.text(),
        d.photos(),
        d.category(),
        d.categoryConfirmed(),
        d.confidence(),
        d.priority(),
        d.unitCode(),
        d.villageCode(),
        d.startedAt(),
        d.candidates(),
        null,
        code);
  }

  private static Draft dueDraft(long origin, Instant dueAt) {
    return new Draft(
        origin,
        "Cống bị tắc, nước tràn ra đường",
        List.of("AgACAgUAAx-1", "AgACAgUAAx-2"),
        "drainage",
        true,
        0.87,
        Priority.HIGH,
        new UnitCode("26734"),
        new UnitCode("26734-03"),
        T0,
        List.of(new UnitCode("26734"), new UnitCode("26737")),
        dueAt,
        "");
  }
}
