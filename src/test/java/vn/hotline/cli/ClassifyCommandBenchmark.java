package vn.hotline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
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
    Triage triage = BotConfig.load(Path.of("bot-config")).triage();
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

  /**
   * Runs the command with its output on an operating-system pipe, read at the other end by another
   * thread as {@code | wc -l} would, through a stream made as {@code System.out} is (buffered,
   * flushed at every line): what each write and flush costs is part of what is measured.
   */
  private static long pipe(Triage triage, byte[] input) throws IOException {
    Pipe pipe = Pipe.open();
    CompletableFuture<Long> read = CompletableFuture.supplyAsync(() -> drain(pipe.source()));
    try (PrintStream out =
        new PrintStream(
            new BufferedOutputStream(Channels.newOutputStream(pipe.sink())),
            true,
            StandardCharsets.UTF_8)) {
      ClassifyCommand.classify(triage, new ByteArrayInputStream(input), out);
    }
    return read.join();
  }

  private static long drain(ReadableByteChannel source) {
    ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    long bytes = 0;
    try (source) {
      for (int n = source.read(buffer); n != -1; n = source.read(buffer)) {
        bytes += n;
        buffer.clear();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }
}
