package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("slow")
class DurabilityIT {
  @TempDir Path dataDir;

  @Test
  void everyTicketWhoseSaveReturnedSurvivesSigkillOfTheProcess() throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<String> acknowledged = new ArrayList<>();
    for (int cycle = 0; cycle < 5; cycle++) {
      int killAfter = 20 + random.nextInt(400);
      acknowledged.addAll(runChildAndKillAfter(killAfter));
      try (MongoStore store = MongoStore.open("", dataDir)) {
        MongoTickets tickets = new MongoTickets(store);
        List<String> missing =
            acknowledged.stream().filter(code -> tickets.find(code).isEmpty()).toList();
        assertThat(missing).as("cycle %d, seed %d: acknowledged but lost", cycle, seed).isEmpty();
      }
    }
    assertThat(acknowledged).doesNotHaveDuplicates().hasSizeGreaterThan(100);
  }

  /**
   * Starts a child that files tickets, kills it with SIGKILL after {@code count} saves, returns
   * every code it printed.
   */
  private List<String> runChildAndKillAfter(int count) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                java,
                "-DLOG_LEVEL=WARN",
                "-cp",
                System.getProperty("java.class.path"),
                DurabilityChild.class.getName(),
                dataDir.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> codes = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("READY");
      String line;
      while ((line = out.readLine()) != null) {
        codes.add(line);
        if (codes.size() == count) {
          // Through the handle: Process.destroyForcibly would also close the pipe we still drain.
          child.toHandle().destroyForcibly();
        }
      }
    } finally {
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
    return codes;
  }
}
