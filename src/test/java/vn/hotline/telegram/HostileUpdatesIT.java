package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.store.MongoStore;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;

/**
 * The running service against what a hostile sender posts to its webhook: the bodies the issue
 * found breaking it, forged officers' buttons, a caption three hundred times too long, and ten
 * thousand bodies generated from a fixed seed. No answer is a server error or shows an exception; a
 * refused body leaves nothing in the store; an update the bot cannot use is kept as such and never
 * retried; every button press is answered; health stays UP and the heap does not grow.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileUpdatesIT implements TestPropertyProvider {
  static final String SECRET = "hostile-updates-webhook-secret";
  static final Duration WAIT = Duration.ofSeconds(30);
  static final int GENERATED = 10_000;
  static final int POSTERS = 8;
  static final int HEALTH_EVERY = 250;
  static final long SEED = 1022L;
  static final long PHU_NGHIA = -1000025267L;
  static final long LEADER = 100002L;
  static final long HEAP_GROWTH_LIMIT = 128L * 1024 * 1024;

  final FakeBotApi telegram = FakeBotApi.start();
  final int port = FreePort.find();
  final WebhookPoster webhook = new WebhookPoster(port, SECRET);
  final HttpClient http = HttpClient.newHttpClient();

  @Inject MongoStore store;
  @Inject Tickets tickets;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new HashMap<>(webhook.properties(telegram));
    // Sending limits have tests of their own; here they would only queue the answers.
    properties.put("hotline.outbox.per-chat", "1000");
    properties.put("hotline.outbox.per-group", "100000");
    properties.put("hotline.outbox.global", "100000");
    return properties;
  }

  @AfterAll
  void stop() {
    telegram.close();
    http.close();
  }

  @Test
  void theBodiesThatBrokeTheServiceAreAnsweredAndWhatCannotBeUsedIsKeptNotRetried()
      throws Exception {
    long lan = 6_500_000_001L;
    long noChat = Updates.nextId();
    long noSender = Updates.nextId();
    long noMessage = Updates.nextId();
    String user = "{\"id\": " + lan + ", \"is_bot\": false, \"first_name\": \"Lan\"}";
    Map<String, Integer> answers = new TreeMap<>();
    answers.put("null", post("null").statusCode());
    answers.put(
        "message without chat",
        post("{\"update_id\": "
                + noChat
                + ", \"message\": {\"message_id\": 1, \"date\": 1, \"from\": "
                + user
                + ", \"text\": \"chợ tự phát\"}}")
            .statusCode());
    answers.put(
        "callback without from",
        post("{\"update_id\": "
                + noSender
                + ", \"callback_query\": {\"id\": \"q-no-from\", \"chat_instance\": \"1\","
                + " \"data\": \"d:a:PN4K7Q\", \"message\": {\"message_id\": 1, \"date\": 1,"
                + " \"chat\": {\"id\": "
                + lan
                + ", \"type\": \"private\"}}}}")
            .statusCode());
    answers.put(
        "callback without message",
        post("{\"update_id\": "
                + noMessage
                + ", \"callback_query\": {\"id\": \"q-no-message\", \"chat_instance\": \"1\","
                + " \"from\": "
                + user
                + ", \"data\": \"c:NOPE\"}}")
            .statusCode());
    String photo =
        Updates.photo(lan + 1, lan + 1, "AgADnowidth", "Chợ tự phát ở xã Phú Nghĩa đông người")
            .replace("\"width\":1280,", "")
            .replace("\"width\":90,", "");
    answers.put("photo without width", post(photo).statusCode());

    assertThat(answers)
        .containsEntry("null", 400)
        .containsEntry("message without chat", 200)
        .containsEntry("callback without from", 200)
        .containsEntry("callback without message", 200)
        .containsEntry("photo without width", 200);
    assertThat(post("null").body()).isEqualTo("not a Telegram update");

    telegram.awaitMessages(lan + 1, 1, WAIT);
    awaitAnswered(Set.of("q-no-message"));
    Eventually.await(
        "the unusable updates to be kept as such",
        WAIT,
        () -> inbox().countDocuments(Filters.eq("state", "UNUSABLE")) >= 2);
    assertThat(stateOf(noChat)).isEqualTo("UNUSABLE");
    assertThat(stateOf(noSender)).isEqualTo("UNUSABLE");
    assertThat(inbox().countDocuments(Filters.gt("attempts", 0))).as("retried updates").isZero();
  }

  @Test
  void forgedOfficersButtonsAreAnsweredAndChangeNothing() throws Exception {
    Ticket ticket = report(6_500_000_010L, "Quán karaoke ở xã Phú Nghĩa mở cửa hát đông người");
    String code = ticket.code().compact();
    List<String> queries = new ArrayList<>();
    for (String data : List.of("d:q:2147483647", "d:rr:" + code + ":zzz", "d:::::")) {
      String press = Updates.button(PHU_NGHIA, LEADER, data, 1);
      queries.add(queryId(press));
      assertThat(post(press).statusCode()).as(data).isEqualTo(200);
    }
    awaitAnswered(Set.copyOf(queries));
    assertThat(tickets.find(code).orElseThrow().history()).hasSize(ticket.history().size());
    assertThat(inbox().countDocuments(Filters.gt("attempts", 0))).as("retried updates").isZero();
  }

  @Test
  void aCaptionThreeHundredTimesTooLongIsCutBeforeTriage() throws Exception {
    long chat = 6_500_000_020L;
    String caption = "Chợ tự phát ở xã Phú Nghĩa đông người không đeo khẩu trang. ".repeat(5_001);
    assertThat(caption).hasSizeGreaterThan(300_000);
    assertThat(post(Updates.photo(chat, chat, "AgADlong", caption)).statusCode()).isEqualTo(200);
    telegram.awaitMessages(chat, 1, WAIT);
    Ticket filed =
        Eventually.awaitValue(
            "the ticket",
            WAIT,
            () ->
                tickets.reportedBy(Channel.TELEGRAM, String.valueOf(chat), 1).stream()
                    .findFirst()
                    .orElse(null));
    assertThat(filed.reported().text()).hasSizeLessThanOrEqualTo(1024);
  }

  @Test
  void tenThousandGeneratedHostileBodiesGetNoServerErrorAndLeaveTheServiceHealthy()
      throws Exception {
    HostileBodies bodies = new HostileBodies(SEED, 900_000_000L);
    List<HostileBodies.Body> all = new ArrayList<>();
    for (int i = 0; i < GENERATED; i++) {
      all.add(bodies.next());
    }
    Map<Integer, Integer> counts = new ConcurrentHashMap<>();
    Map<String, Map<Integer, Integer>> byKind = new ConcurrentHashMap<>();
    Set<Long> refused = ConcurrentHashMap.newKeySet();
    Set<String> answerable = ConcurrentHashMap.newKeySet();
    List<String> leaks = new ArrayList<>();
    long heapBefore = 0;

    ExecutorService posters = Executors.newFixedThreadPool(POSTERS);
    try {
      for (int from = 0; from < all.size(); from += HEALTH_EVERY) {
        List<Future<?>> batch = new ArrayList<>();
        for (HostileBodies.Body body :
            all.subList(from, Math.min(all.size(), from + HEALTH_EVERY))) {
          batch.add(
              posters.submit(
                  () -> {
                    HttpResponse<String> answer = post(body);
                    int status = answer.statusCode();
                    counts.merge(status, 1, Integer::sum);
                    byKind
                        .computeIfAbsent(body.kind(), k -> new ConcurrentHashMap<>())
                        .merge(status, 1, Integer::sum);
                    if (status >= 500
                        || answer.body().contains("Exception")
                        || answer.body().contains("java.")) {
                      synchronized (leaks) {
                        leaks.add(body.kind() + " -> " + status + ": " + answer.body());
                      }
                    }
                    if (status != 200 && body.updateId() >= 0) {
                      refused.add(body.updateId());
                    }
                    if (status == 200 && body.answerableQuery() != null) {
                      answerable.add(body.answerableQuery());
                    }
                    return null;
                  }));
        }
        for (Future<?> posted : batch) {
          posted.get();
        }
        assertThat(health()).as("health after %d bodies", from + HEALTH_EVERY).isEqualTo(200);
        if (from == HEALTH_EVERY) {
          heapBefore = usedHeapAfterGc();
        }
      }
    } finally {
      posters.shutdownNow();
    }
    System.out.println("hostile bodies by answer: " + new TreeMap<>(counts));
    byKind.forEach(
        (kind, statuses) -> System.out.println("  " + kind + ": " + new TreeMap<>(statuses)));

    assertThat(leaks).as("server errors or exception text").isEmpty();
    assertThat(counts.keySet()).containsExactlyInAnyOrder(200, 400, 401, 413);
    assertThat(byKind.get("wrong secret")).containsOnlyKeys(401);
    assertThat(byKind.get("over size")).containsOnlyKeys(413);
    assertThat(inbox().countDocuments(Filters.in("updateId", refused)))
        .as("updates stored for a refused body")
        .isZero();
    awaitAnswered(answerable);
    Eventually.await(
        "every stored update handled, or one failed",
        WAIT,
        () ->
            inbox().countDocuments(Filters.eq("state", "PENDING")) == 0
                || inbox().countDocuments(Filters.gt("attempts", 0)) > 0);
    assertThat(inbox().find(Filters.gt("attempts", 0)).into(new ArrayList<>()))
        .as("updates that failed and wait to be tried again")
        .isEmpty();
    long heapAfter = usedHeapAfterGc();
    System.out.printf(
        "used heap after GC: %d MB after warming up, %d MB at the end%n",
        heapBefore >> 20, heapAfter >> 20);
    assertThat(heapAfter - heapBefore).isLessThan(HEAP_GROWTH_LIMIT);
    assertThat(health()).isEqualTo(200);
  }

  private Ticket report(long chat, String text) throws Exception {
    assertThat(post(Updates.text(chat, text)).statusCode()).isEqualTo(200);
    return Eventually.awaitValue(
        "the ticket of " + chat,
        WAIT,
        () ->
            tickets.reportedBy(Channel.TELEGRAM, String.valueOf(chat), 1).stream()
                .findFirst()
                .orElse(null));
  }

  private void awaitAnswered(Set<String> queries) {
    Eventually.await(
        queries.size() + " button presses answered",
        WAIT,
        () ->
            telegram.calls("answerCallbackQuery").stream()
                .filter(BotApiCall::ok)
                .map(c -> c.params().get("callback_query_id"))
                .collect(Collectors.toSet())
                .containsAll(queries));
  }

  private MongoCollection<Document> inbox() {
    return store.database().getCollection("inbox");
  }

  private String stateOf(long updateId) {
    Document stored = inbox().find(Filters.eq("updateId", updateId)).first();
    return stored == null ? "NOT STORED" : stored.getString("state");
  }

  private static String queryId(String press) {
    return press.replaceAll(".*\"callback_query\":\\{\"id\":\"([^\"]+)\".*", "$1");
  }

  private HttpResponse<String> post(String body) throws IOException, InterruptedException {
    return post(
        new HostileBodies.Body(
            "", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), true, true, -1, null));
  }

  private HttpResponse<String> post(HostileBodies.Body body)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:"
                        + port
                        + "/telegram/webhook/"
                        + (body.rightPath() ? SECRET : "wrong-secret-in-the-path")))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    if (body.rightHeader()) {
      request.header("X-Telegram-Bot-Api-Secret-Token", SECRET);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private int health() throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static long usedHeapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
