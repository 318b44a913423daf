package vn.hotline.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.store.MongoStore;
import vn.hotline.store.embedded.FaultyDisk;
import vn.hotline.testing.Eventually;
import vn.hotline.testing.FreePort;

/**
 * Reports flow into the webhook from concurrent clients while the service is killed with SIGKILL,
 * its disk fills up or its disk fails to sync, cycle after cycle. What was not answered 200 is
 * posted again, as Telegram would; in the end every report is exactly one ticket, none answered 200
 * is lost, and no citizen gets the same reply twice. The counts are printed for the record.
 */
@Tag("slow")
class KillAndFaultCyclesIT {
  static final String SECRET = "kill-and-fault-cycles-secret";
  static final int CYCLES = 6;
  static final int CLIENTS = 8;
  static final long FIRST_CHAT = 6_500_000_000L;
  // Replies go out at test speed; the limits themselves are tested elsewhere.
  static final String[] FAST_OUTBOX = {
    "-Dhotline.outbox.per-chat=20", "-Dhotline.outbox.global=2000", "-Dhotline.outbox.lease=5s"
  };

  static final Pattern UNCERTAIN = Pattern.compile("message=in:(\\d+):0 .*UNCERTAIN");

  enum Fault {
    KILL,
    DISK_FULL,
    SYNC_FAILS;

    String flag() {
      return this == SYNC_FAILS ? FaultyDisk.SYNC_FLAG : FaultyDisk.FLAG;
    }
  }

  @TempDir Path workDir;

