package vn.hotline.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.category.Priority;
import vn.hotline.intake.Html;
import vn.hotline.messages.Messages;
import vn.hotline.messages.TextCut;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.roster.Officer;
import vn.hotline.ticket.Contact;
import vn.hotline.ticket.HistoryEntry;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.ticket.TicketState;
import vn.hotline.ticket.UncertainPlace;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Renders a ticket as the card officers work from: what, where, when it is due, the text, and who
 * has it. The reporter is never shown; the phone and address only for help requests, where the
 * citizen gave them so that help can be brought. Cards are in Vietnamese, the language of the
 * Command Centres.
 */
final class Cards {
  static final Locale LOCALE = Messages.VIETNAMESE;
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm dd/MM");
  private static final int TEXT_SHOWN = 1500;
  private static final int CANDIDATES_SHOWN = 12;

  private final Messages messages;
  private final UnitTree units;
  private final Categories categories;
  private final ZoneId zone;
  private final DeskRoster roster;
  private final SimilarReports similar;
  private final Clock clock;

  Cards(
      Messages messages,
      UnitTree units,
      Categories categories,
      ZoneId zone,
      DeskRoster roster,
      SimilarReports similar,
      Clock clock) {
    this.messages = messages;
    this.units = units;
    this.categories = categories;
    this.zone = zone;
    this.roster = roster;
    this.similar = similar;
    this.clock = clock;
  }

  /** The card's text (HTML), as posted in the group of {@code shownIn}. */
  String text(Ticket t, Unit shownIn) {
    List<String> lines = new ArrayList<>();
    String category =
        categories
            .find(t.reported().category())
            .map(c -> c.name(LOCALE))
            .orElse(t.reported().category());
    String mark = t.reported().priority() == Priority.URGENT ? say("desk.card.urgent") + " " : "";
    String late = overdue(t) ? say("desk.card.overdue") + " " : "";
    lines.add(late + mark + say("desk.card.head", t.code(), category));
    lines.add(say("desk.card.place", place(t)));
    UncertainPlace.of(t)
        .ifPresent(
            u ->
                lines.add(
                    say(
                        "desk.card.placeUncertain",
                        u.candidates().isEmpty()
                            ? "—"
                            : String.join(
                                ", ", candidates(u).stream().map(this::named).toList()))));
    lines.add(
        say(
            "desk.card.times",
            time(t.deadlines().filedAt()),
            age(t),
            time(t.deadlines().acknowledgeBy()),
            time(t.deadlines().resolveBy())));
    lines.add("<i>" + Html.escape(TextCut.plain(t.reported().text(), TEXT_SHOWN)) + "</i>");
    long photos =
        t.reported().attachments().stream().filter(a -> a.isPhoto() && !a.byOfficer()).count();
    if (photos > 0) {
      lines.add(say("desk.card.photos", photos));
    }
    String mediaUrl = TicketViews.mediaUrl(t.reported().attachments());
    if (!mediaUrl.isEmpty()) {
      lines.add(say("desk.card.mediaUrl", mediaUrl));
    }
    Contact contact = t.reported().contact();
    if (asksForContact(t) && !(contact.phone().isEmpty() && contact.address().isEmpty())) {
      lines.add(say("desk.card.contact", contact.phone(), contact.address()));
    }
    villageOwner(t)
        .ifPresent(
            o ->
                lines.add(
                    messages.text(
                        LOCALE,
                        "desk.card.villageOwner",
                        mention(o),
                        Html.escape(o.phoneNumber().orElse("—")))));
    List<TicketCode> members = similar.membersOf(t.code());
    if (!members.isEmpty()) {
      lines.add(
          say(
              "desk.card.cluster",
              members.size(),
              members.stream().map(TicketCode::toString).collect(Collectors.joining(", "))));
    }
    similar.headOf(t.code()).ifPresent(head -> lines.add(say("desk.card.similarTo", head)));
    if (!shownIn.code().equals(t.whereabouts().unitCode())) {
      lines.add(say("desk.card.fallback", units.get(t.whereabouts().unitCode()).fullName()));
    }
    lines.add(state(t));
    lastNote(t).ifPresent(lines::add);
    return String.join("\n", lines);
  }

  /** The card of a ticket that moved to another unit's queue: where it went, no more buttons. */
  String movedAway(Ticket t) {
    return say("desk.card.head", t.code(), categoryName(t))
        + "\n"
        + say(
            "desk.card.movedAway",
            units.find(t.whereabouts().unitCode()).map(Unit::fullName).orElse("?"));
  }

