package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.ticket.CodeKey;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.TicketCode;

/**
 * The code key is made once per store, whoever files first, and every connection files its codes in
 * that key's order: a connection that made a key of its own would file codes outside it.
 */
class CodeKeysIT {
  @TempDir Path dataDir;

  @Test
  void twoConnectionsToOneMongoDbServerAskingAtOnceGetOneKeyAndFileInItsOrder() throws Exception {
    MongoServer server = new MongoServer(new MemoryBackend());
    server.bind("127.0.0.1", 0);
    String uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/hotline";
    try (MongoStore first = MongoStore.open(uri, dataDir);
        MongoStore second = MongoStore.open(uri, dataDir)) {
      StoreIndexes.create(first.database());
      raceForTheKey(first.database(), second.database());
      first.database().getCollection("settings").deleteOne(Filters.eq("_id", CodeKeys.ID));

      List<TicketCode> filed = fileTogether(new MongoTickets(first), new MongoTickets(second));

      CodeKey kept = keptKey(first);
      assertThat(CodeKeys.of(second.database()).secret()).isEqualTo(kept.secret());
      assertThat(new HashSet<>(filed)).hasSameSizeAs(filed);
      assertThat(codesInOrderOf(kept, 64)).containsAll(filed);
    } finally {
      server.shutdownNow();
    }
  }

  @Test
  void theEmbeddedStoreMakesItsKeyOnceAndKeepsItAcrossARestart() throws Exception {
    CodeKey kept;
    try (MongoStore store = MongoStore.open("", dataDir)) {
      StoreIndexes.create(store.database());
      raceForTheKey(store.database());
      store.database().getCollection("settings").deleteOne(Filters.eq("_id", CodeKeys.ID));

      List<TicketCode> filed = fileTogether(new MongoTickets(store), new MongoTickets(store));

      kept = keptKey(store);
      assertThat(codesInOrderOf(kept, 64)).containsAll(filed);
    }
    try (MongoStore store = MongoStore.open("", dataDir)) {
      TicketCode after = new MongoTickets(store).file(Drafts.draft("after")).code();

      assertThat(keptKey(store).secret()).isEqualTo(kept.secret());
      assertThat(codesInOrderOf(kept, 64)).contains(after);
    }
  }

  // Rounds of eight threads, spread over the connections, released at once to ask for the key of a
  // store that has none, so that several look for it before any has made it.
  private static void raceForTheKey(MongoDatabase... connections) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 50; round++) {
        connections[0].getCollection("settings").deleteOne(Filters.eq("_id", CodeKeys.ID));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> secrets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          MongoDatabase connection = connections[i % connections.length];
          secrets.add(
              pool.submit(
                  () -> {
                    start.await();
                    return HexFormat.of().formatHex(CodeKeys.of(connection).secret());
                  }));
        }
        start.countDown();
        Set<String> distinct = new HashSet<>();
        for (Future<String> secret : secrets) {
          distinct.add(secret.get());
        }
        assertThat(distinct).as("keys handed out in round %d", round).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // Eight threads, half on each, released at once so that both look for the key before either
  // has made it.
  private static List<TicketCode> fileTogether(MongoTickets one, MongoTickets other)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<TicketCode>> codes = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        MongoTickets tickets = i % 2 == 0 ? one : other;
        String text = "report " + i;
        codes.add(
            pool.submit(
                () -> {
                  start.await();
                  return tickets.file(Drafts.draft(text)).code();
                }));
      }
      start.countDown();
      List<TicketCode> filed = new ArrayList<>();
      for (Future<TicketCode> code : codes) {
        filed.add(code.get());
      }
      return filed;
    } finally {
      pool.shutdownNow();
    }
  }

  private static CodeKey keptKey(MongoStore store) {
    return new CodeKey(
        store
            .database()
            .getCollection("settings")
            .find(Filters.eq("_id", CodeKeys.ID))
            .first()
            .get("secret", Binary.class)
            .getData());
  }

  private static Set<TicketCode> codesInOrderOf(CodeKey key, int count) {
    Set<TicketCode> codes = new HashSet<>();
    for (long sequence = 0; sequence < count; sequence++) {
      codes.add(TicketCode.of("PN", sequence, key));
    }
    return codes;
  }
}
