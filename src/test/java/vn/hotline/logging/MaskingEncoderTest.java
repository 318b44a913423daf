package vn.hotline.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaskingEncoderTest {
  static final String TOKEN = "7104455672:AAHfakeTokenForTestsOnly_x1022";
  static final String SECRET = "webhook-secret-0123";

  final LoggerContext context = new LoggerContext();

  MaskingEncoderTest() {
    context.setMDCAdapter(new LogbackMDCAdapter());
  }

  String encode(String format, LoggingEvent event) {
    MaskingEncoder encoder = new MaskingEncoder();
    encoder.setContext(context);
    encoder.setFormat(format);
    encoder.setPattern("level=%level %msg%n%ex");
    encoder.setMask(SecretMask.of(List.of(TOKEN, SECRET)));
    encoder.start();
    return new String(encoder.encode(event), StandardCharsets.UTF_8);
  }

  LoggingEvent event(String template, Object... arguments) {
    return new LoggingEvent(
        MaskingEncoderTest.class.getName(),
        context.getLogger("vn.hotline.Test"),
        Level.DEBUG,
        template,
        new IllegalStateException("calling https://api.telegram.org/bot" + TOKEN + "/getMe"),
        arguments);
  }

  @Test
  void textLinesCarryNoSecretInTheMessageTheArgumentsOrTheStackTrace() {
    String line = encode("text", event("POST /telegram/webhook/{} with {}", SECRET, TOKEN));

    assertThat(line).doesNotContain(SECRET, TOKEN, "AAHfakeTokenForTestsOnly_x1022");
    assertThat(line)
        .startsWith("level=DEBUG POST /telegram/webhook/[masked] with [masked]")
        .contains("bot[masked]/getMe")
        .contains("\tat ");
  }

  @Test
  void jsonLinesCarryTheFormattedMessageWithNoSecret() throws Exception {
    String line = encode("Json", event("POST /telegram/webhook/{} took {} ms", SECRET, 12));

    assertThat(line).doesNotContain(SECRET, TOKEN).endsWith("\n");
    JsonNode json = new ObjectMapper().readTree(line);
    assertThat(json.get("formattedMessage").asText())
        .isEqualTo("POST /telegram/webhook/[masked] took 12 ms");
    assertThat(json.has("message")).as("the template").isFalse();
    assertThat(json.has("arguments")).isFalse();
    assertThat(json.get("level").asText()).isEqualTo("DEBUG");
    assertThat(json.get("throwable").toString()).contains("bot[masked]/getMe");
  }

  @Test
  void theFormatIsReadInAnyCase() {
    assertThat(encode("TEXT", event("plain {}", 1))).startsWith("level=DEBUG plain 1");
    assertThat(encode("JSON", event("plain {}", 1))).startsWith("{");
  }
}
