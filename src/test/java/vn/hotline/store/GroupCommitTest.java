package vn.hotline.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupCommitTest {
  final AtomicInteger commits = new AtomicInteger();
  final GroupCommit durability = new GroupCommit(commits::incrementAndGet);

  @Test
  void aSaveWaitsForACommit() {
    durability.sync();
    durability.sync();

    assertThat(commits).hasValue(2);
  }

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
