package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.hotline.testing.Eventually;

class ClusterCardEditsTest {
  static final Duration GAP = Duration.ofMillis(300);
  static final Duration WAIT = Duration.ofSeconds(10);

  final List<String> edits = new CopyOnWriteArrayList<>();
  final ClusterCardEdits<String> paced = new ClusterCardEdits<>(GAP, Clock.systemUTC(), edits::add);

  @Test
  void theFirstJoinEditsTheCardAtOnce() {
    paced.request("PN-1");

    assertThat(edits).containsExactly("PN-1");
  }

  @Test
  void joinsWithinTheGapMakeOneLaterEditBetweenThem() {
    paced.request("PN-1");
    paced.request("PN-1");
    paced.request("PN-1");
    paced.request("PN-1");

    assertThat(edits).as("only the first at once").containsExactly("PN-1");
    Eventually.await("the paced edit", WAIT, () -> edits.size() == 2);
    paced.request("PN-1");
    assertThat(edits).as("the next one waits a gap after the paced edit").hasSize(2);
    Eventually.await("the next paced edit", WAIT, () -> edits.size() == 3);
  }

  @Test
  void clustersArePacedEachOnItsOwn() {
    paced.request("PN-1");
    paced.request("PN-2");
    paced.request("PN-1");

    assertThat(edits).containsExactly("PN-1", "PN-2");
  }
}
