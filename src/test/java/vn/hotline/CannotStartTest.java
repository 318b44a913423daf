package vn.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hotline.config.ConfigException;
import vn.hotline.store.MongoStore;

class CannotStartTest {
  static final Map<String, String> NO_SETTINGS = Map.of();

  @TempDir Path dataDir;

  /** As Micronaut hands a failure of a bean back: wrapped, with its own story around it. */
  static Throwable deepInStartUp(Throwable cause) {
    return new ServiceStart.Failed(
        new RuntimeException(
            "Error instantiating bean of type [vn.hotline.triage.Triage]\n\nMessage: "
                + cause.getMessage()
                + "\nPath Taken:\nnew IntakeFactory()",
            cause));
  }

  @Test
  void aBrokenFileFoundDeepInStartUpIsTheLineItsLoaderWrote() {
    CannotStart refusal =
        CannotStart.of(
            deepInStartUp(new ConfigException("triage-corpus.tsv:12: expected a category code")),
            NO_SETTINGS);

    assertThat(refusal.line())
        .isEqualTo("hotline-bot: cannot start: triage-corpus.tsv:12: expected a category code");
    assertThat(refusal.status()).isEqualTo(CannotStart.MUST_BE_FIXED);
  }

  @Test
  void anEmptyDataFileIsRefusedInTheStoresOwnWordsAsSomethingToFix() throws Exception {
    Files.createFile(dataDir.resolve("hotline.mv.db"));
    Throwable refused = catchThrowable(() -> MongoStore.open("", dataDir));

    CannotStart refusal = CannotStart.of(deepInStartUp(refused), NO_SETTINGS);

    assertThat(refusal.reason()).isEqualTo(refused.getMessage()).contains("is empty");
    assertThat(refusal.status()).isEqualTo(CannotStart.MUST_BE_FIXED);
  }

  @Test
  void aDataDirectoryInUseIsACauseThatMayPass() {
    try (MongoStore first = MongoStore.open("", dataDir)) {
      Throwable locked = catchThrowable(() -> MongoStore.open("", dataDir));

      CannotStart refusal = CannotStart.of(deepInStartUp(locked), NO_SETTINGS);

      assertThat(refusal.reason())
          .startsWith("DATA_DIR " + dataDir + ": ")
          .contains("in use by another process");
      assertThat(refusal.status()).isEqualTo(CannotStart.MAY_PASS);
    }
  }

  @Test
  void aTakenPortIsNamedWithTheSetting() {
    CannotStart refusal =
        CannotStart.of(
            new ServiceStart.Failed(
                new RuntimeException(
                    "Unable to start Micronaut server on *:8443",
                    new BindException("Address already in use"))),
            Map.of("PORT", "8443"));

    assertThat(refusal.line())
        .isEqualTo(
            "hotline-bot: cannot start: PORT 8443: cannot listen (Address already in use; is"
                + " another process on that port?)");
    assertThat(refusal.status()).isEqualTo(CannotStart.MAY_PASS);
  }

  @Test
  void aFileThatCannotBeReadIsNamedWithTheSystemsReason() {
    CannotStart refusal =
        CannotStart.of(
            deepInStartUp(
                new UncheckedIOException(
                    "triage-corpus.tsv: cannot be read", new IOException("Input/output error"))),
            NO_SETTINGS);

    assertThat(refusal.reason()).isEqualTo("triage-corpus.tsv: cannot be read: Input/output error");
  }

  @Test
  void anythingElseIsStillOneLineWithItsRootCause() {
    CannotStart refusal =
        CannotStart.of(
            deepInStartUp(new IllegalStateException("first line\nsecond line")), NO_SETTINGS);

    assertThat(refusal.line())
        .isEqualTo(
            "hotline-bot: cannot start: IllegalStateException: first line second line"
                + " (LOG_LEVEL=DEBUG logs the stack trace)");
    assertThat(refusal.status()).isEqualTo(CannotStart.UNEXPECTED);
  }

  @Test
  void aPortThatIsNotANumberIsRefusedBeforeAnythingStarts() {
    assertThat(CannotStart.settings(Map.of("PORT", "abc")))
        .map(CannotStart::line)
        .contains("hotline-bot: cannot start: PORT=abc: expected a port number from 1 to 65535");
    assertThat(CannotStart.settings(Map.of("PORT", "70000"))).isPresent();
    assertThat(CannotStart.settings(Map.of("PORT", "0"))).isPresent();
    assertThat(CannotStart.settings(Map.of("PORT", "8080"))).isEmpty();
    assertThat(CannotStart.settings(NO_SETTINGS)).isEmpty();
  }

  @Test
  void aLogFormatOtherThanTextOrJsonIsRefusedInAnyCaseItIsNot() {
    assertThat(CannotStart.settings(Map.of("LOG_FORMAT", "xml")))
        .map(CannotStart::line)
        .contains("hotline-bot: cannot start: LOG_FORMAT=xml: expected text or json");
    assertThat(CannotStart.settings(Map.of("LOG_FORMAT", "JSON"))).isEmpty();
    assertThat(CannotStart.settings(Map.of("LOG_FORMAT", "Text"))).isEmpty();
  }
}
