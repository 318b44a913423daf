package vn.hotline.intake;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hotline.category.Categories;
import vn.hotline.category.Category;
import vn.hotline.category.Priority;
import vn.hotline.intake.Conversation.Awaiting;
import vn.hotline.messages.TextCut;
import vn.hotline.notify.Button;
import vn.hotline.notify.Keyboard;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.ticket.Ticket;
import vn.hotline.triage.GeoPoint;
import vn.hotline.triage.PlaceResult;
import vn.hotline.triage.Triage;
import vn.hotline.triage.TriageResult;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * A report from first message to filed ticket: triage, then ask only what is missing (the commune,
 * the category), file at once when nothing is, and give the code in the reply.
 */
final class ReportFlow {
  /** Below this the category is asked rather than assumed. */
  static final double SURE_ENOUGH = 0.55;

  /** How long a report waits for the citizen's answer before it is filed as it stands. */
  static final Duration SETTLE_WITHIN = Duration.ofMinutes(10);

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm dd/MM");

  private final Triage triage;
  private final UnitTree units;
  private final Categories categories;
  private final SlaPolicy sla;
  private final Filing filing;
  private final UnsettledDrafts unsettled;

  ReportFlow(
      Triage triage,
      UnitTree units,
      Categories categories,
      SlaPolicy sla,
      Filing filing,
      UnsettledDrafts unsettled) {
    this.triage = triage;
    this.units = units;
    this.categories = categories;
    this.sla = sla;
    this.filing = filing;
    this.unsettled = unsettled;
  }

  /** A new report: the text of a message or the caption of its photos. */
  Conversation report(
      Conversation c, long updateId, String text, List<String> photos, Instant at, Replies out) {
    TriageResult result = triage.assess(text);
    if (result.urgent()) {
      out.say("urgent.call115");
    }
    boolean sure = result.confidence() >= SURE_ENOUGH || result.urgent();
    Draft draft =
        Draft.started(
            updateId,
            text,
            photos,
            result.category(),
            sure,
            result.confidence(),
            result.urgency(),
            at);
    return placeFound(c, draft, result.place(), at, out);
  }

  /** A photo without words: ask what it shows before triage. */
  Conversation photoWithoutText(
      Conversation c, long updateId, String fileId, Instant at, Replies out) {
    Draft draft =
        Draft.started(
            updateId,
            "",
            List.of(fileId),
            Category.OTHER,
            false,
            0,
            categories.other().priority(),
            at);
    out.say("photo.askDescription");
    return c.awaiting(Awaiting.DESCRIPTION, draft);
  }

  Conversation described(Conversation c, String text, Instant at, Replies out) {
    Draft draft = c.waiting().draft();
    return report(c.idle(), draft.origin(), text, draft.photos(), at, out);
  }

  /**
   * The citizen typed a place while the bot waited for one. Once the report was filed meanwhile, a
   * text that reads as a report of its own, or names no place, starts a new report.
   */
  Conversation placeTyped(Conversation c, long updateId, String text, Instant at, Replies out) {
    TriageResult assessed = triage.assess(text);
    PlaceResult place = assessed.place();
    boolean aReportOfItsOwn =
        assessed.urgent()
            || (assessed.confidence() >= SURE_ENOUGH
                && !assessed.category().equals(Category.OTHER));
    if (c.waiting().draft().isFiled()
        && (aReportOfItsOwn || place.status() == PlaceResult.Status.NONE)) {
      return report(c.idle(), updateId, text, List.of(), at, out);
    }
    if (place.status() == PlaceResult.Status.NONE) {
      out.say(placeKeyboard(c, out), "place.notFound", TextCut.plain(text, 60));
      return c;
    }
    return placeFound(c, c.waiting().draft(), place, at, out);
  }

  Conversation locationShared(
      Conversation c, double latitude, double longitude, Instant at, Replies out) {
    if (c.waiting().draft() == null) {
      out.say("location.noReport");
      return c;
    }
    PlaceResult place = triage.assess("", new GeoPoint(latitude, longitude)).place();
    if (place.status() == PlaceResult.Status.NONE) {
      out.say(placeKeyboard(c, out), "place.outsideArea");
      return c;
    }
    return placeFound(c, c.waiting().draft(), place, at, out);
  }

  /** The citizen pressed a place button. */
  Conversation placeChosen(Conversation c, String unitCode, Instant at, Replies out) {
    Optional<Unit> chosen = UnitCode.parse(unitCode).flatMap(units::find);
    if (c.waiting().draft() == null || chosen.isEmpty()) {
      out.say("button.expired");
      return c;
    }
    return placeFound(c, c.waiting().draft(), new PlaceResult.Found(chosen.get()), at, out);
  }

  /** The citizen pressed a category button. */
  Conversation categoryChosen(Conversation c, String code, Instant at, Replies out) {
    if (c.waiting().draft() == null || categories.find(code).isEmpty()) {
      out.say("button.expired");
      return c;
    }
    Draft draft = c.waiting().draft();
    var priority =
        draft.priority() == Priority.URGENT ? draft.priority() : categories.get(code).priority();
    return proceed(c, draft.as(code, priority), at, out);
  }

  private Conversation placeFound(
      Conversation c, Draft draft, PlaceResult place, Instant at, Replies out) {
    return switch (place) {
      case PlaceResult.Found found -> placeIs(c, draft, found.found(), at, out);
      case PlaceResult.Ambiguous ambiguous ->
          askAmong(c, draft, ambiguous.units(), at, out, "place.ambiguous");
      case PlaceResult.None none -> {
        out.say(placeKeyboard(c, out), "place.ask");
        yield waitFor(c, Awaiting.PLACE, draft, at, out);
      }
    };
  }

