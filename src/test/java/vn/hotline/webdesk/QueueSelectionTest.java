package vn.hotline.webdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.webdesk.QueueFixtures.AN;
import static vn.hotline.webdesk.QueueFixtures.AN_ACTOR;
import static vn.hotline.webdesk.QueueFixtures.AP_4;
import static vn.hotline.webdesk.QueueFixtures.DA_KIA;
import static vn.hotline.webdesk.QueueFixtures.NOW;
import static vn.hotline.webdesk.QueueFixtures.PHU_NGHIA;
import static vn.hotline.webdesk.QueueFixtures.applied;
import static vn.hotline.webdesk.QueueFixtures.filed;
import static vn.hotline.webdesk.QueueFixtures.ordered;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hotline.category.Priority;
import vn.hotline.roster.Officer;
import vn.hotline.roster.OfficerId;
import vn.hotline.roster.Role;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.UnitCode;

class QueueSelectionTest {
  static final QueueScope PHU_NGHIA_ONLY = new QueueScope(Set.of(PHU_NGHIA));

  @Test
  void urgentTicketsComeFirstThenTheOldest() {
    Ticket old = filed(5, "chợ tự phát từ sáng");
    Ticket recent = filed(1, "chợ tự phát buổi chiều");
    Ticket urgent = filed(PHU_NGHIA, null, "HELP_MEDICAL", Priority.URGENT, 0, "khó thở");

    var rows = select(PHU_NGHIA_ONLY, QueueQuery.all(), recent, urgent, old).rows();

    assertThat(codes(rows)).containsExactly(code(urgent), code(old), code(recent));
  }

  @Test
  void onlyTheTicketsOfTheViewersUnitsAreListed() {
    Ticket mine = filed(1, "chợ ở Phú Nghĩa");
    Ticket elsewhere = filed(DA_KIA, null, "GATHERING", Priority.NORMAL, 1, "đám cưới ở Đa Kia");

    var result = select(PHU_NGHIA_ONLY, QueueQuery.all(), mine, elsewhere);

    assertThat(codes(result.rows())).containsExactly(code(mine));
    assertThat(result.inScope()).isEqualTo(1);
  }

  @Test
  void aFilterNarrowsTheListAndEachOptionCountsWhatItWouldLeave() {
    Ticket market = filed(PHU_NGHIA, AP_4, "SPONTANEOUS_MARKET", Priority.NORMAL, 3, "chợ");
    Ticket gathering = filed(PHU_NGHIA, null, "GATHERING", Priority.NORMAL, 2, "tụ tập");
    Ticket urgentMarket = filed(PHU_NGHIA, AP_4, "SPONTANEOUS_MARKET", Priority.URGENT, 1, "chợ");
    QueueQuery markets = query(Map.of("category", "SPONTANEOUS_MARKET", "urgency", "NORMAL"));

    var result = select(PHU_NGHIA_ONLY, markets, market, gathering, urgentMarket);

    assertThat(codes(result.rows())).containsExactly(code(market));
    // each count keeps the other filters: the normal tickets by category, the markets by urgency
    assertThat(result.count(QueueFacet.CATEGORY, "SPONTANEOUS_MARKET")).isEqualTo(1);
    assertThat(result.count(QueueFacet.CATEGORY, "GATHERING")).isEqualTo(1);
    assertThat(result.count(QueueFacet.URGENCY, "URGENT")).isEqualTo(1);
    assertThat(result.all(QueueFacet.URGENCY)).isEqualTo(2);
    assertThat(result.count(QueueFacet.VILLAGE, AP_4.value())).isEqualTo(1);
    assertThat(result.count(QueueFacet.STATE, "NEW")).isEqualTo(1);
  }

  @Test
  void aSearchFindsWordsWithOrWithoutDiacriticsAndCodes() {
    Ticket market = filed(2, "Có chợ tự phát ở ấp 4 xã Phú Nghĩa, rất đông người");
    Ticket karaoke = filed(1, "Quán karaoke mở cửa hát");

    assertThat(codes(select(PHU_NGHIA_ONLY, text("cho tu phat"), market, karaoke).rows()))
        .containsExactly(code(market));
    assertThat(codes(select(PHU_NGHIA_ONLY, text("Chợ  TỰ phát"), market, karaoke).rows()))
        .containsExactly(code(market));
    assertThat(codes(select(PHU_NGHIA_ONLY, text(code(karaoke)), market, karaoke).rows()))
        .containsExactly(code(karaoke));
    String compact = code(karaoke).replace("-", "").toLowerCase();
    assertThat(codes(select(PHU_NGHIA_ONLY, text(compact), market, karaoke).rows()))
        .containsExactly(code(karaoke));
    assertThat(select(PHU_NGHIA_ONLY, text("cho karaoke"), market, karaoke).total()).isZero();
  }

