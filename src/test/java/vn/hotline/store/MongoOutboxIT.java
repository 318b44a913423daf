package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.notify.OutboundFile;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboxQueue.Claimed;
import vn.hotline.notify.OutboxQueue.Head;
import vn.hotline.notify.OutboxQueue.State;

/** Part of the repositories' contract suite: runs against every {@link TestedStore}. */
@ParameterizedClass
@EnumSource(TestedStore.class)
class MongoOutboxIT extends StoreContract {

  static final long LAN = 6123457001L;
  static final long MINH = 6123457002L;
  static final Duration LEASE = Duration.ofMinutes(2);

  MongoOutbox outbox;

  @Override
  void opened(MongoStore store) {
    outbox = new MongoOutbox(store, Clock.systemUTC());
  }

  @Test
  void aMessageQueuedTwiceIsStoredOnceAsFirstQueued() {
    outbox.enqueue(List.of(text("u1-1", LAN, "Mã phản ánh PN-4K7Q"), text("u1-2", LAN, "Cảm ơn")));
    outbox.enqueue(List.of(text("u1-1", LAN, "redone work says it again")));

    assertThat(store.database().getCollection(MongoOutbox.COLLECTION).countDocuments())
        .isEqualTo(2);
    Claimed first = claimHead();
    assertThat(first.message().text()).isEqualTo("Mã phản ánh PN-4K7Q");
    outbox.sent(first, 1, Instant.now());
    assertThat(heads())
        .extracting(Head::id)
        .as("the second entry of u1-1 leads nowhere")
        .containsExactly("u1-2");
  }

