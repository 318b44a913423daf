package vn.hotline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.hotline.testing.Eventually;

class DemoUpdatesTest {
  final DemoUpdates updates = new DemoUpdates(Instant.parse("2025-06-01T00:00:00Z"));

  @Test
  void aWaitingLongPollIsWokenUpByAPushedUpdate() throws Exception {
    CompletableFuture<List<ObjectNode>> poll =
        CompletableFuture.supplyAsync(() -> updates.poll(0, 100, Duration.ofMinutes(1)));
    Eventually.await("the long poll to wait", Duration.ofSeconds(10), updates::polled);
    assertThat(poll).isNotDone();

    long id = updates.push(DemoJson.JSON.createObjectNode().put("marker", "x"));

    assertThat(poll.get(10, TimeUnit.SECONDS))
        .singleElement()
        .satisfies(u -> assertThat(u.get("update_id").asLong()).isEqualTo(id));
  }

  @Test
  void aLongPollWithNothingToGetEndsAtItsTimeoutEmpty() {
    assertThat(updates.poll(0, 100, Duration.ofMillis(50))).isEmpty();
  }

  @Test
  void idsStartAboveThoseOfEarlierRuns() {
    DemoUpdates earlier = new DemoUpdates(Instant.parse("2025-05-31T00:00:00Z"));
    long before = 0;
    for (int i = 0; i < 100; i++) {
      before = earlier.push(DemoJson.JSON.createObjectNode());
    }

    assertThat(updates.push(DemoJson.JSON.createObjectNode())).isGreaterThan(before);
  }

  @Test
  void aNegativeOffsetKeepsOnlyTheNewest() {
    updates.push(DemoJson.JSON.createObjectNode());
    long newest = updates.push(DemoJson.JSON.createObjectNode());

    assertThat(updates.poll(-1, 100, Duration.ZERO))
        .singleElement()
        .satisfies(u -> assertThat(u.get("update_id").asLong()).isEqualTo(newest));
  }

  @Test
  void closingEndsTheLongPolls() throws Exception {
    CompletableFuture<List<ObjectNode>> poll =
        CompletableFuture.supplyAsync(() -> updates.poll(0, 100, Duration.ofMinutes(1)));
    Eventually.await("the long poll to wait", Duration.ofSeconds(10), updates::polled);

    updates.close();

    assertThat(poll.get(10, TimeUnit.SECONDS)).isEmpty();
  }
}
