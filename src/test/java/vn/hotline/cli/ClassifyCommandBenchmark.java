package vn.hotline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;
import vn.hotline.triage.Triage;

/**
 * Lines per second through {@code classify}'s code path (read, decode, parse, triage, write JSON),
 * the texts of TriageBenchmark repeated, into a stream that counts bytes as a pipe would take them.
 * Run with {@code ./mvnw -B -Pbenchmark test -Dtest=ClassifyCommandBenchmark}.
 */
@Tag("benchmark")
class ClassifyCommandBenchmark {
  private static final int WARM_UP = 50_000;
  private static final int MEASURED = 200_000;

  @Test
  void classifiesTwentyThousandLinesPerSecond() throws IOException {
    Triage triage = Triage.of(BotConfig.load(Path.of("bot-config")));
    List<String> lines = inputLines();
    pipe(triage, input(lines, WARM_UP));
    double triageAlone = triageAlone(triage, lines);
    byte[] input = input(lines, MEASURED);

    long started = System.nanoTime();
    long written = pipe(triage, input);
    double seconds = (System.nanoTime() - started) / 1e9;

    double perSecond = MEASURED / seconds;
    System.out.printf(
        Locale.ROOT,
        "%nclassify benchmark: %,d lines (%,d distinct) in %.2f s, %,.0f lines/s, %,d bytes out;"
            + " triage alone on the same texts %,.0f texts/s%n%n",
        MEASURED,
        lines.size(),
        seconds,
        perSecond,
        written,
        triageAlone);
    assertThat(written).isGreaterThan(MEASURED);
    assertThat(perSecond).isGreaterThanOrEqualTo(20_000);
  }

  /** The triage without the command around it, for how much the command adds. */
  private static double triageAlone(Triage triage, List<String> lines) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line : lines) {
      texts.add(json.readTree(line).get("text").asText());
    }
    long started = System.nanoTime();
    for (int i = 0; i < MEASURED; i++) {
      triage.assess(texts.get(i % texts.size()));
    }
    return MEASURED / ((System.nanoTime() - started) / 1e9);
  }

  /** The texts TriageBenchmark measures, the corpus and the test set, as classify's input. */
  private static List<String> inputLines() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line :
        Files.readAllLines(Path.of("bot-config/triage-corpus.tsv"), StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        texts.add(line.substring(line.indexOf('\t') + 1));
      }
    }
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/triage/testset.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        texts.add(json.readTree(line).get("text").asText());
      }
    }
    List<String> lines = new ArrayList<>();
    for (String text : texts) {
      lines.add(json.writeValueAsString(json.createObjectNode().put("text", text)));
    }
    return lines;
  }

  private static byte[] input(List<String> lines, int count) {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      input.writeBytes(lines.get(i % lines.size()).getBytes(StandardCharsets.UTF_8));
      input.write('\n');
    }
    return input.toByteArray();
  }

  private static long pipe(Triage triage, byte[] input) throws IOException {
    CountingSink sink = new CountingSink();
    ClassifyCommand.classify(
        triage,
        new ByteArrayInputStream(input),
        new PrintStream(sink, true, StandardCharsets.UTF_8));
    return sink.bytes;
  }

  /** Takes the output as a pipe would, counting it, without keeping it. */
  private static final class CountingSink extends OutputStream {
    long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
