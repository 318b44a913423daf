package vn.hotline.webdesk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import vn.hotline.category.Priority;
import vn.hotline.roster.OfficerId;
import vn.hotline.sla.SlaLadder;
import vn.hotline.sla.SlaStep;
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
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Open tickets for measuring the queue, from a fixed seed: filed over the last ten days in the
 * communes of a district (some about one of their villages), of every category and urgency, half
 * new and the rest taken up, in progress or awaiting the citizen.
 */
final class QueueSeed {
  private static final String[] CATEGORIES = {
    "SPONTANEOUS_MARKET",
    "GATHERING",
    "OUTSIDE_ARRIVAL",
    "QUARANTINE_VIOLATION",
    "PREVENTION_VIOLATION",
    "HELP_FOOD",
    "HELP_MEDICAL",
    "MISINFORMATION",
    "OTHER"
  };
  private static final String[] TEXTS = {
    "Có chợ tự phát ở %s, rất đông người, không đeo khẩu trang",
    "Đám cưới tụ tập hơn 50 người ở %s tối nay",
    "Có người từ TP HCM về %s không khai báo y tế",
    "Nhà bên cạnh ở %s đang cách ly mà vẫn ra ngoài",
    "Quán karaoke ở %s vẫn mở cửa hát ầm ĩ",
    "Gia đình ở %s hết gạo ăn, cần hỗ trợ lương thực"
  };
  private static final Actor OFFICER = Actor.officer(new OfficerId(100001), "Nguyễn Văn An");

  private QueueSeed() {}

  /**
   * {@code count} open tickets in the communes of {@code district}, with the service-level steps
   * that fell due before {@code now} already taken, as a running service would have taken them.
   */
  static List<Ticket> openIn(
      UnitTree units, SlaLadder ladder, Unit district, int count, Instant now) {
    Random random = new Random(1022);
    List<Unit> communes = units.below(district, UnitLevel.COMMUNE);
    List<Ticket> tickets = new ArrayList<>(count);
    for (int i = 0; tickets.size() < count; i++) {
      Unit commune = communes.get(random.nextInt(communes.size()));
      List<Unit> villages = units.children(commune.code());
      Unit place =
          villages.isEmpty() || random.nextBoolean()
              ? commune
              : villages.get(random.nextInt(villages.size()));
      Instant filed = now.minus(Duration.ofMinutes(random.nextInt(10 * 24 * 60)));
      Ticket ticket =
          Ticket.filed(
              Drafts.code(commune.codePrefix(), i),
              new NewTicket(
                  "bench:" + i,
                  commune.codePrefix(),
                  new Whereabouts(commune.code(), place.code()),
                  new Reported(
                      CATEGORIES[random.nextInt(CATEGORIES.length)],
                      priority(random),
                      TEXTS[random.nextInt(TEXTS.length)].formatted(units.describe(place)),
                      List.of(),
                      new Reporter(Channel.TELEGRAM, "bench-" + i),
                      Contact.NONE,
                      0.9),
                  new Deadlines(
                      filed, filed.plus(Duration.ofHours(4)), filed.plus(Duration.ofDays(3)))));
      Ticket worked = worked(ticket, random.nextInt(100), filed.plus(Duration.ofMinutes(30)));
      Ticket stepped = stepped(ladder, worked, now);
      // a result nobody answered closes by itself after a while: such a ticket is not open
      if (stepped.state().isOpen()) {
        tickets.add(stepped);
      }
    }
    return tickets;
  }

  private static Priority priority(Random random) {
    int roll = random.nextInt(100);
    return roll < 5 ? Priority.URGENT : roll < 25 ? Priority.HIGH : Priority.NORMAL;
  }

  // Half stay new; the others are taken up, some worked on, a few resolved.
  private static Ticket worked(Ticket ticket, int roll, Instant at) {
    if (roll < 50) {
      return ticket;
    }
    Ticket taken = applied(ticket.acknowledge(OFFICER, at));
    if (roll < 75) {
      return taken;
    }
    Ticket working = applied(taken.postUpdate(OFFICER, "Đang xác minh", at.plusSeconds(600)));
    return roll < 95
        ? working
        : applied(working.resolve(OFFICER, "Đã giải quyết", null, at.plusSeconds(1200)));
  }

  private static Ticket stepped(SlaLadder ladder, Ticket ticket, Instant until) {
    Ticket t = ticket;
    for (Optional<SlaStep> step = ladder.next(t);
        step.isPresent() && !step.get().due().isAfter(until);
        step = ladder.next(t)) {
      if (!(ladder.apply(t, step.get(), step.get().due()) instanceof Transition.Applied next)) {
        break;
      }
      t = next.ticket();
    }
    return t;
  }

  private static Ticket applied(Transition transition) {
    return ((Transition.Applied) transition).ticket();
  }
}
