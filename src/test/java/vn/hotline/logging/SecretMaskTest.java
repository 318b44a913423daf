package vn.hotline.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class SecretMaskTest {
  static final String TOKEN = "7104455672:AAHfakeTokenForTestsOnly_x1022";
  static final String MARKER = SecretMask.MARKER;

  @Test
  void theSecretsOfTheEnvironmentAndThePropertiesAreMaskedWhereverTheyAppear() {
    Properties properties = new Properties();
    properties.setProperty("hotline.metrics-token", "metrics-token-from-a-property");
    SecretMask mask =
        SecretMask.of(
            Map.of("TELEGRAM_WEBHOOK_SECRET", "webhook-secret-0123", "PATH", "/usr/bin"),
            properties);

    String line =
        mask.apply("resolved webhook-secret-0123 and metrics-token-from-a-property in /usr/bin");

    assertThat(line).isEqualTo("resolved " + MARKER + " and " + MARKER + " in /usr/bin");
  }

  @Test
  void webDeskSignInLinksAndSessionCookiesAreMasked() {
    SecretMask mask = SecretMask.of(Map.of(), new Properties());
    String token = "4iLzttNHObypWijQh1XPzsL9YUjTsxbeTCvyh_eVSPg";

    assertThat(mask.apply("POST /signin/" + token + " 303"))
        .isEqualTo("POST /signin/" + MARKER + " 303");
    assertThat(mask.apply("Cookie: hotline_lang=vi; hotline_session=" + token + "; x=1"))
        .isEqualTo("Cookie: hotline_lang=vi; hotline_session=" + MARKER + "; x=1");
    assertThat(mask.apply("GET /signin?next=%2F 200")).isEqualTo("GET /signin?next=%2F 200");
  }

  @Test
  void aBotTokenIsMaskedWholeAndItsSecretPartAlone() {
    SecretMask mask = SecretMask.of(Map.of("TELEGRAM_BOT_TOKEN", TOKEN), new Properties());

    assertThat(mask.apply("GET https://api.telegram.org/bot" + TOKEN + "/getMe"))
        .isEqualTo("GET https://api.telegram.org/bot" + MARKER + "/getMe");
    assertThat(mask.apply("secret part AAHfakeTokenForTestsOnly_x1022 alone"))
        .isEqualTo("secret part " + MARKER + " alone");
  }

  @Test
  void onlyThePasswordOfAMongoDbUriIsMaskedAlsoWhenDecoded() {
    SecretMask mask =
        SecretMask.of(
            Map.of("MONGODB_URI", "mongodb://hotline:pa%40ss-word@db1:27017/hotline"),
            new Properties());

    assertThat(mask.apply("password pa@ss-word, hosts db1:27017"))
        .isEqualTo("password " + MARKER + ", hosts db1:27017");
  }

  @Test
  void secretsOfAKnownShapeAreMaskedWithoutBeingKnown() {
    SecretMask mask = SecretMask.of(List.of());

    assertThat(mask.apply("POST /telegram/webhook/derived0123456789abcdef HTTP/1.1"))
        .isEqualTo("POST /telegram/webhook/" + MARKER + " HTTP/1.1");
    assertThat(mask.apply("url=https://api.telegram.org/bot123456789:" + "A".repeat(35) + "/x"))
        .isEqualTo("url=https://api.telegram.org/bot" + MARKER + "/x");
    assertThat(mask.apply("url=https%3A%2F%2Fh%2Ftelegram%2Fwebhook%2Fderived0123&max=40"))
        .isEqualTo("url=https%3A%2F%2Fh%2Ftelegram%2Fwebhook%2F" + MARKER + "&max=40");
    assertThat(mask.apply("GET /bot123456789%3A" + "A".repeat(35) + "/getMe"))
        .isEqualTo("GET /bot" + MARKER + "/getMe");
    assertThat(mask.apply("Authorization: Bearer an-api-key-0123, Accept: */*"))
        .isEqualTo("Authorization: Bearer " + MARKER + ", Accept: */*");
    assertThat(mask.apply("headers={authorization=[Bearer an-api-key-0123]}"))
        .isEqualTo("headers={authorization=[Bearer " + MARKER + "]}");
    assertThat(mask.apply("X-Telegram-Bot-Api-Secret-Token: derived0123"))
        .isEqualTo("X-Telegram-Bot-Api-Secret-Token: " + MARKER);
    assertThat(mask.apply("{\"url\":\"https://h/\",\"secret_token\":\"derived0123\"}"))
        .isEqualTo("{\"url\":\"https://h/\",\"secret_token\":\"" + MARKER + "\"}");
    assertThat(mask.apply("mongodb://user:pass-word@db1:27017/?appName=0a1b2c3d&ssl=true"))
        .isEqualTo("mongodb://user:" + MARKER + "@db1:27017/?appName=" + MARKER + "&ssl=true");
  }

  @Test
  void maskingTwiceChangesNothingMore() {
    SecretMask mask = SecretMask.of(List.of("webhook-secret-0123"));
    String once =
        mask.apply("POST /telegram/webhook/webhook-secret-0123 Authorization: Bearer xyz-key");

    assertThat(mask.apply(once)).isEqualTo(once);
  }

  @Test
  void ordinaryLinesAndShortValuesAreLeftAlone() {
    SecretMask mask = SecretMask.of(List.of("abc"));
    String line =
        "2026-12-03T08:55:11.123+0000 level=INFO logger=StartupReport started port=8080 abc";

    assertThat(mask.apply(line)).isEqualTo(line);
  }
}
