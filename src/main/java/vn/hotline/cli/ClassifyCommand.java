package vn.hotline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import vn.hotline.config.BotConfig;
import vn.hotline.triage.Triage;
import vn.hotline.triage.TriageResult;
import vn.hotline.unit.Unit;

/**
 * {@code classify}: reads JSON lines with a {@code text} field from standard input and writes one
 * JSON line per input line, in order, with the category, confidence, alternatives, urgency,
 * evidence and place. A line that is not JSON, has no text or is not valid UTF-8 gives {@code
 * {"error": ...}} on its line, and the command goes on.
 */
@Command(
    name = "classify",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Triages JSON lines with a \"text\" field from standard input.",
      "Writes, for each line, a JSON line with its category, confidence, alternatives, urgency,"
          + " evidence and place.",
      "A line that is not JSON, has no \"text\" string or is not valid UTF-8 gives"
          + " {\"error\": ...} on its line. Configuration comes from BOT_CONFIG_DIR."
    })
final class ClassifyCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int CHUNK = 64 * 1024;
  private static final String NEWLINE = System.lineSeparator();

  private final Console console;

  ClassifyCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    classify(BotConfig.load(ConfigDir.fromEnvironment()).triage(), console.in(), console.out());
    return 0;
  }

  /**
   * Answers every line of {@code in} on {@code out}. Answers are written in blocks, not a line at a
   * time, and flushed whenever the input has to be waited for: a pipe of a million lines costs a
   * few hundred writes, and someone typing lines still sees each answer at once.
   */
  static void classify(Triage triage, InputStream in, OutputStream out) throws IOException {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // Through a writer, as a String to a PrintStream went: an emoji is written as itself, not as
    // two escaped halves, and a lone half of one as '?'.
    Writer text =
        new OutputStreamWriter(new BufferedOutputStream(out, CHUNK), StandardCharsets.UTF_8);
    try (JsonGenerator json = JSON.getFactory().createGenerator(text)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setRootValueSeparator(null);
      byte[] buffer = new byte[CHUNK];
      int filled = 0;
      while (true) {
        json.flush();
        if (filled == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, filled, buffer.length - filled);
        if (read == -1) {
          break;
        }
        int end = filled + read;
        int start = 0;
        for (int i = filled; i < end; i++) {
          if (buffer[i] == '\n') {
            answer(triage, utf8, ByteBuffer.wrap(buffer, start, i - start), json);
            start = i + 1;
          }
        }
        System.arraycopy(buffer, start, buffer, 0, end - start);
        filled = end - start;
      }
      if (filled > 0) {
        answer(triage, utf8, ByteBuffer.wrap(buffer, 0, filled), json);
      }
    }
  }

  private static void answer(
      Triage triage, CharsetDecoder utf8, ByteBuffer line, JsonGenerator json) throws IOException {
    String text;
    try {
      JsonNode input = JSON.readTree(decode(utf8, line));
      JsonNode field = input == null ? null : input.get("text");
      if (field == null || !field.isTextual()) {
        error("the line has no \"text\" string", json);
        return;
      }
      text = field.asText();
    } catch (CharacterCodingException e) {
      error("the line is not valid UTF-8", json);
      return;
    } catch (JsonProcessingException e) {
      error("the line is not JSON: " + e.getOriginalMessage(), json);
      return;
    }
    write(text, triage.assess(text), json);
  }

  /** Decodes strictly: a malformed byte sequence is an error, not a replacement character. */
  private static String decode(CharsetDecoder utf8, ByteBuffer line)
      throws CharacterCodingException {
    int end = line.limit();
    if (end > line.position() && line.get(end - 1) == '\r') {
      line.limit(end - 1);
    }
    return utf8.reset().decode(line).toString();
  }

  private static void error(String message, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("error", message);
    json.writeEndObject();
    json.writeRaw(NEWLINE);
  }

  /** The answer's fields in the documented order, straight to the output, with no tree between. */
  static void write(String text, TriageResult result, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", text);
    json.writeStringField("category", result.category());
    json.writeNumberField("confidence", rounded(result.confidence()));
    json.writeArrayFieldStart("alternatives");
    for (TriageResult.Alternative alternative : result.alternatives()) {
      json.writeStartObject();
      json.writeStringField("category", alternative.category());
      json.writeNumberField("score", rounded(alternative.score()));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeStringField("urgency", result.urgency().name());
    json.writeArrayFieldStart("evidence");
    for (String word : result.evidence()) {
      json.writeString(word);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("place");
    json.writeStringField("status", result.place().status().name());
    json.writeStringField(
        "unitCode", result.place().unit().map(unit -> unit.code().value()).orElse(null));
    json.writeStringField("unitName", result.place().unit().map(Unit::fullName).orElse(null));
    json.writeArrayFieldStart("candidates");
    for (Unit unit : result.place().candidates()) {
      json.writeStartObject();
      json.writeStringField("unitCode", unit.code().value());
      json.writeStringField("unitName", unit.fullName());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw(NEWLINE);
  }

  private static double rounded(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
