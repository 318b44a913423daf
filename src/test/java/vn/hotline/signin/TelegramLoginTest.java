package vn.hotline.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TelegramLoginTest {
  static final String TOKEN = "7104455672:AAHfakeTokenForTestsOnly_x1022";
  static final Instant NOW = Instant.parse("2026-12-03T08:00:00Z");

  final TelegramLogin login = new TelegramLogin(TOKEN);

  @Test
  void aSignatureMadeWithTheBotsTokenNamesTheUser() {
    assertThat(login.userId(signed(fields(NOW), TOKEN), NOW)).contains(100001L);
  }

  @Test
  void aSignatureMadeWithAnotherTokenIsRefused() {
    assertThat(login.userId(signed(fields(NOW), "1:other"), NOW)).isEmpty();
  }

  @Test
  void aChangedFieldBreaksTheSignature() {
    Map<String, String> fields = signed(fields(NOW), TOKEN);
    fields.put("id", "100004");
    assertThat(login.userId(fields, NOW)).isEmpty();
  }

  @Test
  void aSignatureOlderThanADayIsRefused() {
    Map<String, String> old = signed(fields(NOW.minusSeconds(86_401)), TOKEN);
    assertThat(login.userId(old, NOW)).isEmpty();
  }

  @Test
  void missingOrMalformedFieldsAreRefused() {
    Map<String, String> fields = signed(fields(NOW), TOKEN);
    fields.put("hash", "not hex");
    assertThat(login.userId(fields, NOW)).isEmpty();
    assertThat(login.userId(Map.of("id", "1"), NOW)).isEmpty();
  }

  static Map<String, String> fields(Instant at) {
    Map<String, String> fields = new HashMap<>();
    fields.put("id", "100001");
    fields.put("first_name", "An");
    fields.put("username", "an_phunghia");
    fields.put("auth_date", String.valueOf(at.getEpochSecond()));
    return fields;
  }

  static Map<String, String> signed(Map<String, String> fields, String token) {
    fields.put("hash", new TelegramLogin(token).signatureOf(fields));
    return fields;
  }
}
