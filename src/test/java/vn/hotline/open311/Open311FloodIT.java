package vn.hotline.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.open311.Open311Calls.PARTNER_KEY;
import static vn.hotline.open311.Open311Calls.fields;
import static vn.hotline.open311.Open311Calls.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.hotline.config.BotConfig;
import vn.hotline.testing.FreePort;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;

/**
 * A flood of valid requests is cut off by the limits, per address and then overall: the refused
 * ones are told when to come back and file nothing.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Open311FloodIT implements TestPropertyProvider {
  static final int PER_ADDRESS = 3;
  static final int OVERALL = 5;

  final int port = FreePort.find();
  final Open311Calls calls = new Open311Calls(port);

  @Inject Tickets tickets;
  @Inject BotConfig config;

  @Override
  public Map<String, String> getProperties() {
    return Open311Calls.serviceWithKeys("open311-flood")
        .servedOn(port)
        .withoutTelegram()
        .with("micronaut.server.client-address-header", "X-Real-IP")
        .with("hotline.public-limits.per-address", String.valueOf(PER_ADDRESS))
        .with("hotline.public-limits.overall", String.valueOf(OVERALL))
        .map();
  }

  @Test
  void aFloodIsRefusedWith429PerAddressThenOverallAndTheRefusedRequestsFileNothing()
      throws Exception {
    for (int i = 0; i < PER_ADDRESS; i++) {
      assertThat(file("10.0.0.1", i).statusCode()).isEqualTo(200);
    }
    HttpResponse<String> tooMany = file("10.0.0.1", 99);
    assertThat(tooMany.statusCode()).isEqualTo(429);
    assertThat(Integer.parseInt(tooMany.headers().firstValue("Retry-After").orElseThrow()))
        .isPositive();
    JsonNode error = json(tooMany, 429).get(0);
    assertThat(error.get("code").asInt()).isEqualTo(429);
    assertThat(stored()).isEqualTo(PER_ADDRESS);

    for (int i = 0; i < OVERALL - PER_ADDRESS; i++) {
      assertThat(file("10.0.0.2", i).statusCode()).isEqualTo(200);
    }
    assertThat(file("10.0.0.3", 0).statusCode()).isEqualTo(429);
    assertThat(stored()).isEqualTo(OVERALL);
  }

  HttpResponse<String> file(String address, int n) throws Exception {
    return calls.post(
        "requests.json",
        fields(
            "api_key",
            PARTNER_KEY,
            "service_code",
            "SPONTANEOUS_MARKET",
            "description",
            "Chợ tự phát họp đông người ở xã Phú Nghĩa, lần " + address + "/" + n),
        "X-Real-IP",
        address);
  }

  int stored() {
    List<UnitCode> all = config.units().all().stream().map(Unit::code).toList();
    return tickets.latestIn(all, 100_000).size();
  }
}
