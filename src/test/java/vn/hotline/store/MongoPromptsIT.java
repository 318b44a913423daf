package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hotline.desk.Prompt;
import vn.hotline.desk.Prompt.Action;
import vn.hotline.ticket.TicketCode;

/** Part of the repositories' contract suite: runs against every {@link TestedStore}. */
@ParameterizedClass
@EnumSource(TestedStore.class)
class MongoPromptsIT extends StoreContract {

  // The collection's name and document shape are what stores written by earlier versions hold.
  static final String COLLECTION = "desk_prompts";
  static final long DESK = -1001234567890L;
  static final long OTHER_DESK = -1009876543210L;
  static final long HUNG = 6123458001L;
  static final long THAO = 6123458002L;
  // Whole milliseconds: the store keeps instants as BSON dates.
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00.123Z");
  static final TicketCode CODE = TicketCode.parse("PN-4K7Q");

  MongoPrompts prompts;

  @Override
  void opened(MongoStore store) {
    prompts = new MongoPrompts(store);
  }

  @Test
  void noQuestionWaitsForAnOfficerNeverAsked() {
    assertThat(prompts.waiting(DESK, HUNG)).isFalse();
    assertThat(prompts.take(DESK, HUNG)).isEmpty();
  }

  @Test
  void aQuestionIsAnsweredOnceAndIsThenGone() {
    Prompt asked = new Prompt(Action.RESOLVE, CODE, T0, "");
    prompts.put(DESK, HUNG, asked);

    assertThat(prompts.take(DESK, HUNG)).contains(asked);
    assertThat(prompts.take(DESK, HUNG)).isEmpty();
    assertThat(prompts.waiting(DESK, HUNG)).isFalse();
    assertThat(store.database().getCollection(COLLECTION).countDocuments()).isZero();
  }

  @Test
  void lookingWhetherAQuestionWaitsLeavesItWaiting() {
    Prompt asked = new Prompt(Action.UPDATE, CODE, T0, "");
    prompts.put(DESK, HUNG, asked);

    assertThat(prompts.waiting(DESK, HUNG)).isTrue();
    assertThat(prompts.waiting(DESK, HUNG)).isTrue();
    assertThat(prompts.take(DESK, HUNG)).contains(asked);
  }

  @Test
  void eachOfficerInEachChatHasAQuestionOfTheirOwn() {
    Prompt hungHere = new Prompt(Action.UPDATE, CODE, T0, "");
    Prompt thaoHere = new Prompt(Action.RESOLVE, TicketCode.parse("PN-3J6P"), T0, "");
    Prompt hungThere = new Prompt(Action.RESOLVE, TicketCode.parse("TX-9ABC"), T0, "");
    prompts.put(DESK, HUNG, hungHere);
    prompts.put(DESK, THAO, thaoHere);
    prompts.put(OTHER_DESK, HUNG, hungThere);

    assertThat(prompts.take(DESK, HUNG)).contains(hungHere);
    assertThat(prompts.waiting(DESK, THAO)).as("another officer's question stays").isTrue();
    assertThat(prompts.waiting(OTHER_DESK, HUNG)).as("the same officer elsewhere").isTrue();
    assertThat(prompts.take(OTHER_DESK, HUNG)).contains(hungThere);
    assertThat(prompts.take(DESK, THAO)).contains(thaoHere);
  }

  @Test
  void aNewQuestionReplacesTheOneWaiting() {
    prompts.put(DESK, HUNG, new Prompt(Action.UPDATE, CODE, T0, ""));
    Prompt withPhoto = new Prompt(Action.UPDATE, CODE, T0, "AgACAgUAAx-photo");
    prompts.put(DESK, HUNG, withPhoto);

    assertThat(store.database().getCollection(COLLECTION).countDocuments()).isEqualTo(1);
    assertThat(prompts.take(DESK, HUNG)).contains(withPhoto);
    assertThat(prompts.waiting(DESK, HUNG)).isFalse();
  }

  @Test
  void aQuestionStillWaitsAfterARestart() {
    Prompt asked = new Prompt(Action.RESOLVE, TicketCode.parse("HNKM-7PQR2"), T0, "AgACAgUAAx");
    prompts.put(DESK, HUNG, asked);

    reopen();

    assertThat(prompts.waiting(DESK, HUNG)).isTrue();
    assertThat(prompts.take(DESK, HUNG)).contains(asked);
  }

  @Test
  void aQuestionIsStoredWithItsTicketCodeAsText() {
    prompts.put(DESK, HUNG, new Prompt(Action.RESOLVE, CODE, T0, "AgACAgUAAx"));

    assertThat(store.database().getCollection(COLLECTION).find().first())
        .isEqualTo(
            new Document("_id", DESK + ":" + HUNG)
                .append("action", "RESOLVE")
                .append("code", "PN-4K7Q")
                .append("askedAt", Date.from(T0))
                .append("photo", "AgACAgUAAx"));
  }

  @Test
  void aQuestionStoredByAnEarlierVersionIsAnswered() {
    store
        .database()
        .getCollection(COLLECTION)
        .insertOne(
            new Document("_id", DESK + ":" + THAO)
                .append("action", "UPDATE")
                .append("code", "PN-3J6P")
                .append("askedAt", Date.from(T0))
                .append("photo", ""));

    assertThat(prompts.take(DESK, THAO))
        .contains(new Prompt(Action.UPDATE, TicketCode.parse("PN-3J6P"), T0, ""));
  }

  @Test
  void ofManyAnswersToOneQuestionAtOnceOnlyOneTakesIt() throws Exception {
    prompts.put(DESK, HUNG, new Prompt(Action.RESOLVE, CODE, T0, ""));
    int answers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(answers);
    CountDownLatch ready = new CountDownLatch(answers);
    List<Future<Optional<Prompt>>> takes = new ArrayList<>();
    for (int i = 0; i < answers; i++) {
      takes.add(
          pool.submit(
              () -> {
                ready.countDown();
                ready.await(30, TimeUnit.SECONDS);
                return prompts.take(DESK, HUNG);
              }));
    }
    int taken = 0;
    for (Future<Optional<Prompt>> take : takes) {
      taken += take.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
    }
    pool.shutdown();

    assertThat(taken).isEqualTo(1);
  }
}