  @Test
  void aMessageAlreadySentIsNotSentAgainWhenItsWorkIsRedone() {
    outbox.enqueue(List.of(text("u1-1", LAN, "x")));
    outbox.sent(claimHead(), 7, Instant.now());
    outbox.enqueue(List.of(text("u1-1", LAN, "x")));
    assertThat(heads()).isEmpty();
    assertThat(outbox.find("u1-1"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.state()).isEqualTo(State.SENT);
              assertThat(e.messageId()).isEqualTo(7);
            });
  }

  @Test
  void eachChatShowsOnlyItsFirstUnfinishedMessageAndCallbackAnswersWaitForNothing() {
    outbox.enqueue(List.of(text("a1", LAN, "1"), text("b1", MINH, "1")));
    outbox.enqueue(
        List.of(
            text("a2", LAN, "2"),
            new OutboundMessage(
                "cb1",
                LAN,
                OutboundMessage.Kind.ANSWER_CALLBACK,
                "",
                null,
                null,
                "4382937461",
                null)));

    assertThat(heads()).extracting(Head::id).containsExactlyInAnyOrder("a1", "b1", "cb1");
    assertThat(heads())
        .filteredOn(h -> h.id().equals("a1"))
        .singleElement()
        .satisfies(h -> assertThat(h.queued()).isEqualTo(2));
  }

  @Test
  void aMessageKeepsItsKeyboardPhotoTargetAndTagThroughTheStore() {
    var keyboard =
        new Keyboard.Inline(
            List.of(
                List.of(Button.callback("Nhận", "ack:PN-4K7Q")),
                List.of(Button.callback("Chuyển", "move:PN-4K7Q"))));
    var card =
        new OutboundMessage(
            "card",
            -1000025267L,
            OutboundMessage.Kind.SEND_PHOTO,
            "<b>PN-4K7Q</b>",
            keyboard,
            "AgACAgUAAx",
            null,
            "card:PN-4K7Q");
    var ask =
        OutboundMessage.text(
            "ask",
            LAN,
            "Vị trí?",
            new Keyboard.Reply(
                List.of(
                    List.of(
                        Button.requestLocation("📍"),
                        Button.requestContact("📞"),
                        Button.sendsText("Bỏ qua")))));
    var done = OutboundMessage.text("done", MINH, "Xong", new Keyboard.Remove());
    outbox.enqueue(List.of(card, ask, done));

    List<OutboundMessage> claimed = new ArrayList<>();
    for (Head head : heads()) {
      claimed.add(outbox.claim(head.id(), "me", Instant.now(), LEASE).orElseThrow().message());
    }
    assertThat(claimed).containsExactlyInAnyOrder(card, ask, done);
  }

  @Test
  void aPhotoFileAndADocumentKeepTheirBytesThroughTheStore() {
    byte[] bytes = new byte[256 * 1024];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) (i * 31 + i / 256);
    }
    var chart =
        OutboundMessage.photoFile(
            "report-chart", LAN, "<b>Báo cáo</b>", new OutboundFile("chart.png", bytes));
    var workbook =
        OutboundMessage.document(
            "report-xlsx", MINH, "Số liệu", new OutboundFile("bao-cao.xlsx", new byte[] {0, -1}));
    outbox.enqueue(List.of(chart, workbook));

    List<OutboundMessage> claimed = new ArrayList<>();
    for (Head head : heads()) {
      claimed.add(outbox.claim(head.id(), "me", Instant.now(), LEASE).orElseThrow().message());
    }
    assertThat(claimed).containsExactlyInAnyOrder(chart, workbook);
  }

  @Test
  void aMessageStoredBeforeFilesExistedReadsAsOneWithoutAFile() {
    var photo =
        new OutboundMessage(
            "old-photo", LAN, OutboundMessage.Kind.SEND_PHOTO, "", null, "AgAC", null, null);
    outbox.enqueue(List.of(photo));
    store
        .database()
        .getCollection(MongoOutbox.COLLECTION)
        .updateOne(
            new Document("_id", "old-photo"), new Document("$unset", new Document("file", "")));

    OutboundMessage read = claimHead().message();
    assertThat(read).isEqualTo(photo);
    assertThat(read.file()).isNull();
  }

  @Test
  void onlyOneOfManyClaimsOfAMessageSucceeds() throws Exception {
    outbox.enqueue(List.of(text("m1", LAN, "x")));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    AtomicInteger won = new AtomicInteger();
    List<Future<?>> claims = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String owner = "sender-" + i;
      claims.add(
          pool.submit(
              () ->
                  outbox
                      .claim("m1", owner, Instant.now(), LEASE)
                      .ifPresent(c -> won.incrementAndGet())));
    }
    for (Future<?> claim : claims) {
      claim.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(won).hasValue(1);
    assertThat(heads())
        .singleElement()
        .satisfies(h -> assertThat(h.state()).isEqualTo(State.SENDING));
  }

  @Test
  void aRetriedMessageCannotBeClaimedBeforeItIsDue() {
    outbox.enqueue(List.of(text("m1", LAN, "x")));
    Instant now = Instant.now();
    outbox.retry(claimHead(), 1, now.plusSeconds(60), "HTTP 502: Bad Gateway");

    assertThat(outbox.claim("m1", "me", now, LEASE)).isEmpty();
    assertThat(outbox.claim("m1", "me", now.plusSeconds(61), LEASE))
        .hasValueSatisfying(c -> assertThat(c.attempts()).isEqualTo(1));
    assertThat(outbox.find("m1").orElseThrow().reason()).isEqualTo("HTTP 502: Bad Gateway");
  }

  @Test
  void aMessageWhoseSenderVanishedBecomesUncertainOnlyAfterItsLeaseAndTheChatMovesOn() {
    outbox.enqueue(List.of(text("m1", LAN, "1"), text("m2", LAN, "2")));
    Instant now = Instant.now();
    outbox.claim("m1", "crashed", now, Duration.ofSeconds(30)).orElseThrow();
    Head held = heads().getFirst();

    assertThat(outbox.abandon(held, now.plusSeconds(29))).isFalse();
    assertThat(outbox.abandon(held, now.plusSeconds(31))).isTrue();
    assertThat(outbox.abandon(held, now.plusSeconds(32))).as("only once").isFalse();
    assertThat(outbox.find("m1").orElseThrow().state()).isEqualTo(State.UNCERTAIN);
    assertThat(heads()).extracting(Head::id).containsExactly("m2");
  }

  @Test
  void finishedLanesDisappearSoReadingTheLanesStaysCheap() {
    outbox.enqueue(List.of(text("m1", LAN, "1"), text("m2", MINH, "2")));
    outbox.sent(claimHead(), 1, Instant.now());
    outbox.giveUp(
        claimHead(),
        State.FAILED,
        "BLOCKED: Forbidden: bot was blocked by the user",
        Instant.now());

    assertThat(store.database().getCollection(OutboxLanes.COLLECTION).countDocuments()).isZero();
    assertThat(
            List.of(
                outbox.find("m1").orElseThrow().state(), outbox.find("m2").orElseThrow().state()))
        .containsExactlyInAnyOrder(State.SENT, State.FAILED);
  }

  @Test
  void aLaneEntryWithoutItsMessageHoldsTheLaneBrieflyAndIsThenDropped() {
    var lanes = store.database().getCollection(OutboxLanes.COLLECTION);
    Date longAgo = Date.from(Instant.now().minus(Duration.ofMinutes(5)));
    lanes.insertOne(
        new Document("_id", "chat:" + LAN)
            .append("queue", List.of(new Document("id", "lost").append("at", longAgo))));
    lanes.insertOne(
        new Document("_id", "chat:" + MINH)
            .append("queue", List.of(new Document("id", "coming").append("at", new Date()))));
    outbox.enqueue(List.of(text("m1", LAN, "1"), text("m2", MINH, "2")));

    assertThat(heads())
        .extracting(Head::id)
        .as("m2 waits behind an enqueue that may still be running")
        .containsExactly("m1");
  }

  @Test
  void aFreshReadingFindsTheFirstMessageOfEveryLaneHoweverManyWait() {
    List<OutboundMessage> messages = new ArrayList<>();
    for (int chat = 0; chat < 1_201; chat++) {
      messages.add(text("m" + chat, LAN + chat, "hello"));
    }
    outbox.enqueue(messages);

    MongoOutbox restarted = new MongoOutbox(store, Clock.systemUTC());
    assertThat(KnownLanesTest.all(restarted.heads(Instant.now())))
        .extracting(Head::id)
        .as("messages are looked up a few hundred at a time")
        .containsExactlyInAnyOrderElementsOf(messages.stream().map(OutboundMessage::id).toList());
  }

  private List<Head> heads() {
    return KnownLanesTest.all(outbox.heads(Instant.now()));
  }

  private Claimed claimHead() {
    return outbox.claim(heads().getFirst().id(), "me", Instant.now(), LEASE).orElseThrow();
  }

  static OutboundMessage text(String id, long chat, String text) {
    return OutboundMessage.text(id, chat, text, null);
  }
}