  /** The buttons for what can be done next. */
  Keyboard keyboard(Ticket t) {
    String code = t.code().compact();
    List<List<Button>> rows = new ArrayList<>();
    Set<DeskAction> offered = DeskAction.offeredIn(t.state());
    if (offered.contains(DeskAction.ACKNOWLEDGE)) {
      rows.add(List.of(button("desk.button.ack", "a", code)));
    } else if (offered.contains(DeskAction.RESOLVE)) {
      rows.add(
          List.of(
              button("desk.button.update", "u", code), button("desk.button.resolve", "s", code)));
    }
    if (offered.contains(DeskAction.TRANSFER)) {
      rows.add(
          List.of(
              button("desk.button.transfer", "t", code),
              button("desk.button.duplicate", "d", code),
              button("desk.button.reject", "r", code)));
      List<Button> moves =
          UncertainPlace.of(t).map(this::candidates).orElse(List.of()).stream()
              .map(
                  u ->
                      Button.callback(
                          "➡️ " + named(u), DeskRequests.data("tt", code, u.code().value())))
              .toList();
      for (int i = 0; i < moves.size(); i += 2) {
        rows.add(moves.subList(i, Math.min(i + 2, moves.size())));
      }
      int members = similar.membersOf(t.code()).size();
      if (members > 0) {
        rows.add(
            List.of(
                Button.callback(say("desk.button.merge", members), DeskRequests.data("m", code))));
      }
    }
    return new Keyboard.Inline(rows);
  }

  Button button(String key, String verb, String code) {
    return Button.callback(say(key), DeskRequests.data(verb, code));
  }

  /** The ticket's line in a list: urgency, code, category, place and age. */
  String line(Ticket t) {
    String mark = t.reported().priority() == Priority.URGENT ? "🚨" : "•";
    return say(
        "desk.list.line",
        mark,
        t.code(),
        categoryName(t),
        place(t),
        say("state." + t.state().name()),
        age(t));
  }

  Optional<Officer> villageOwner(Ticket t) {
    return units
        .find(t.whereabouts().placeCode())
        .filter(u -> u.level() == UnitLevel.VILLAGE)
        .flatMap(u -> roster.current().ownerOfVillage(u.code()));
  }

  static String mention(Officer officer) {
    return "<a href=\"tg://user?id=" + officer.id() + "\">" + Html.escape(officer.name()) + "</a>";
  }

  private String state(Ticket t) {
    String state = say("state." + t.state().name());
    if (t.handling().assigneeId() == null) {
      return say("desk.card.state", state);
    }
    return say(
        "desk.card.assigned", state, t.assigneeName().orElse(t.handling().assigneeId().toString()));
  }

  // The last note a person wrote; the card shows service-level steps with its ⏰ mark instead.
  private Optional<String> lastNote(Ticket t) {
    HistoryEntry last =
        t.history().reversed().stream()
            .filter(entry -> !entry.kind().isServiceLevelStep())
            .findFirst()
            .orElseThrow();
    if (last.note().isBlank() || last.kind() == HistoryEntry.Kind.FILED) {
      return Optional.empty();
    }
    String via = last.actor().viaWeb() ? " · " + say("web.ticket.card.viaWeb") : "";
    return Optional.of(
        say(
                "desk.card.last",
                say("history." + last.kind().name()),
                TextCut.plain(last.note(), 500),
                time(last.at()))
            + via);
  }

  private String place(Ticket t) {
    return units
        .find(t.whereabouts().placeOrUnit())
        .map(units::describe)
        .orElse(t.whereabouts().unitCode().value());
  }

  // The candidates of a ticket filed before its place was settled, as transfer buttons for the
  // officers of the unit above them: at most a keyboard's worth.
  private List<Unit> candidates(UncertainPlace uncertain) {
    return uncertain.candidates().stream()
        .map(units::find)
        .flatMap(Optional::stream)
        .limit(CANDIDATES_SHOWN)
        .toList();
  }

  private String named(Unit unit) {
    return unit.fullName() + units.parentOf(unit).map(p -> " (" + p.fullName() + ")").orElse("");
  }

  private String categoryName(Ticket t) {
    return categories
        .find(t.reported().category())
        .map(c -> c.name(LOCALE))
        .orElse(t.reported().category());
  }

  private boolean asksForContact(Ticket t) {
    return categories.find(t.reported().category()).map(Category::asksForContact).orElse(false);
  }

  private String age(Ticket t) {
    Duration age = Duration.between(t.deadlines().filedAt(), clock.instant());
    if (age.toHours() >= 1) {
      return say("desk.age.hours", age.toHours(), age.toMinutesPart());
    }
    return say("desk.age.minutes", Math.max(0, age.toMinutes()));
  }

  /** A length of time as people say it: hours and minutes. */
  String duration(Duration length) {
    if (length.toHours() >= 1) {
      return say("desk.duration.hours", length.toHours(), length.toMinutesPart());
    }
    return say("desk.duration.minutes", length.toMinutes());
  }

  /** Whether the ticket is past the due time of what it waits for now. */
  boolean overdue(Ticket t) {
    var now = clock.instant();
    return (t.state() == TicketState.NEW && now.isAfter(t.deadlines().acknowledgeBy()))
        || (t.state().isClaimed() && now.isAfter(t.deadlines().resolveBy()));
  }

  String time(Instant at) {
    return CLOCK.format(at.atZone(zone));
  }

  Messages messages() {
    return messages;
  }

  /** A text of the message files with its arguments escaped. */
  String say(String key, Object... args) {
    return messages.text(LOCALE, key, Html.escapeArguments(args));
  }
}
