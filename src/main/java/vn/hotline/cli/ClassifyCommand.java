package vn.hotline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
final class ClassifyCommand {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ClassifyCommand() {}

  static int run(InputStream in, PrintStream out) throws IOException {
    classify(BotConfig.load(ConfigDir.fromEnvironment()).triage(), in, out);
    return 0;
  }

  static void classify(Triage triage, InputStream in, PrintStream out) throws IOException {
    BufferedInputStream bytes = new BufferedInputStream(in);
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    for (int b = bytes.read(); b != -1 || line.size() > 0; b = bytes.read()) {
      if (b == '\n' || b == -1) {
        out.println(answer(triage, line.toByteArray()));
        line.reset();
        if (b == -1) {
          break;
        }
      } else {
        line.write(b);
      }
    }
    out.flush();
  }

  private static String answer(Triage triage, byte[] line) throws JsonProcessingException {
    String text;
    try {
      JsonNode input = JSON.readTree(decode(line));
      JsonNode field = input == null ? null : input.get("text");
      if (field == null || !field.isTextual()) {
        return error("the line has no \"text\" string");
      }
      text = field.asText();
    } catch (CharacterCodingException e) {
      return error("the line is not valid UTF-8");
    } catch (JsonProcessingException e) {
      return error("the line is not JSON: " + e.getOriginalMessage());
    }
    return JSON.writeValueAsString(render(text, triage.assess(text)));
  }

  /** Decodes strictly: a malformed byte sequence is an error, not a replacement character. */
  private static String decode(byte[] line) throws CharacterCodingException {
    int length = line.length > 0 && line[line.length - 1] == '\r' ? line.length - 1 : line.length;
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(line, 0, length))
        .toString();
  }

  private static String error(String message) throws JsonProcessingException {
    return JSON.writeValueAsString(JSON.createObjectNode().put("error", message));
  }

  static ObjectNode render(String text, TriageResult result) {
    ObjectNode node = JSON.createObjectNode();
    node.put("text", text);
    node.put("category", result.category());
    node.put("confidence", rounded(result.confidence()));
    ArrayNode alternatives = node.putArray("alternatives");
    for (TriageResult.Alternative alternative : result.alternatives()) {
      alternatives
          .addObject()
          .put("category", alternative.category())
          .put("score", rounded(alternative.score()));
    }
    node.put("urgency", result.urgency().name());
    ArrayNode evidence = node.putArray("evidence");
    result.evidence().forEach(evidence::add);
    ObjectNode place = node.putObject("place");
    place.put("status", result.place().status().name());
    place.put("unitCode", result.place().unit().map(Unit::code).orElse(null));
    place.put("unitName", result.place().unit().map(Unit::fullName).orElse(null));
    ArrayNode candidates = place.putArray("candidates");
    for (Unit unit : result.place().candidates()) {
      candidates.addObject().put("unitCode", unit.code()).put("unitName", unit.fullName());
    }
    return node;
  }

  private static double rounded(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
