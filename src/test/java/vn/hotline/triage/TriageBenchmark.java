package vn.hotline.triage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;
import vn.hotline.config.CorpusFile;

/**
 * Texts per second through normalise, classify, urgency and place on one thread, and the time per
 * text at the 99th percentile, over a mix of corpus and test-set reports. Run with {@code ./mvnw -B
 * -Pbenchmark test -Dtest=TriageBenchmark}.
 */
@Tag("benchmark")
class TriageBenchmark {
  private static final int WARM_UP = 50_000;
  private static final int MEASURED = 200_000;

  @Test
  void assessesTwentyThousandTextsPerSecondOnOneThread() throws IOException {
    BotConfig config = BotConfig.load(Path.of("bot-config"));
    long building = System.nanoTime();
    Triage triage = config.triage();
    long buildMillis = (System.nanoTime() - building) / 1_000_000;
    List<String> texts = texts(config);
    for (int i = 0; i < WARM_UP; i++) {
      triage.assess(texts.get(i % texts.size()));
    }
    long[] nanos = new long[MEASURED];
    long urgent = 0;
    long started = System.nanoTime();
    for (int i = 0; i < MEASURED; i++) {
      long before = System.nanoTime();
      urgent += triage.assess(texts.get(i % texts.size())).urgent() ? 1 : 0;
      nanos[i] = System.nanoTime() - before;
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(nanos);
    double perSecond = MEASURED / seconds;
    System.out.printf(
        Locale.ROOT,
        "%nTriage benchmark (one thread, %d texts of %d distinct, built in %d ms, %d urgent):%n"
            + "  throughput %,.0f texts/s%n  median %.1f µs, p99 %.1f µs, max %.1f µs%n%n",
        MEASURED,
        texts.size(),
        buildMillis,
        urgent,
        perSecond,
        nanos[MEASURED / 2] / 1e3,
        nanos[MEASURED * 99 / 100] / 1e3,
        nanos[MEASURED - 1] / 1e3);
    assertThat(perSecond).isGreaterThan(5_000);
  }

  private static List<String> texts(BotConfig config) throws IOException {
    List<String> texts = new ArrayList<>();
    CorpusFile.read(config.dir(), config.categories())
        .forEach(example -> texts.add(example.text()));
    ObjectMapper json = new ObjectMapper();
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/triage/testset.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        texts.add(json.readTree(line).get("text").asText());
      }
    }
    return texts;
  }
}
