package vn.hotline.intake;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import vn.hotline.category.Categories;
import vn.hotline.messages.TextCut;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.ticket.Channel;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.Tickets;
import vn.hotline.unit.UnitTree;

/** The commands a citizen can send: /start, /help, /lang, /status, /mine, /cancel. */
final class CitizenCommands {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm dd/MM");
  private static final int MINE = 10;

  private final Tickets tickets;
  private final UnitTree units;
  private final Categories categories;
  private final SlaPolicy sla;

  CitizenCommands(Tickets tickets, UnitTree units, Categories categories, SlaPolicy sla) {
    this.tickets = tickets;
    this.units = units;
    this.categories = categories;
    this.sla = sla;
  }

  Conversation run(Conversation c, String command, String args, Instant at, Replies out) {
    return switch (command) {
      case "start" -> {
        out.say("start.greeting");
        yield c;
      }
      case "lang" -> switchLanguage(c, args, out);
      case "status" -> {
        status(c, args, out);
        yield c;
      }
      case "mine" -> {
        mine(c, out);
        yield c;
      }
      case "cancel" -> {
        out.say(
            new vn.hotline.notify.Keyboard.Remove(),
            c.waiting().draft() == null && c.waiting().contactTicket().isEmpty()
                ? "cancel.nothing"
                : "cancel.done");
        yield c.idle();
      }
      default -> {
        out.say("help");
        yield c;
      }
    };
  }

  private Conversation switchLanguage(Conversation c, String args, Replies out) {
    String wanted =
        args.toLowerCase().startsWith("en")
            ? "en"
            : args.toLowerCase().startsWith("vi")
                ? "vi"
                : c.speech().language().equals("en") ? "vi" : "en";
    out.speak(wanted);
    out.say("lang.switched");
    return c.speaking(wanted, true);
  }

  private void status(Conversation c, String args, Replies out) {
    String typed = args.isBlank() ? c.last().ticket() : args;
    if (typed.isBlank()) {
      out.say("status.usage");
      return;
    }
    Optional<Ticket> ticket = tickets.find(typed).filter(t -> isReporter(t, c));
    if (ticket.isEmpty()) {
      // The same answer for a code that does not exist and one that is someone else's.
      out.say("status.notFound", TextCut.plain(typed, 20));
      return;
    }
    Ticket t = ticket.get();
    StringBuilder text =
        new StringBuilder(
            out.text(
                "status.header",
                t.code(),
                out.text("state." + t.state().name()),
                categories.get(t.reported().category()).name(out.locale()),
                units.describe(units.get(t.whereabouts().placeCode())),
                CLOCK.format(t.deadlines().filedAt().atZone(sla.zone()))));
    if (t.state().awaitsOfficer()) {
      Instant due =
          t.state() == vn.hotline.ticket.TicketState.NEW
              ? t.deadlines().acknowledgeBy()
              : t.deadlines().resolveBy();
      text.append('\n').append(out.text("status.due", CLOCK.format(due.atZone(sla.zone()))));
    }
    // Service-level steps are the Command Centres' business, not news for the citizen.
    List<HistoryEntry> shown =
        t.history().stream().filter(entry -> !entry.kind().isServiceLevelStep()).toList();
    List<HistoryEntry> recent = shown.subList(Math.max(0, shown.size() - 5), shown.size());
    for (HistoryEntry entry : recent) {
      text.append('\n')
          .append(
              out.text(
                  "status.historyLine",
                  CLOCK.format(entry.at().atZone(sla.zone())),
                  out.text("history." + entry.kind().name()),
                  publicNote(entry)));
    }
    out.send(text.toString(), null);
  }

  /** Officers' notes reach the citizen; internal notes (transfers, recategorising) do not. */
  private static String publicNote(HistoryEntry entry) {
    return switch (entry.kind()) {
      case UPDATED, RESOLVED, REJECTED -> TextCut.plain(entry.note(), 300);
      default -> "";
    };
  }

  private void mine(Conversation c, Replies out) {
    List<Ticket> mine = tickets.reportedBy(Channel.TELEGRAM, String.valueOf(c.chatId()), MINE);
    if (mine.isEmpty()) {
      out.say("mine.none");
      return;
    }
    StringBuilder text = new StringBuilder(out.text("mine.header", mine.size()));
    for (Ticket t : mine) {
      text.append('\n')
          .append(
              out.text(
                  "mine.line",
                  t.code(),
                  out.text("state." + t.state().name()),
                  categories.get(t.reported().category()).name(out.locale()),
                  CLOCK.format(t.deadlines().filedAt().atZone(sla.zone()))));
    }
    out.send(text.toString(), null);
  }

  static boolean isReporter(Ticket ticket, Conversation c) {
    return ticket.reported().reporter().channel() == Channel.TELEGRAM
        && ticket.reported().reporter().id().equals(String.valueOf(c.chatId()));
  }
}
