package vn.hotline.desk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hotline.category.Categories;
import vn.hotline.intake.CitizenNotices;
import vn.hotline.intake.Inbound;
import vn.hotline.intake.Replies;
import vn.hotline.messages.Messages;
import vn.hotline.notify.OutboxQueue;
import vn.hotline.report.ReportPlan;
import vn.hotline.report.Statistics;
import vn.hotline.roster.Officer;
import vn.hotline.roster.OfficerId;
import vn.hotline.roster.Roster;
import vn.hotline.signin.PublicUrl;
import vn.hotline.signin.SignIns;
import vn.hotline.sla.SlaAlerts;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.WatchedTickets;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitTree;

/**
 * The officers' side of the bot: everything said in a Command Centre group, desk buttons wherever
 * they are pressed, and desk commands and awaited notes from people on the roster in private. The
 * rest of a private chat is the citizen's side. Handling the same update twice changes nothing the
 * second time: replies take ids from the update, and a change already made is refused as such.
 */
public final class Desk {
  /** An unanswered question for a note is forgotten after this long. */
  static final Duration PROMPT_LIFE = Duration.ofMinutes(30);

  private final DeskRoster roster;
  private final Set<Long> groups;
  private final Messages messages;
  private final OutboxQueue outbox;
  private final Prompts prompts;
  private final OfficerActions work;
  private final Menus menus;
  private final OfficerLists lists;
  private final SupervisorDesk supervisor;
  private final Escalations escalations;
  private final ReportMessages reports;
  private final UnitTree units;
  private final WebLink webLink;
  private final WebDesk web;
  private final Clock clock;

  private Desk(
      DeskRoster roster,
      Set<Long> groups,
      Messages messages,
      OutboxQueue outbox,
      Prompts prompts,
      OfficerActions work,
      Menus menus,
      OfficerLists lists,
      SupervisorDesk supervisor,
      Escalations escalations,
      ReportMessages reports,
      UnitTree units,
      WebLink webLink,
      WebDesk web,
      Clock clock) {
    this.roster = roster;
    this.groups = groups;
    this.messages = messages;
    this.outbox = outbox;
    this.prompts = prompts;
    this.work = work;
    this.menus = menus;
    this.lists = lists;
    this.supervisor = supervisor;
    this.escalations = escalations;
    this.reports = reports;
    this.units = units;
    this.webLink = webLink;
    this.web = web;
    this.clock = clock;
  }

  /** The parts the desk works with, from the rest of the service. */
  public record Parts(
      UnitTree units,
      Categories categories,
      ZoneId zone,
      Messages messages,
      DeskRoster roster,
      WatchedTickets tickets,
      TicketChanges changes,
      OutboxQueue outbox,
      CitizenNotices notices,
      Prompts prompts,
      Statistics statistics,
      ReportFiles files,
      Duration clusterEditGap,
      SignIns signIns,
      PublicUrl publicUrl,
      Clock clock) {}

  /**
   * Builds the desk and sets it watching tickets, after taking note of the open tickets of the last
   * day so that new reports can be matched with them.
   */
  public static Desk open(Parts p) {
    SimilarReports similar = new SimilarReports(p.units());
    p.tickets()
        .openFiledSince(p.clock().instant().minus(SimilarReports.WINDOW))
        .forEach(similar::saw);
    Cards cards =
        new Cards(
            p.messages(), p.units(), p.categories(), p.zone(), p.roster(), similar, p.clock());
    CardBoard board =
        new CardBoard(
            cards, p.units(), p.outbox(), p.tickets(), similar, p.clusterEditGap(), p.clock());
    OfficerActions work =
        OfficerActions.of(
            p.tickets(),
            p.changes(),
            p.roster(),
            p.units(),
            p.notices(),
            p.prompts(),
            similar,
            board);
    p.tickets().watch(board);
    Set<Long> groups =
        p.units().all().stream()
            .map(Unit::commandChat)
            .filter(Objects::nonNull)
            .collect(Collectors.toUnmodifiableSet());
    OfficerLists lists = new OfficerLists(p.tickets(), p.roster(), p.units(), cards, work.access());
    ReportMessages reports =
        new ReportMessages(
            p.statistics(),
            p.tickets(),
            p.units(),
            p.categories(),
            p.messages(),
            cards,
            p.files(),
            p.zone(),
            p.clock());
    return new Desk(
        p.roster(),
        groups,
        p.messages(),
        p.outbox(),
        p.prompts(),
        work,
        new Menus(cards, p.units(), similar, work.access(), p.roster()),
        lists,
        new SupervisorDesk(
            work,
            p.tickets(),
            p.units(),
            cards,
            lists,
            p.statistics(),
            reports,
            p.zone(),
            p.clock()),
        new Escalations(cards, p.units(), p.roster(), p.outbox()),
        reports,
        p.units(),
        new WebLink(p.signIns(), p.publicUrl()),
        new WebDesk(
            new TicketViews(p, work.access(), cards, similar),
            new WebActions(p.roster(), p.messages(), work, p.units(), cards, p.clock())),
        p.clock());
  }

