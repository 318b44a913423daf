package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import vn.hotline.category.Priority;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Attachment;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Refusal;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.Transition;
import vn.hotline.triage.GeoPoint;
import vn.hotline.unit.UnitCode;

/** Part of the repositories' contract suite: runs against every {@link TestedStore}. */
@ParameterizedClass
@EnumSource(TestedStore.class)
class MongoTicketsIT extends StoreContract {

  static final Instant T0 = Instant.parse("2021-09-10T08:00:00Z");

  MongoTickets tickets;

  // The test key, so that the codes these tests file are known in advance.
  @Override
  void opened(MongoStore store) {
    store
        .database()
        .getCollection("settings")
        .replaceOne(
            new Document("_id", CodeKeys.ID),
            new Document("_id", CodeKeys.ID).append("secret", new Binary(Drafts.CODE_KEY.secret())),
            new ReplaceOptions().upsert(true));
    tickets = new MongoTickets(store);
  }

  @Test
  void aFiledTicketIsFoundByItsCodeTypedAnyWayWithEveryFieldIntact() {
    Ticket filed =
        tickets.file(Drafts.draft("25267", Priority.HIGH, T0, "chợ tự phát ở ấp 4 <b>đông</b>"));
    String typed = filed.code().toString().toLowerCase().replace("-", " ");
    assertThat(tickets.find(typed)).contains(filed);
    assertThat(tickets.find("PN-2222")).isEmpty();
    assertThat(tickets.find("{\"$ne\": null}")).isEmpty();
  }

