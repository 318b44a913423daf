package vn.hotline.store;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * {@code /health} is DOWN when the store does not answer: a service that cannot save tickets is not
 * up.
 */
@Singleton
final class StoreHealth extends AbstractHealthIndicator<Map<String, Object>> {
  private final MongoStore store;

  StoreHealth(MongoStore store) {
    this.store = store;
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    healthStatus = store.ping() ? HealthStatus.UP : HealthStatus.DOWN;
    return Map.of("embedded", store.isEmbedded());
  }

  @Override
  protected String getName() {
    return "store";
  }
}