  @Test
  void overdueAndAssignedToMeAreFiltersWithCounts() {
    Ticket late = filed(3, "chờ quá hai giờ");
    Ticket onTime = filed(1, "mới gửi");
    Ticket taken = applied(filed(1, "đã nhận").acknowledge(AN_ACTOR, NOW));

    var overdue = select(PHU_NGHIA_ONLY, query(Map.of("overdue", "1")), late, onTime, taken);
    var mine = select(PHU_NGHIA_ONLY, query(Map.of("mine", "1")), late, onTime, taken);

    assertThat(codes(overdue.rows())).containsExactly(code(late));
    assertThat(overdue.count(QueueFacet.MINE, QueueFacet.YES)).isZero();
    assertThat(codes(mine.rows())).containsExactly(code(taken));
    assertThat(mine.count(QueueFacet.OVERDUE, QueueFacet.YES)).isZero();
    assertThat(mine.all(QueueFacet.OVERDUE)).isEqualTo(1);
  }

  @Test
  void pagesHoldFiftyTicketsInTheQueuesOrder() {
    List<Ticket> tickets = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      tickets.add(filed(200 - i, "chợ số " + i));
    }
    Ticket[] all = tickets.toArray(Ticket[]::new);

    var first = select(PHU_NGHIA_ONLY, QueueQuery.all(), all);
    var third = select(PHU_NGHIA_ONLY, query(Map.of("page", "3")), all);

    assertThat(first.rows()).hasSize(50);
    assertThat(first.hasNext()).isTrue();
    assertThat(first.rows().getFirst().code()).isEqualTo(code(tickets.getFirst()));
    assertThat(third.rows()).hasSize(20);
    assertThat(third.hasNext()).isFalse();
    assertThat(third.firstShown()).isEqualTo(101);
    assertThat(third.rows().getLast().code()).isEqualTo(code(tickets.getLast()));
  }

  @Test
  void arrivalsAreCountedSinceTheChangeAPageShowed() {
    OpenTickets open = new OpenTickets(QueueFixtures.UNITS);
    open.update(filed(2, "chợ cũ"));
    long shown = open.snapshot().changes();
    open.update(filed(0, "chợ tự phát mới"));
    open.update(filed(0, "karaoke mới"));
    open.update(filed(DA_KIA, null, "GATHERING", Priority.NORMAL, 0, "chợ ở Đa Kia"));
    var ordered = open.snapshot().ordered();

    assertThat(selection(PHU_NGHIA_ONLY, QueueQuery.all()).arrivedSince(ordered, shown))
        .isEqualTo(2);
    assertThat(selection(PHU_NGHIA_ONLY, text("cho")).arrivedSince(ordered, shown)).isEqualTo(1);
  }

  @Test
  void aSupervisorSeesEveryUnitBelowTheirs() {
    Officer officer =
        new Officer(AN, "Nguyễn Văn An", null, List.of(PHU_NGHIA), Role.OFFICER, List.of());
    Officer supervisor =
        new Officer(
            new OfficerId(100003),
            "Phạm Thị Dung",
            null,
            List.of(new UnitCode("691")),
            Role.SUPERVISOR,
            List.of());

    assertThat(QueueScope.of(officer, QueueFixtures.UNITS).unitCodes()).containsOnly(PHU_NGHIA);
    assertThat(QueueScope.of(supervisor, QueueFixtures.UNITS).unitCodes())
        .contains(PHU_NGHIA, DA_KIA, AP_4, new UnitCode("691"))
        .doesNotContain(new UnitCode("70"));
  }

  static QueueSelection.Result select(QueueScope scope, QueueQuery query, Ticket... tickets) {
    return selection(scope, query).select(ordered(tickets));
  }

  static QueueSelection selection(QueueScope scope, QueueQuery query) {
    return new QueueSelection(scope, query, AN, NOW);
  }

  static QueueQuery query(Map<String, String> parameters) {
    return QueueQuery.read(parameters::get);
  }

  static QueueQuery text(String text) {
    return query(Map.of("q", text));
  }

  static String code(Ticket ticket) {
    return ticket.code().toString();
  }

  static List<String> codes(List<OpenTicket> rows) {
    return rows.stream().map(OpenTicket::code).toList();
  }
}
