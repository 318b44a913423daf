package vn.hotline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hotline.config.BotConfig;
import vn.hotline.triage.Triage;
import vn.hotline.triage.TriageResult;
import vn.hotline.unit.Unit;

/** The classify command run in-process on byte streams, as a shell pipe would feed it. */
class ClassifyCommandTest {
  private static final Triage TRIAGE = BotConfig.load(Path.of("bot-config")).triage();
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<JsonNode> classify(byte[] input) throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    ClassifyCommand.classify(
        TRIAGE,
        new ByteArrayInputStream(input),
        new PrintStream(output, true, StandardCharsets.UTF_8));
    List<JsonNode> lines = new ArrayList<>();
    for (String line : output.toString(StandardCharsets.UTF_8).split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void writesOneLineOfTheDocumentedShapePerInputLine() throws IOException {
    List<JsonNode> lines =
        classify(
            utf8(
                "{\"text\": \"chợ tự phát ở Tân Thành, Bù Đốp\"}\n{\"text\": \"mẹ tôi khó thở, spo2 88\"}\n"));
    assertThat(lines).hasSize(2);
    JsonNode first = lines.get(0);
    assertThat(first.fieldNames())
        .toIterable()
        .containsExactly(
            "text", "category", "confidence", "alternatives", "urgency", "evidence", "place");
    assertThat(first.get("text").asText()).isEqualTo("chợ tự phát ở Tân Thành, Bù Đốp");
    assertThat(first.get("category").asText()).isEqualTo("SPONTANEOUS_MARKET");
    assertThat(first.get("confidence").asDouble()).isBetween(0.0, 1.0);
    assertThat(first.get("alternatives")).hasSize(2);
    assertThat(first.get("alternatives").get(0).fieldNames())
        .toIterable()
        .containsExactly("category", "score");
    assertThat(first.get("urgency").asText()).isEqualTo("NORMAL");
    assertThat(first.get("evidence").isArray()).isTrue();
    JsonNode place = first.get("place");
    assertThat(place.fieldNames())
        .toIterable()
        .containsExactly("status", "unitCode", "unitName", "candidates");
    assertThat(place.get("status").asText()).isEqualTo("FOUND");
    assertThat(place.get("unitCode").asText()).isEqualTo("25318");
    assertThat(place.get("unitName").asText()).isEqualTo("Xã Tân Thành");
    assertThat(lines.get(1).get("urgency").asText()).isEqualTo("URGENT");
  }

  @Test
  void ambiguousPlaceListsItsCandidates() throws IOException {
    JsonNode place = classify(utf8("{\"text\": \"có chợ cóc ở Tân Thành\"}")).get(0).get("place");
    assertThat(place.get("status").asText()).isEqualTo("AMBIGUOUS");
    assertThat(place.get("unitCode").isNull()).isTrue();
    assertThat(place.get("candidates"))
        .extracting(c -> c.get("unitCode").asText())
        .containsExactly("25207", "25318");
    assertThat(place.get("candidates").get(0).get("unitName").asText()).isEqualTo("Xã Tân Thành");
  }

  @Test
  void badLinesGiveAnErrorOnTheirLineAndTheCommandGoesOn() throws IOException {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes(utf8("not json\n"));
    input.writeBytes(utf8("{\"message\": \"no text here\"}\n"));
    input.writeBytes(
        new byte[] {
          '{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'
        });
    input.writeBytes(utf8("{\"text\": 42}\n"));
    input.writeBytes(utf8("\n"));
    input.writeBytes(utf8("{\"text\": \"hết gạo rồi\"}\r\n"));
    List<JsonNode> lines = classify(input.toByteArray());
    assertThat(lines).hasSize(6);
    assertThat(lines.get(0).get("error").asText()).startsWith("the line is not JSON");
    assertThat(lines.get(1).get("error").asText()).contains("no \"text\"");
    assertThat(lines.get(2).get("error").asText()).contains("UTF-8");
    assertThat(lines.get(3).get("error").asText()).contains("no \"text\"");
    assertThat(lines.get(4).has("error")).isTrue();
    assertThat(lines.get(5).get("category").asText()).isEqualTo("HELP_FOOD");
  }

  @Test
  void writesTheSameBytesAsTheTreeOfTheDocumentedShape() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            Path.of("src/test/resources/triage/testset.jsonl"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        texts.add(JSON.readTree(line).get("text").asText());
      }
    }
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    StringBuilder expected = new StringBuilder();
    for (String text : texts) {
      input.writeBytes(utf8(JSON.writeValueAsString(JSON.createObjectNode().put("text", text))));
      input.write('\n');
      expected
          .append(JSON.writeValueAsString(tree(text, TRIAGE.assess(text))))
          .append(System.lineSeparator());
    }
    ByteArrayOutputStream output = new ByteArrayOutputStream();

    ClassifyCommand.classify(TRIAGE, new ByteArrayInputStream(input.toByteArray()), output);

    assertThat(output.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
  }

  /** The answer as a JSON tree, field by field as the documentation lists them. */
  private static ObjectNode tree(String text, TriageResult result) {
    ObjectNode node = JSON.createObjectNode();
    node.put("text", text);
    node.put("category", result.category());
    node.put("confidence", Math.round(result.confidence() * 1000) / 1000.0);
    ArrayNode alternatives = node.putArray("alternatives");
    for (TriageResult.Alternative alternative : result.alternatives()) {
      alternatives
          .addObject()
          .put("category", alternative.category())
          .put("score", Math.round(alternative.score() * 1000) / 1000.0);
    }
    node.put("urgency", result.urgency().name());
    ArrayNode evidence = node.putArray("evidence");
    result.evidence().forEach(evidence::add);
    ObjectNode place = node.putObject("place");
    place.put("status", result.place().status().name());
    place.put("unitCode", result.place().unit().map(u -> u.code().value()).orElse(null));
    place.put("unitName", result.place().unit().map(Unit::fullName).orElse(null));
    ArrayNode candidates = place.putArray("candidates");
    for (Unit unit : result.place().candidates()) {
      candidates.addObject().put("unitCode", unit.code().value()).put("unitName", unit.fullName());
    }
    return node;
  }

  @Test
  void answersAreFlushedBeforeWaitingForMoreInput() throws IOException {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    InputStream typed =
        new InputStream() {
          private final byte[] first = utf8("{\"text\": \"hết gạo rồi\"}\n");
          private int read;

          @Override
          public int read() {
            throw new UnsupportedOperationException("read in blocks");
          }

          @Override
          public int read(byte[] buffer, int offset, int length) {
            if (read == 0) {
              System.arraycopy(first, 0, buffer, offset, first.length);
              read = first.length;
              return first.length;
            }
            // The person at the keyboard waits for the answer before typing the next line.
            assertThat(output.toString(StandardCharsets.UTF_8)).contains("HELP_FOOD");
            return -1;
          }
        };

    ClassifyCommand.classify(TRIAGE, typed, output);

    assertThat(output.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
  }

  @Test
  void lastLineWithoutNewlineIsAnswered() throws IOException {
    assertThat(classify(utf8("{\"text\": \"a\"}\n{\"text\": \"b\"}"))).hasSize(2);
  }
}