  /**
   * The ticket with this code as the web desk shows it to {@code viewer}, in their language;
   * unknown or forbidden (not in their units, or for a supervisor not below theirs) as on Telegram.
   */
  public TicketLookup ticketForWeb(OfficerId viewer, Locale language, String code) {
    return web.look(viewer, language, code);
  }

  /**
   * Carries out an officer's request from the web desk with the use cases and rules of the card's
   * buttons: the change is in the history as made on the web, the citizen hears of it through the
   * outbox, the card is edited. The outcome says what Telegram would have told the officer.
   */
  public WebOutcome actFromWeb(OfficerId officer, Locale language, WebRequest request) {
    return web.act(officer, language, request);
  }

  /** Whether a Command Centre works in this chat. */
  public boolean isDeskGroup(long chatId) {
    return groups.contains(chatId);
  }

  /** Whether the desk, not the citizen side, handles what was sent. */
  public boolean takes(Inbound inbound) {
    Inbound.Sender sender = inbound.sender();
    if (inbound instanceof Inbound.ButtonPress press) {
      // Every press on data of the desk's form is the desk's, forged ones too: they are answered.
      return press.data() != null && press.data().startsWith(DeskRequests.PREFIX);
    }
    if (isDeskGroup(sender.chatId())) {
      return true;
    }
    if (!sender.privateChat() || roster.current().find(sender.userId()).isEmpty()) {
      return false;
    }
    Optional<String> command = Inbound.command(textOf(inbound));
    return command.isPresent()
        ? DeskRequests.COMMANDS.contains(command.get())
        : prompts.waiting(sender.chatId(), sender.userId());
  }

  public void handle(Inbound inbound) {
    Inbound.Sender sender = inbound.sender();
    Instant at = clock.instant();
    Replies out = new Replies(messages, inbound.updateId(), sender.chatId(), sender.language());
    Asking a =
        inbound instanceof Inbound.ButtonPress press
            ? new Asking(sender, out, at, press.queryId(), press.messageId())
            : new Asking(sender, out, at, null, 0);
    switch (inbound) {
      // Data no desk button makes gets the plain answer of finish(), which tells nothing.
      case Inbound.ButtonPress press ->
          DeskRequests.button(press.data()).ifPresent(request -> run(a, request));
      case Inbound.Text text -> said(a, text.text().strip(), "");
      case Inbound.Photo photo -> said(a, photo.caption().strip(), photo.fileId());
      default -> {
        // Locations, contacts and the like mean nothing to the desk.
      }
    }
    a.finish();
    outbox.enqueue(out.messages());
  }

  private void said(Asking a, String text, String photo) {
    Optional<String> command = Inbound.command(text);
    if (command.isPresent()) {
      Optional<DeskRequest> request =
          DeskRequests.command(command.get(), Inbound.commandArguments(text), photo);
      if (request.isPresent()) {
        run(a, request.get());
      } else {
        a.tell("desk.unknownCommand");
      }
      return;
    }
    Optional<Prompt> prompt =
        prompts
            .take(a.chatId(), a.userId())
            .filter(p -> p.askedAt().plus(PROMPT_LIFE).isAfter(a.at));
    if (prompt.isEmpty()) {
      return; // talk among officers
    }
    if (text.isEmpty()) {
      prompts.put(a.chatId(), a.userId(), prompt.get().withPhoto(photo));
      a.tell("desk.prompt.photoKept", prompt.get().code());
      return;
    }
    String attached = photo.isEmpty() ? prompt.get().photo() : photo;
    work.note(
        a,
        new DeskRequest.Note(
            prompt.get().code().toString(), prompt.get().action(), text, attached));
  }