  @Test
  void everyAcknowledgedReportBecomesOneTicketAcrossKillsAndDiskFaults() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    try (FakeBotApi telegram = FakeBotApi.start()) {
      int port = FreePort.find();
      ServiceProcess service = new ServiceProcess(workDir, telegram, port, SECRET);
      Reports reports = new Reports(new WebhookPoster(port, SECRET));
      Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
      for (int cycle = 0; cycle < CYCLES; cycle++) {
        Fault fault = Fault.values()[cycle % Fault.values().length];
        faults.merge(fault, 1, Integer::sum);
        Path flag = service.dataDir().resolve(fault.flag());
        String log = "cycle-" + cycle + ".log";
        Process process = service.start(log, FAST_OUTBOX);
        service.awaitHealthy(log);
        int faultAfter = reports.acknowledged.size() + 20 + random.nextInt(150);
        try (Load load = reports.post(CLIENTS)) {
          Eventually.await(
              "reports acknowledged before the fault",
              Duration.ofSeconds(60),
              () -> reports.acknowledged.size() >= faultAfter);
          switch (fault) {
            case KILL -> process.toHandle().destroyForcibly();
            case DISK_FULL, SYNC_FAILS -> Files.createFile(flag);
          }
          assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("cycle %d ends", cycle).isTrue();
        }
        if (fault != Fault.KILL) {
          assertThat(process.exitValue()).as("exit status after %s", fault).isEqualTo(75);
          Files.delete(flag);
        }
      }

      Process last = service.start("last.log", FAST_OUTBOX);
      try {
        service.awaitHealthy("last.log");
        reports.makingNew = false;
        try (Load load = reports.post(1)) {
          Eventually.await(
              "every report posted again until answered 200",
              Duration.ofSeconds(60),
              reports::allAcknowledged);
        }
        Eventually.await(
            "a receipt, or a mark that its sending was in doubt, for every report",
            Duration.ofSeconds(120),
            () -> reports.unanswered(telegram, uncertainReplies()).isEmpty());
      } finally {
        last.destroy();
        assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }

      Map<String, Long> ticketsByOrigin;
      try (MongoStore store = MongoStore.open("", service.dataDir())) {
        ticketsByOrigin =
            store
                .database()
                .getCollection("tickets")
                .find()
                .into(new ArrayList<Document>())
                .stream()
                .collect(Collectors.groupingBy(d -> d.getString("origin"), Collectors.counting()));
      }
      Set<String> expected =
          reports.acknowledged.stream().map(id -> "telegram:" + id).collect(Collectors.toSet());
      long lost = expected.stream().filter(o -> !ticketsByOrigin.containsKey(o)).count();
      long duplicated = ticketsByOrigin.values().stream().filter(n -> n > 1).count();
      System.out.printf(
          "kill and fault cycles (seed %d): %s; %d reports answered 200 (%d of them posted again"
              + " after a refusal or a dropped connection); lost %d, filed twice %d%n",
          seed, faults, reports.acknowledged.size(), reports.postedAgain.get(), lost, duplicated);
      assertThat(reports.unexpected).as("answers other than 200 and 503").isEmpty();
      assertThat(lost).as("seed %d: acknowledged reports lost", seed).isZero();
      assertThat(duplicated).as("seed %d: reports filed twice", seed).isZero();
      assertThat(ticketsByOrigin.keySet()).as("seed %d", seed).isEqualTo(expected);
      assertThat(telegram.deliveriesOfEachText().values())
          .as("seed %d", seed)
          .allMatch(count -> count == 1);
    }
  }

  // Replies that were being sent when a process died are marked uncertain and never sent again.
  private Set<Long> uncertainReplies() {
    Set<Long> updates = new HashSet<>();
    try (var logs = Files.list(workDir)) {
      for (Path log : logs.filter(p -> p.toString().endsWith(".log")).toList()) {
        for (String line : Files.readAllLines(log)) {
          Matcher m = UNCERTAIN.matcher(line);
          if (m.find()) {
            updates.add(Long.parseLong(m.group(1)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return updates;
  }

  /** Every report made so far, which were answered 200 and which wait to be posted again. */
  private static final class Reports {
    final WebhookPoster webhook;
    final HttpClient http = HttpClient.newHttpClient();
    final Map<Long, Long> chatOfUpdate = new ConcurrentHashMap<>();
    final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
    final Queue<Long> toPostAgain = new ConcurrentLinkedQueue<>();
    final AtomicInteger made = new AtomicInteger();
    final AtomicInteger postedAgain = new AtomicInteger();
    final Queue<String> unexpected = new ConcurrentLinkedQueue<>();
    volatile boolean makingNew = true;

    Reports(WebhookPoster webhook) {
      this.webhook = webhook;
    }

    Load post(int clients) {
      return new Load(clients, this::postOne);
    }

    boolean allAcknowledged() {
      return toPostAgain.isEmpty() && acknowledged.size() == chatOfUpdate.size();
    }

    Set<Long> unanswered(FakeBotApi telegram, Set<Long> uncertain) {
      Set<Long> receiptChats =
          telegram.calls("sendMessage").stream()
              .filter(BotApiCall::ok)
              .filter(c -> c.text() != null && c.text().contains("Mã:"))
              .map(BotApiCall::chatId)
              .collect(Collectors.toSet());
      return acknowledged.stream()
          .filter(id -> !uncertain.contains(id) && !receiptChats.contains(chatOfUpdate.get(id)))
          .collect(Collectors.toSet());
    }

    // Posts one report, new or refused before; false once the service stopped answering.
    private boolean postOne(AtomicBoolean stopping) {
      Long again = toPostAgain.poll();
      long updateId;
      if (again != null) {
        updateId = again;
        postedAgain.incrementAndGet();
      } else if (stopping.get() || !makingNew) {
        return false;
      } else {
        int n = made.getAndIncrement();
        updateId = Updates.nextId();
        chatOfUpdate.put(updateId, FIRST_CHAT + n);
      }
      int status;
      try {
        status = webhook.post(http, body(updateId));
      } catch (IOException e) {
        status = 0; // the connection died with the process
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        status = 0;
      }
      if (status == 200) {
        acknowledged.add(updateId);
        return true;
      }
      if (status != 0 && status != 503) {
        unexpected.add(updateId + " answered " + status);
      }
      toPostAgain.add(updateId);
      return false;
    }

    private String body(long updateId) {
      long chat = chatOfUpdate.get(updateId);
      String commune = CrashIT.COMMUNES[(int) (chat % CrashIT.COMMUNES.length)];
      return Updates.text(
          updateId, chat, "Chợ tự phát họp đông người ở " + commune + " lần " + chat, "vi");
    }
  }

  /** Clients posting until the service stops answering or the load is closed. */
  private static final class Load implements AutoCloseable {
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final ExecutorService clients;

    Load(int clients, Function<AtomicBoolean, Boolean> postOne) {
      this.clients = Executors.newFixedThreadPool(clients);
      for (int i = 0; i < clients; i++) {
        this.clients.execute(
            () -> {
              while (!stopping.get() && postOne.apply(stopping)) {
                // each turn posts one report
              }
            });
      }
    }

    @Override
    public void close() {
      stopping.set(true);
      clients.shutdown();
      try {
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted while the clients stopped", e);
      }
    }
  }
}
