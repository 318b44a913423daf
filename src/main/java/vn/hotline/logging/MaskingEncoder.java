package vn.hotline.logging;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;

/**
 * Encodes the service's log events as text (by {@code pattern}) or JSON lines, as {@code format}
 * says in any case, with every secret masked ({@link SecretMask}) in the line as written, stack
 * traces and JSON included. The secrets are read from the environment and system properties when
 * logging starts.
 */
public final class MaskingEncoder extends EncoderBase<ILoggingEvent> {
  private String format = "text";
  private String pattern = "%level %logger{0} %msg%n%ex";
  private SecretMask mask = SecretMask.ofEnvironment();
  private Encoder<ILoggingEvent> delegate;

  public void setFormat(String format) {
    this.format = format;
  }

  public void setPattern(String pattern) {
    this.pattern = pattern;
  }

  /** Masks {@code mask}'s secrets instead of the environment's (for tests). */
  void setMask(SecretMask mask) {
    this.mask = mask;
  }

  @Override
  public void start() {
    // An unknown format is refused when the service starts (Application); until then, text, so
    // that the refusal and anything before it can be read.
    delegate =
        switch (LogFormat.named(format).orElse(LogFormat.TEXT)) {
          case TEXT -> text();
          case JSON -> json();
        };
    delegate.start();
    super.start();
  }

  private Encoder<ILoggingEvent> text() {
    PatternLayoutEncoder text = new PatternLayoutEncoder();
    text.setContext(getContext());
    text.setPattern(pattern);
    text.setCharset(StandardCharsets.UTF_8);
    return text;
  }

  // The message as written, not its template with the arguments apart: a reader of the log, or a
  // collector's search, looks for what was said.
  private Encoder<ILoggingEvent> json() {
    JsonEncoder json = new JsonEncoder();
    json.setContext(getContext());
    json.setWithSequenceNumber(false);
    json.setWithNanoseconds(false);
    json.setWithContext(false);
    json.setWithMessage(false);
    json.setWithArguments(false);
    json.setWithFormattedMessage(true);
    return json;
  }

  @Override
  public byte[] headerBytes() {
    return delegate == null ? null : delegate.headerBytes();
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    String line = new String(delegate.encode(event), StandardCharsets.UTF_8);
    return mask.apply(line).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public byte[] footerBytes() {
    return delegate == null ? null : delegate.footerBytes();
  }

  @Override
  public void stop() {
    if (delegate != null) {
      delegate.stop();
    }
    super.stop();
  }
}
