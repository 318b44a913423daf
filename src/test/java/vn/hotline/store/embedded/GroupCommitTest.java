package vn.hotline.store.embedded;

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
}
