package vn.hotline.store;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /health} is DOWN, with the reason, when the store cannot save: it writes and syncs a small
 * document each time it is asked, so that a full disk shows, not only a server that stopped.
 */
@Singleton
final class StoreHealth extends AbstractHealthIndicator<Map<String, Object>> {
  private final MongoStore store;
  private final Clock clock;

  StoreHealth(MongoStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    Optional<String> problem = store.cannotWrite(clock.instant());
    healthStatus = problem.isEmpty() ? HealthStatus.UP : HealthStatus.DOWN;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("embedded", store.isEmbedded());
    problem.ifPresent(reason -> details.put("reason", reason));
    return details;
  }

  @Override
  protected String getName() {
    return "store";
  }
}