  @Test
  void codesStayUniqueWhenEightThreadsFileAThousandTicketsEach() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> results = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      results.add(
          pool.submit(
              () -> {
                start.await();
                List<String> codes = new ArrayList<>();
                for (int i = 0; i < 1000; i++) {
                  codes.add(tickets.file(Drafts.draft("report " + i)).code().toString());
                }
                return codes;
              }));
    }
    start.countDown();
    Set<String> all = new HashSet<>();
    for (Future<List<String>> result : results) {
      all.addAll(result.get(5, TimeUnit.MINUTES));
    }
    pool.shutdown();
    assertThat(all).hasSize(8000);
    assertThat(store.database().getCollection(MongoTickets.COLLECTION).countDocuments())
        .isEqualTo(8000);
  }

  @Test
  void filingTheSameOriginAgainGivesBackTheFirstTicketEvenAfterARestart() {
    var draft = Drafts.draft("25267", Priority.NORMAL, T0, "chợ tự phát");
    Ticket first = tickets.file(draft);
    assertThat(tickets.file(draft)).isEqualTo(first);
    store.close();
    open();
    assertThat(tickets.file(draft)).isEqualTo(first);
    assertThat(store.database().getCollection(MongoTickets.COLLECTION).countDocuments())
        .isEqualTo(1);
  }

  @Test
  void coordinatesAreKeptWhenGivenAndAbsentOtherwise() {
    var plain = Drafts.draft("chợ tự phát");
    var located =
        new NewTicket(
            "located",
            plain.codePrefix(),
            plain.whereabouts(),
            new Reported(
                plain.reported().category(),
                plain.reported().priority(),
                plain.reported().text(),
                List.of(),
                plain.reported().reporter(),
                Contact.NONE,
                0.9,
                new GeoPoint(11.535, 106.883)),
            plain.deadlines());
    Ticket withPoint = tickets.file(located);
    Ticket without = tickets.file(plain);
    assertThat(tickets.find(withPoint.code()).orElseThrow().reported().location())
        .contains(new GeoPoint(11.535, 106.883));
    assertThat(tickets.find(without.code()).orElseThrow().reported().location()).isEmpty();
    assertThat(
            store
                .database()
                .getCollection(MongoTickets.COLLECTION)
                .find(new Document("_id", without.code().compact()))
                .first())
        .doesNotContainKey("point");
  }

  @Test
  void aTicketIsFoundByItsOriginOnlyOnceItIsFiled() {
    var draft = Drafts.draft("chợ tự phát");
    assertThat(tickets.filedFrom(draft.origin())).isEmpty();
    Ticket filed = tickets.file(draft);
    assertThat(tickets.filedFrom(draft.origin())).contains(filed);
    store
        .database()
        .getCollection("ticket_origins")
        .insertOne(new Document("_id", "half-way").append("prefix", "PN").append("tail", "4K7Q"));
    assertThat(tickets.filedFrom("half-way")).isEmpty();
  }

  @Test
  void aFilingStoppedAfterItsOriginIsFinishedUnderTheCodeTheOriginHolds() {
    var draft = Drafts.draft("chợ tự phát");
    store
        .database()
        .getCollection("ticket_origins")
        .insertOne(
            new Document("_id", draft.origin()).append("prefix", "PN").append("tail", "4K7Q"));

    assertThat(tickets.file(draft).code().toString()).isEqualTo("PN-4K7Q");
    assertThat(tickets.file(draft).code().toString()).isEqualTo("PN-4K7Q");
  }

  // Taken by another prefix (PN + KK7Q, PNK + K7Q), or by a ticket filed before codes were keyed.
  @Test
  void aCodeAnotherTicketAlreadyHoldsIsSkippedAndTheOriginFollowsTheTicket() {
    var draft = Drafts.draft("chợ tự phát");
    TicketCode next = Drafts.code(draft.codePrefix(), 0);
    store
        .database()
        .getCollection(MongoTickets.COLLECTION)
        .insertOne(new Document("_id", next.compact()).append("origin", "telegram:elsewhere"));

    Ticket filed = tickets.file(draft);

    assertThat(filed.code()).isEqualTo(Drafts.code(draft.codePrefix(), 1));
    assertThat(tickets.file(draft)).as("filed again after the move").isEqualTo(filed);
    store.close();
    open();
    assertThat(tickets.file(draft)).isEqualTo(filed);
  }

  @Test
  void eachVisitsEveryStoredTicketOnceOverSeveralPagesWithItsLatestVersion() {
    Set<String> filed = new HashSet<>();
    for (int i = 0; i < 1_201; i++) {
      filed.add(tickets.file(Drafts.draft("report " + i)).code().toString());
    }
    Ticket changed = tickets.find(filed.iterator().next()).orElseThrow();
    Ticket acknowledged = ((Transition.Applied) changed.acknowledge(officer("1"), T0)).ticket();
    assertThat(tickets.replace(changed, acknowledged)).isTrue();

    List<Ticket> seen = new ArrayList<>();
    tickets.each(seen::add);

    assertThat(seen).hasSize(filed.size());
    assertThat(seen)
        .extracting(t -> t.code().toString())
        .containsExactlyInAnyOrderElementsOf(filed);
    assertThat(seen).contains(acknowledged);
  }

  @Test
  void codesStayUniqueAcrossARestartOfTheStore() {
    String before = tickets.file(Drafts.draft("first")).code().toString();
    store.close();
    open();
    String after = tickets.file(Drafts.draft("second")).code().toString();
    assertThat(after).isNotEqualTo(before);
    assertThat(tickets.find(before)).isPresent();
  }

  @Test
  void queueShowsUrgentFirstThenOldestAndLeavesOutOtherUnitsAndFinishedTickets() {
    Ticket oldNormal = tickets.file(Drafts.draft("25267", Priority.NORMAL, T0, "a"));
    Ticket newUrgent =
        tickets.file(Drafts.draft("25267", Priority.URGENT, T0.plusSeconds(600), "b"));
    Ticket midHigh = tickets.file(Drafts.draft("25267", Priority.HIGH, T0.plusSeconds(300), "c"));
    Ticket oldUrgent =
        tickets.file(Drafts.draft("25267", Priority.URGENT, T0.plusSeconds(60), "d"));
    tickets.file(Drafts.draft("25222", Priority.URGENT, T0, "other commune"));
    Ticket rejected = tickets.file(Drafts.draft("25267", Priority.URGENT, T0, "rejected"));
    var changes = new TicketChanges(tickets);
    assertThat(changes.apply(rejected.code(), t -> t.reject(officer("1"), "sai", T0)).applied())
        .isTrue();

    assertThat(tickets.queue(List.of(new UnitCode("25267")), 10))
        .extracting(Ticket::code)
        .containsExactly(oldUrgent.code(), newUrgent.code(), midHigh.code(), oldNormal.code());
    assertThat(tickets.queue(List.of(new UnitCode("25267")), 2)).hasSize(2);
  }

  @Test
  void aChangeMadeOnAStaleTicketIsNotSaved() {
    Ticket filed = tickets.file(Drafts.draft("x"));
    Ticket claimed = ((Transition.Applied) filed.acknowledge(officer("1"), T0)).ticket();
    assertThat(tickets.replace(filed, claimed)).isTrue();
    Ticket staleClaim = ((Transition.Applied) filed.acknowledge(officer("2"), T0)).ticket();
    assertThat(tickets.replace(filed, staleClaim)).isFalse();
    assertThat(tickets.find(filed.code().toString()).orElseThrow().handling().assigneeId())
        .isEqualTo(new OfficerId(1));
  }

  @Test
  void twoOfficersClaimingAtTheSameMomentExactlyOneWinsAndTheOtherIsToldItIsClaimed()
      throws Exception {
    var changes = new TicketChanges(tickets);
    for (int round = 0; round < 20; round++) {
      TicketCode code = tickets.file(Drafts.draft("race " + round)).code();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      var outcomes = new ConcurrentHashMap<String, Transition>();
      for (String officer : List.of("100001", "100005")) {
        pool.submit(
            () -> {
              start.await();
              outcomes.put(
                  officer,
                  changes.apply(code, t -> t.acknowledge(officer(officer), Instant.now())));
              return null;
            });
      }
      start.countDown();
      pool.shutdown();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

      List<String> winners =
          outcomes.entrySet().stream()
              .filter(e -> e.getValue().applied())
              .map(e -> e.getKey())
              .toList();
      assertThat(winners).hasSize(1);
      Transition loser =
          outcomes.values().stream().filter(t -> !t.applied()).findFirst().orElseThrow();
      assertThat(((Transition.Refused) loser).reason()).isEqualTo(Refusal.ALREADY_CLAIMED);
      Ticket stored = tickets.find(code).orElseThrow();
      assertThat(stored.handling().assigneeId())
          .isEqualTo(new OfficerId(Long.parseLong(winners.getFirst())));
      assertThat(stored.history()).hasSize(2);
    }
  }

  @Test
  void aFullLifecycleIsStoredWithEveryHistoryEntry() {
    var changes = new TicketChanges(tickets);
    TicketCode code = tickets.file(Drafts.draft("chợ")).code();
    changes.apply(code, t -> t.acknowledge(officer("1"), T0));
    changes.apply(code, t -> t.postUpdate(officer("1"), "đang đến", T0));
    changes.apply(
        code, t -> t.resolve(officer("1"), "đã giải tán", new Attachment("photo", "F1", true), T0));
    changes.apply(code, t -> t.confirm(T0));
    Ticket closed = tickets.find(code).orElseThrow();
    assertThat(closed.state()).isEqualTo(TicketState.CLOSED);
    assertThat(closed.history())
        .extracting(e -> e.to())
        .containsExactly(
            TicketState.NEW,
            TicketState.ACKNOWLEDGED,
            TicketState.IN_PROGRESS,
            TicketState.RESOLVED,
            TicketState.CLOSED);
    assertThat(closed.reported().attachments())
        .containsExactly(new Attachment("photo", "F1", true));
    assertThat(changes.apply(TicketCode.parse("PN-2222"), t -> t.confirm(T0)))
        .isEqualTo(new Transition.Refused(Refusal.UNKNOWN_TICKET, null));
  }

  static Actor officer(String id) {
    return Actor.officer(new OfficerId(Long.parseLong(id)), "Officer " + id);
  }
}
