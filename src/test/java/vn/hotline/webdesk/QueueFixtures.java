package vn.hotline.webdesk;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.hotline.category.Priority;
import vn.hotline.roster.OfficerId;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Deadlines;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.NewTicket;
import vn.hotline.ticket.Reported;
import vn.hotline.ticket.Reporter;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Transition;
import vn.hotline.ticket.Whereabouts;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/** A small unit tree and tickets in it for the queue's tests. */
final class QueueFixtures {
  static final Instant NOW = Instant.parse("2025-06-12T08:00:00Z");
  static final UnitCode PHU_NGHIA = new UnitCode("25267");
  static final UnitCode AP_4 = new UnitCode("25267-04");
  static final UnitCode DA_KIA = new UnitCode("25231");
  static final UnitCode DISTRICT = new UnitCode("691");
  static final OfficerId AN = new OfficerId(100001);
  static final Actor AN_ACTOR = Actor.officer(AN, "Nguyễn Văn An");
  static final UnitTree UNITS =
      ((UnitTree.Result.Built)
              UnitTree.of(
                  List.of(
                      unit("70", "Bình Phước", "Tỉnh", UnitLevel.PROVINCE, null),
                      unit("691", "Bù Gia Mập", "Huyện", UnitLevel.DISTRICT, "70"),
                      unit("25267", "Phú Nghĩa", "Xã", UnitLevel.COMMUNE, "691"),
                      unit("25267-04", "4", "Ấp", UnitLevel.VILLAGE, "25267"),
                      unit("25231", "Đa Kia", "Xã", UnitLevel.COMMUNE, "691"))))
          .tree();

  private static long sequence;

  private QueueFixtures() {}

  private static Unit unit(String code, String name, String kind, UnitLevel level, String parent) {
    return new Unit(
        new UnitCode(code),
        name,
        kind,
        level,
        parent == null ? null : new UnitCode(parent),
        null,
        "PN");
  }

  /** A new ticket filed {@code hoursAgo} before {@link #NOW}, due to be taken up in two hours. */
  static Ticket filed(
      UnitCode unit,
      UnitCode place,
      String category,
      Priority priority,
      int hoursAgo,
      String text) {
    Instant at = NOW.minus(Duration.ofHours(hoursAgo));
    return Ticket.filed(
        Drafts.code("PN", sequence++),
        new NewTicket(
            "test:" + sequence,
            "PN",
            new Whereabouts(unit, place),
            new Reported(
                category,
                priority,
                text,
                List.of(),
                new Reporter(Channel.TELEGRAM, "6500000999"),
                Contact.NONE,
                0.9),
            new Deadlines(at, at.plus(Duration.ofHours(2)), at.plus(Duration.ofHours(72)))));
  }

  static Ticket filed(int hoursAgo, String text) {
    return filed(PHU_NGHIA, null, "SPONTANEOUS_MARKET", Priority.NORMAL, hoursAgo, text);
  }

  static Ticket applied(Transition transition) {
    return ((Transition.Applied) transition).ticket();
  }

  /** The open tickets the view holds after taking in {@code tickets}. */
  static List<OpenTicket> ordered(Ticket... tickets) {
    OpenTickets open = new OpenTickets(UNITS);
    for (Ticket ticket : tickets) {
      open.update(ticket);
    }
    return open.snapshot().ordered();
  }
}
