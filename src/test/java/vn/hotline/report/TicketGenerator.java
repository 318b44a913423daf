package vn.hotline.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import vn.hotline.category.Categories;
import vn.hotline.category.Priority;
import vn.hotline.config.BotConfig;
import vn.hotline.roster.OfficerId;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.ticket.Actor;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.Deadlines;
import vn.hotline.ticket.Drafts;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.HistoryEntry.Kind;
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

/**
 * Tickets with realistic lives, from a fixed seed: filed over a span of days, mostly in commune
 * queues, then claimed, transferred, escalated, resolved, reopened, confirmed or turned down by the
 * ticket's own transitions. Nothing happens after {@code now}.
 */
final class TicketGenerator {
  static final Actor OFFICER = Actor.officer(new OfficerId(1001), "Lê Văn A");
  static final Actor LEADER = Actor.officer(new OfficerId(1002), "Trần Thị B");

  private final Random random;
  private final UnitTree tree;
  private final SlaPolicy sla;
  private final List<String> categories;
  private final List<Unit> communes;
  private final List<Unit> uppers;
  private final List<Unit> villages;
  private final Instant start;
  private final long spanSeconds;
  private final Instant now;
  private final Ticket original;
  private long sequence;

  TicketGenerator(long seed, BotConfig config, Instant start, int days, Instant now) {
    this.random = new Random(seed);
    this.tree = config.units();
    this.sla = config.sla();
    Categories all = config.categories();
    this.categories = all.codes();
    this.communes = tree.all().stream().filter(u -> u.level() == UnitLevel.COMMUNE).toList();
    this.uppers = tree.all().stream().filter(u -> u.level().ordinal() < 2).toList();
    this.villages = tree.all().stream().filter(u -> u.level() == UnitLevel.VILLAGE).toList();
    this.start = start;
    this.spanSeconds = Duration.ofDays(days).toSeconds();
    this.now = now;
    this.original = Ticket.filed(Drafts.code("ORIG", 0), draft(communes.getFirst(), start));
  }

  List<Ticket> tickets(int count) {
    List<Ticket> tickets = new ArrayList<>(count);
    each(count, tickets::add);
    return tickets;
  }

  void each(int count, Consumer<Ticket> sink) {
    for (int i = 0; i < count; i++) {
      sink.accept(next());
    }
  }

  private Ticket next() {
    Unit unit = queue();
    Instant filedAt = start.plusSeconds((long) (random.nextDouble() * spanSeconds));
    Ticket ticket = Ticket.filed(Drafts.code(unit.codePrefix(), sequence++), draft(unit, filedAt));
    return live(ticket);
  }

  private Unit queue() {
    double draw = random.nextDouble();
    if (draw < 0.08) {
      return uppers.get(random.nextInt(uppers.size()));
    }
    if (draw < 0.09 && !villages.isEmpty()) {
      return villages.get(random.nextInt(villages.size()));
    }
    return communes.get(random.nextInt(communes.size()));
  }

  private NewTicket draft(Unit unit, Instant filedAt) {
    String category = categories.get(random.nextInt(categories.size()));
    Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
    return new NewTicket(
        "gen:" + sequence,
        unit.codePrefix(),
        new Whereabouts(unit.code(), null),
        new Reported(
            category,
            priority,
            "báo cáo",
            List.of(),
            new Reporter(Channel.TELEGRAM, "1"),
            Contact.NONE,
            0.9),
        new Deadlines(
            filedAt,
            sla.acknowledgeBy(filedAt, category, priority),
            sla.resolveBy(filedAt, category, priority)));
  }

  private Ticket live(Ticket filed) {
    Ticket t = filed;
    Duration ackLimit = Duration.between(t.deadlines().filedAt(), t.deadlines().acknowledgeBy());
    Duration resolveLimit = Duration.between(t.deadlines().filedAt(), t.deadlines().resolveBy());
    if (random.nextDouble() < 0.08) {
      return t; // never claimed
    }
    Instant claimAt = after(t.deadlines().filedAt(), ackLimit, 0.9);
    t = escalations(t, claimAt);
    if (random.nextDouble() < 0.06) {
      t = step(t, t.transfer(otherCommune(t), null, OFFICER, "", at(t, claimAt, 0.5)));
    }
    if (random.nextDouble() < 0.04) {
      return step(t, t.reject(OFFICER, "không thuộc thẩm quyền", claimAt));
    }
    if (random.nextDouble() < 0.03) {
      return step(t, t.markDuplicateOf(original, OFFICER, claimAt));
    }
    t =
        random.nextDouble() < 0.7
            ? step(t, t.acknowledge(OFFICER, claimAt))
            : step(t, t.assign(LEADER, OFFICER, claimAt));
    if (random.nextDouble() < 0.04) {
      t = step(t, t.transfer(otherCommune(t), null, OFFICER, "", claimAt.plusSeconds(60)));
      return t; // back to NEW in another queue, claimed once already
    }
    if (random.nextDouble() < 0.5) {
      t = step(t, t.postUpdate(OFFICER, "đang xử lý", claimAt.plusSeconds(120)));
    }
    if (random.nextDouble() < 0.15) {
      return t; // still being worked on
    }
    return outcome(t, after(t.deadlines().filedAt(), resolveLimit, 0.7));
  }

