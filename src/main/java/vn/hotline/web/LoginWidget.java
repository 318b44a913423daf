package vn.hotline.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import vn.hotline.desk.DeskRoster;
import vn.hotline.roster.OfficerId;
import vn.hotline.signin.TelegramLogin;

/**
 * The Telegram Login Widget, offered on the sign-in page when {@code TELEGRAM_LOGIN_BOT} names the
 * bot (whose domain must be set with BotFather) and a bot token is configured. It signs in only
 * people on the roster, like the links of {@code /web}.
 */
@Singleton
final class LoginWidget {
  private final String botUsername;
  private final TelegramLogin check;
  private final DeskRoster roster;

  LoginWidget(
      @Value("${hotline.web.telegram-login-bot:}") String botUsername,
      @Value("${hotline.telegram.token:}") String token,
      DeskRoster roster) {
    boolean usable = !botUsername.isBlank() && !token.isBlank();
    this.botUsername = usable ? botUsername.strip().replaceFirst("^@", "") : "";
    this.check = usable ? new TelegramLogin(token) : null;
    this.roster = roster;
  }

  Optional<String> botUsername() {
    return botUsername.isEmpty() ? Optional.empty() : Optional.of(botUsername);
  }

  /** The officer the widget's signed fields name, when they are genuine and on the roster. */
  Optional<OfficerId> officer(Map<String, String> fields, Instant now) {
    if (check == null) {
      return Optional.empty();
    }
    return check
        .userId(fields, now)
        .flatMap(id -> roster.current().find(id))
        .map(officer -> officer.id());
  }
}
