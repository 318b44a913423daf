package vn.hotline.telegram;

import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /health} is DOWN, with the reason, when Telegram refuses the bot token or the webhook
 * could not be registered: the service then runs but no citizen can reach it.
 */
@Singleton
@Requires(property = "hotline.telegram.token", pattern = ".*\\S.*")
final class TelegramHealth extends AbstractHealthIndicator<Map<String, Object>> {
  private final TelegramStatus status;
  private final TelegramSettings settings;

  TelegramHealth(TelegramStatus status, TelegramSettings settings) {
    this.status = status;
    this.settings = settings;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Optional<String> problem = status.problem();
    healthStatus = problem.isEmpty() ? HealthStatus.UP : HealthStatus.DOWN;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("receives", settings.usesWebhook() ? "webhook" : "polling");
    problem.ifPresent(reason -> details.put("reason", reason));
    return details;
  }

  @Override
  protected String getName() {
    return "telegram";
  }
}