  private Ticket outcome(Ticket claimed, Instant resolveAt) {
    Ticket t = step(claimed, claimed.resolve(OFFICER, "đã xử lý", null, resolveAt));
    double draw = random.nextDouble();
    Instant answerAt = resolveAt.plusSeconds(600 + random.nextInt(86_400));
    if (draw < 0.4) {
      return step(t, t.confirm(answerAt));
    }
    if (draw < 0.6) {
      t = step(t, t.reopen("chưa xong", answerAt, answerAt.plusSeconds(86_400)));
      if (random.nextDouble() < 0.6) {
        Instant again = answerAt.plusSeconds(3_600 + random.nextInt(86_400));
        t = step(t, t.resolve(OFFICER, "đã xử lý lại", null, again));
        if (random.nextDouble() < 0.3) {
          t =
              step(
                  t,
                  t.reopen("vẫn chưa xong", again.plusSeconds(7_200), again.plusSeconds(93_600)));
        }
      }
      return t;
    }
    if (draw < 0.9) {
      return step(t, t.closeUnanswered(resolveAt.plus(Duration.ofDays(3))));
    }
    return t;
  }

  /** A late ticket is marked overdue, and escalated when later still, up its unit's chain. */
  private Ticket escalations(Ticket t, Instant claimAt) {
    Duration limit = Duration.between(t.deadlines().filedAt(), t.deadlines().acknowledgeBy());
    Ticket result = t;
    Instant twice = t.deadlines().filedAt().plus(limit.multipliedBy(2));
    if (claimAt.isAfter(t.deadlines().acknowledgeBy())
        && now.isAfter(twice)
        && random.nextDouble() < 0.8) {
      result =
          charged(
              result, Kind.OVERDUE, t.deadlines().acknowledgeBy(), result.whereabouts().unitCode());
    }
    if (claimAt.isAfter(twice) && now.isAfter(twice.plusSeconds(1)) && random.nextDouble() < 0.7) {
      result = charged(result, Kind.ESCALATED, twice, result.whereabouts().unitCode());
      Unit held = tree.get(result.whereabouts().unitCode());
      if (held.parentCode() != null && random.nextDouble() < 0.3) {
        result = charged(result, Kind.ESCALATED, twice.plusSeconds(1), held.parentCode());
      }
    }
    return result;
  }

  /** A service-level entry charged to {@code unit}; appended directly, as the SLA scan would. */
  static Ticket charged(Ticket t, Kind kind, Instant at, UnitCode unit) {
    List<HistoryEntry> history = new ArrayList<>(t.history());
    history.add(new HistoryEntry(at, Actor.system(), t.state(), t.state(), kind, "", "", unit));
    return new Ticket(
        t.code(),
        t.state(),
        t.whereabouts(),
        t.reported(),
        t.handling(),
        t.deadlines(),
        history,
        t.version() + 1);
  }

  private UnitCode otherCommune(Ticket t) {
    int pick = random.nextInt(communes.size());
    Unit other = communes.get(pick);
    return other.code().equals(t.whereabouts().unitCode())
        ? communes.get((pick + 1) % communes.size()).code()
        : other.code();
  }

  /** A time after {@code from}: exponential around {@code share} of the limit, whole seconds. */
  private Instant after(Instant from, Duration limit, double share) {
    double mean = limit.toSeconds() * share;
    long seconds = 1 + (long) (-Math.log(1 - random.nextDouble()) * mean);
    return from.plusSeconds(seconds);
  }

  private static Instant at(Ticket t, Instant before, double share) {
    long gap = Duration.between(t.updatedAt(), before).toSeconds();
    return t.updatedAt().plusSeconds(Math.max(0, (long) (gap * share)));
  }

  /**
   * The ticket after the change; as it was when the change would happen after now, or is refused
   * because an earlier step did not happen yet.
   */
  private Ticket step(Ticket t, Transition transition) {
    return transition instanceof Transition.Applied(Ticket changed)
            && !changed.updatedAt().isAfter(now)
        ? changed
        : t;
  }
}
