package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DurabilityTest {
  final AtomicInteger commits = new AtomicInteger();
  final Durability durability = Durability.unlessReplayed(commits::incrementAndGet);

  @Test
  void replayedWorkDoesNotWaitForACommitButWhatFollowsItDoes() throws Exception {
    Replayed.run(
        () -> {
          durability.sync();
          return null;
        });
    assertThat(commits).as("replayed").hasValue(0);
    assertThat(Replayed.active()).as("the scope ends with the work").isFalse();

    durability.sync();
    assertThat(commits).hasValue(1);
  }
}
