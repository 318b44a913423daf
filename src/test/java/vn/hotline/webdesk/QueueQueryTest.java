package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QueueQueryTest {

  @Test
  void valuesThatCannotBeAreDroppedNotRefused() {
    QueueQuery query =
        QueueQuery.read(
            Map.of("state", "CLOSED", "urgency", "SOON", "overdue", "yes", "page", "-3")::get);

    assertThat(query.selected()).isEmpty();
    assertThat(query.page()).isEqualTo(1);
  }

  @Test
  void aPageLinkKeepsTheFiltersAndTheSearch() {
    QueueQuery query =
        QueueQuery.read(
            Map.of("state", "NEW", "village", "25267-04", "q", "chợ tự phát", "page", "2")::get);

    assertThat(query.link(3))
        .startsWith("/?")
        .contains("state=NEW", "village=25267-04", "q=ch%E1%BB%A3+t%E1%BB%B1+ph%C3%A1t", "page=3");
    assertThat(query.link(1)).doesNotContain("page=");
    assertThat(QueueQuery.all().link(1)).isEqualTo("/");
  }

  @Test
  void theSearchIsComparedWithoutDiacriticsOrCase() {
    QueueQuery query = QueueQuery.read(Map.of("q", "  Chợ TỰ-phát ")::get);

    assertThat(query.words()).containsExactly("cho", "tu", "phat");
    assertThat(query.narrowed()).isTrue();
  }
}
