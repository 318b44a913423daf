package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.intake.InboxEntry;
import vn.hotline.roster.OfficerId;
import vn.hotline.store.embedded.FaultyDisk;
import vn.hotline.store.embedded.FaultyDisk.Event;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Transition;

/**
 * Whatever the service acknowledges (an update stored in the inbox, which answers Telegram; a
 * ticket filed or changed, which a citizen or officer is then told of) is on the disk, synced, by
 * the time the call returns: the embedded store's file saw a sync after its last write.
 */
@Tag("slow")
class SyncBeforeAcknowledgementIT {
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00Z");

  @TempDir Path dataDir;
  MongoStore store;

  @BeforeAll
  static void registerFileSystem() {
    FaultyDisk.register();
  }

  @BeforeEach
  void open() {
    store = MongoStore.open("", dataDir, FaultyDisk.SCHEME + ":");
    StoreIndexes.create(store.database());
    FaultyDisk.drain();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void anUpdateStoredInTheInboxIsSyncedBeforeTheInboxAnswers() {
    new MongoInbox(store)
        .accept(List.of(new InboxEntry("telegram", 1, 42, "{\"update_id\":1}", T0)));

    assertWrittenThenSynced(FaultyDisk.drain());
  }

  @Test
  void aFiledTicketAndEachChangeToItAreSyncedBeforeTheCallerHearsOfThem() {
    MongoTickets tickets = new MongoTickets(store);
    Ticket filed = tickets.file(Drafts.draft("chợ tự phát ở ấp 4"));
    assertWrittenThenSynced(FaultyDisk.drain());

    Transition.Applied claimed =
        (Transition.Applied) filed.acknowledge(Actor.officer(new OfficerId(1), "Officer 1"), T0);
    assertThat(tickets.replace(filed, claimed.ticket())).isTrue();
    assertWrittenThenSynced(FaultyDisk.drain());
  }

  @Test
  void anIssuedLinkItsUseAndASignOutAreSyncedBeforeTheOfficerHearsOfThem() {
    MongoSignIns signIns = new MongoSignIns(store);
    signIns.addLink("a".repeat(64), new OfficerId(1), T0.plusSeconds(600));
    assertWrittenThenSynced(FaultyDisk.drain());

    assertThat(signIns.useLink("a".repeat(64), T0)).isPresent();
    assertWrittenThenSynced(FaultyDisk.drain());

    signIns.addSession("b".repeat(64), new OfficerId(1), "csrf", T0);
    assertWrittenThenSynced(FaultyDisk.drain());

    signIns.endSession("b".repeat(64));
    assertWrittenThenSynced(FaultyDisk.drain());
  }

  @Test
  void aFailedSyncRefusesTheUpdateAndTheFileIsNotTrustedAgainByThisProcess() throws Exception {
    Path flag = Files.createFile(dataDir.resolve(FaultyDisk.SYNC_FLAG));
    MongoInbox inbox = new MongoInbox(store);

    assertThatThrownBy(
            () -> inbox.accept(List.of(new InboxEntry("telegram", 2, 42, "{\"update_id\":2}", T0))))
        .isInstanceOf(MongoException.class)
        .hasMessageContaining("Input/output error");
    Files.delete(flag);

    assertThat(store.brokenFile())
        .hasValueSatisfying(
            reason -> assertThat(reason).contains("cannot sync").contains("Input/output error"));
    assertThat(store.cannotWrite(T0)).isPresent();
  }

  private static void assertWrittenThenSynced(List<Event> events) {
    assertThat(events).contains(Event.WRITE);
    assertThat(events.getLast())
        .as("the last thing done to the file, in %s", events)
        .isEqualTo(Event.SYNC);
  }
}