  private void run(Asking a, DeskRequest request) {
    if (request instanceof DeskRequest.Help) {
      a.tell("desk.help");
      return;
    }
    if (request instanceof DeskRequest.Usage usage) {
      a.tell("desk.usage." + usage.command());
      return;
    }
    Optional<Officer> officer = roster.current().find(a.userId());
    if (officer.isEmpty()) {
      a.tell("desk.notOnRoster");
      return;
    }
    switch (request) {
      case DeskRequest.Acknowledge ack -> work.acknowledge().run(a, ack.code());
      case DeskRequest.Assign assign -> work.assign().run(a, assign.code(), assign.officer());
      case DeskRequest.Note note -> work.note(a, note);
      case DeskRequest.AskNote ask -> work.askNote().run(a, ask.code(), ask.action());
      case DeskRequest.Transfer transfer ->
          work.transfer().run(a, transfer.code(), transfer.unit());
      case DeskRequest.Duplicate dup -> work.duplicate().run(a, dup.code(), dup.original());
      case DeskRequest.MergeSimilar merge -> work.mergeSimilar().run(a, merge.code());
      case DeskRequest.Reject reject -> work.reject().run(a, reject.code(), reject.reason());
      case DeskRequest.Menu menu -> menus.open(a, menu);
      case DeskRequest.Show show -> lists.show(a, show.code());
      case DeskRequest.Queue queue -> lists.queue(a, officer.get(), queue.page());
      case DeskRequest.Mine mine -> lists.mine(a, officer.get());
      case DeskRequest.Find find -> lists.find(a, officer.get(), find.words());
      case DeskRequest.Reload reload -> reload(a);
      case DeskRequest.WebLink link -> webLink.send(a, officer.get());
      case DeskRequest.TakeOver take -> supervisor.takeOver(a, take.code());
      case DeskRequest.Remind remind -> supervisor.remind(a, officer.get(), remind.code());
      case DeskRequest.Stats stats -> supervisor.stats(a, officer.get(), stats.arguments());
      case DeskRequest.Overdue overdue -> supervisor.overdue(a, officer.get());
      case DeskRequest.Report report -> supervisor.report(a, officer.get(), report.arguments());
      case DeskRequest.Help help -> a.tell("desk.help");
      case DeskRequest.Usage usage -> a.tell("desk.usage." + usage.command());
    }
  }

  private void reload(Asking a) {
    if (work.access().permissions().mayReload(a.userId()) instanceof Decision.Refused refused) {
      a.tell(RefusalWords.key(refused.reason()), "");
      return;
    }
    try {
      a.tell("desk.reloaded", reloadRoster().all().size());
    } catch (RuntimeException e) {
      a.tell("desk.reloadFailed", String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads the roster file again and puts it in force (SIGHUP and {@code /reload}); a broken file
   * leaves the roster as it was and throws.
   */
  public Roster reloadRoster() {
    return roster.reload();
  }

  /** Who the SLA clock tells about overdue and escalated tickets. */
  public SlaAlerts slaAlerts() {
    return escalations;
  }

  /**
   * The directives' reports on {@code plan}'s schedule, none for occurrences before {@code
   * notBefore}.
   */
  public ScheduledReports scheduledReports(ReportPlan plan, Instant notBefore) {
    return new ScheduledReports(plan, units, reports, outbox, clock, notBefore);
  }

  private static String textOf(Inbound inbound) {
    return switch (inbound) {
      case Inbound.Text text -> text.text().strip();
      case Inbound.Photo photo -> photo.caption().strip();
      default -> "";
    };
  }
}
