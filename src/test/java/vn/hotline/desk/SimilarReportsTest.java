package vn.hotline.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Deadlines;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Transition;
import vn.hotline.ticket.Whereabouts;
import vn.hotline.unit.UnitCode;

class SimilarReportsTest {
  static final BotConfig CONFIG = BotConfig.load(Path.of("bot-config"));
  static final Instant T0 = Instant.parse("2021-09-10T08:00:00Z");
  int sequence;

  final SimilarReports similar = new SimilarReports(CONFIG.units());

  Ticket filed(String category, String place, String text, Instant at) {
    NewTicket draft =
        new NewTicket(
            "test:" + sequence,
            "PN",
            new Whereabouts(new UnitCode("25267"), UnitCode.parse(place).orElse(null)),
            new Reported(
                category,
                Priority.NORMAL,
                text,
                List.of(),
                new Reporter(Channel.TELEGRAM, "1"),
                null,
                0.9),
            new Deadlines(at, at.plusSeconds(1800), at.plusSeconds(86_400)));
    Ticket ticket = Ticket.filed(Drafts.code("PN", ++sequence), draft);
    similar.saw(ticket);
    return ticket;
  }

  Ticket market(String text) {
    return filed("SPONTANEOUS_MARKET", "25267", text, T0);
  }

  @Test
  void aThousandRepeatsOfOneMarketMakeOneCluster() {
    Ticket first = market("Chợ tự phát họp đông người ở xã Phú Nghĩa, lần 0");
    for (int i = 1; i < 1_000; i++) {
      market("Chợ tự phát họp đông người ở xã Phú Nghĩa, lần " + i);
    }

    assertThat(similar.membersOf(first.code())).hasSize(999);
  }

  @Test
  void reportsOfTheSameMarketJoinTheFirstOnesCluster() {
    Ticket first =
        market("Chợ tự phát họp trước cổng trường tiểu học xã Phú Nghĩa, rất đông người");
    Ticket second = market("cho tu phat hop truoc cong truong tieu hoc phu nghia dong nguoi qua");
    Ticket third = market("Chợ tự phát trước cổng trường tiểu học, đông người lắm");
    assertThat(similar.headOf(second.code())).contains(first.code());
    assertThat(similar.headOf(third.code())).contains(first.code());
    assertThat(similar.membersOf(first.code())).containsExactly(second.code(), third.code());
  }

  @Test
  void reportsThatShareOnlyThePlaceAndCategoryStayApart() {
    Ticket a =
        filed(
            "OUTSIDE_ARRIVAL",
            "25267-02",
            "Có người từ TP HCM về ấp 2 xã Phú Nghĩa không khai báo y tế",
            T0);
    Ticket b =
        filed(
            "OUTSIDE_ARRIVAL",
            "25267-04",
            "Có người lạ từ Bình Dương về ấp 4 xã Phú Nghĩa không khai báo",
            T0);
    assertThat(similar.headOf(b.code())).isEmpty();
    assertThat(similar.membersOf(a.code())).isEmpty();
  }

  @Test
  void theSameTextInAnotherCategoryOrADayLaterIsNotADuplicate() {
    String text = "Chợ tự phát họp trước cổng trường tiểu học xã Phú Nghĩa";
    Ticket first = market(text);
    Ticket otherCategory = filed("GATHERING", "25267", text, T0);
    Ticket nextDay = filed("SPONTANEOUS_MARKET", "25267", text, T0.plus(Duration.ofHours(25)));
    assertThat(similar.headOf(otherCategory.code())).isEmpty();
    assertThat(similar.headOf(nextDay.code())).isEmpty();
    assertThat(similar.membersOf(first.code())).isEmpty();
  }

  @Test
  void whenTheHeadIsClosedTheNextMemberHeadsTheCluster() {
    List<Ticket> cluster = clusterOfThree();
    Ticket second = cluster.get(1);
    Ticket third = cluster.get(2);
    var successor = similar.saw(rejected(cluster.getFirst()));
    assertThat(successor).contains(second.code());
    assertThat(similar.headOf(second.code())).isEmpty();
    assertThat(similar.headOf(third.code())).contains(second.code());
  }

  @Test
  void theChoicesForADuplicateAreTheMostSimilarOpenTickets() {
    Ticket first = market("Chợ tự phát họp trước cổng trường tiểu học xã Phú Nghĩa");
    market("Chợ cá họp ở bờ suối gần cầu, xã Phú Nghĩa");
    Ticket asked = market("chợ tự phát trước cổng trường tiểu học phú nghĩa");
    assertThat(similar.alike(asked, 5)).containsExactly(first.code());
  }

  @Test
  void aRepeatFindsItsClusterBehindHundredsOfUnlikeReports() {
    Ticket first = market("Chợ tự phát họp trước cổng trường tiểu học xã Phú Nghĩa");
    for (int i = 0; i < 500; i++) {
      market("vụ việc " + letters(i) + " " + letters(i + 7_000));
    }
    Ticket repeat = market("chợ tự phát trước cổng trường tiểu học phú nghĩa");

    assertThat(similar.headOf(repeat.code())).contains(first.code());
  }

  @Test
  void aMemberThatLeavesIsNoLongerListedAndTheOthersKeepTheirHead() {
    List<Ticket> cluster = clusterOfThree();
    Ticket head = cluster.getFirst();
    Ticket second = cluster.get(1);
    Ticket third = cluster.get(2);

    assertThat(similar.saw(rejected(second))).isEmpty();
    assertThat(similar.membersOf(head.code())).containsExactly(third.code());
    assertThat(similar.headOf(second.code())).isEmpty();
    assertThat(similar.headOf(third.code())).contains(head.code());
  }

  List<Ticket> clusterOfThree() {
    String text = "Chợ tự phát họp trước cổng trường tiểu học xã Phú Nghĩa";
    return List.of(market(text), market(text + " sáng nay"), market(text + " rất đông"));
  }

  static Ticket rejected(Ticket ticket) {
    return ((Transition.Applied)
            ticket.reject(Actor.officer(new OfficerId(1), "A"), "đã xử lý", T0))
        .ticket();
  }

  // Distinct letter-only words: digits are left out of the comparison.
  static String letters(int n) {
    StringBuilder word = new StringBuilder();
    for (int rest = n; word.isEmpty() || rest > 0; rest /= 26) {
      word.append((char) ('a' + rest % 26));
    }
    return word.toString();
  }
}