  private Conversation placeIs(Conversation c, Draft draft, Unit unit, Instant at, Replies out) {
    if (unit.level().ordinal() < UnitLevel.COMMUNE.ordinal()) {
      List<Unit> communes = units.below(unit, UnitLevel.COMMUNE);
      return askAmong(c, draft, communes, at, out, "place.whichCommune", unit.fullName());
    }
    Unit commune = units.enclosing(unit, UnitLevel.COMMUNE).orElse(unit);
    UnitCode village = unit.level() == UnitLevel.VILLAGE ? unit.code() : null;
    return proceed(c, draft.at(commune.code(), village), at, out);
  }

  private Conversation askAmong(
      Conversation c,
      Draft draft,
      List<Unit> candidates,
      Instant at,
      Replies out,
      String key,
      Object... args) {
    List<List<Button>> rows = new ArrayList<>();
    for (Unit candidate : candidates) {
      String district = units.parentOf(candidate).map(p -> " (" + p.fullName() + ")").orElse("");
      rows.add(List.of(Button.callback(candidate.fullName() + district, "p:" + candidate.code())));
    }
    out.say(new Keyboard.Inline(rows), key, args);
    List<UnitCode> offered = candidates.stream().map(Unit::code).toList();
    return waitFor(c, Awaiting.PLACE, draft.offering(offered), at, out);
  }

  /**
   * Waits for the citizen's answer, but not for ever: the draft falls due {@link #SETTLE_WITHIN}
   * after it started, and an urgent one is filed at once while the question stays open.
   */
  private Conversation waitFor(
      Conversation c, Awaiting what, Draft draft, Instant at, Replies out) {
    if (draft.isFiled()) {
      return c.awaiting(what, draft);
    }
    Conversation waiting = c.awaiting(what, draft.dueBy(draft.startedAt().plus(SETTLE_WITHIN)));
    return draft.priority() == Priority.URGENT ? unsettled.fileNow(waiting, at, out) : waiting;
  }

  /** With a place known: ask the category if unsure, otherwise file. */
  private Conversation proceed(Conversation c, Draft draft, Instant at, Replies out) {
    if (!draft.hasPlace()) {
      out.say(placeKeyboard(c, out), "place.ask");
      return waitFor(c, Awaiting.PLACE, draft, at, out);
    }
    if (!draft.categoryConfirmed()) {
      out.say(categoryKeyboard(draft, out), "category.ask");
      return waitFor(c, Awaiting.CATEGORY, draft, at, out);
    }
    return file(c, draft, at, out);
  }

  private Conversation file(Conversation c, Draft draft, Instant at, Replies out) {
    // A draft filed before it was settled gives back that ticket, now corrected.
    Ticket ticket = unsettled.reconcile(filing.file(draft, c.chatId(), at), draft, at);
    Category category = categories.get(ticket.reported().category());
    Unit commune = units.get(draft.unitCode());
    String due = CLOCK.format(ticket.deadlines().acknowledgeBy().atZone(sla.zone()));
    Keyboard fix =
        new Keyboard.Inline(
            List.of(
                List.of(
                    Button.callback(
                        out.text("button.fixCategory"), "fc:" + ticket.code().compact()),
                    Button.callback(
                        out.text("button.fixPlace"), "fp:" + ticket.code().compact()))));
    out.say(
        fix,
        "report.filed",
        ticket.code(),
        category.name(out.locale()),
        units.describe(units.get(ticket.whereabouts().placeCode())),
        due);
    Conversation filed = c.filed(ticket.code().toString(), at, commune.code());
    if (category.asksForContact()) {
      out.say(
          new Keyboard.Reply(
              List.of(
                  List.of(Button.requestContact(out.text("button.sharePhone"))),
                  List.of(Button.sendsText(out.text("button.skip"))))),
          "contact.askPhone");
      return filed.awaiting(Awaiting.PHONE, null).askingContactFor(ticket.code().toString());
    }
    return filed;
  }

  private Keyboard placeKeyboard(Conversation c, Replies out) {
    List<List<Button>> rows = new ArrayList<>();
    rows.add(List.of(Button.requestLocation(out.text("button.shareLocation"))));
    units
        .find(c.last().commune())
        .ifPresent(last -> rows.add(List.of(Button.sendsText(last.fullName()))));
    return new Keyboard.Reply(rows);
  }

  private Keyboard categoryKeyboard(Draft draft, Replies out) {
    List<List<Button>> rows = new ArrayList<>();
    for (String code : categoryChoices(triage.assess(draft.text()))) {
      String label =
          code.equals(Category.OTHER)
              ? out.text("button.other")
              : categories.get(code).name(out.locale());
      rows.add(List.of(Button.callback(label, "c:" + code)));
    }
    return new Keyboard.Inline(rows);
  }

  /** The categories offered when triage is unsure: its best three, then other. */
  static List<String> categoryChoices(TriageResult result) {
    List<String> top = new ArrayList<>();
    top.add(result.category());
    result.alternatives().forEach(a -> top.add(a.category()));
    List<String> offered =
        new ArrayList<>(
            top.stream().distinct().filter(code -> !code.equals(Category.OTHER)).limit(3).toList());
    offered.add(Category.OTHER);
    return offered;
  }

  /** Whether {@code at} is close enough to the last filing that a new message may continue it. */
  static boolean soonAfter(Conversation c, Instant at) {
    return c.last().at() != null
        && Duration.between(c.last().at(), at).compareTo(Duration.ofMinutes(5)) <= 0;
  }
}
