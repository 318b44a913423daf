package vn.hotline.desk;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.hotline.notify.Keyboard;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.notify.OutboxQueue;
import vn.hotline.roster.Officer;
import vn.hotline.roster.Role;
import vn.hotline.sla.SlaAlerts;
import vn.hotline.sla.SlaStep;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketCode;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * Tells Command Centres about service-level steps. Overdue: a short alert in the unit's group and a
 * direct message to its leaders and the village owner (the card itself is marked by the board,
 * which sees the step saved). Escalated: a card in the group of the unit above with the buttons a
 * supervisor needs. Ids derive from the ticket's code and version, so an alert is queued once.
 */
final class Escalations implements SlaAlerts {
  private final Cards cards;
  private final UnitTree units;
  private final DeskRoster roster;
  private final OutboxQueue outbox;

  Escalations(Cards cards, UnitTree units, DeskRoster roster, OutboxQueue outbox) {
    this.cards = cards;
    this.units = units;
    this.roster = roster;
    this.outbox = outbox;
  }

  @Override
  public void stepped(Ticket ticket, SlaStep step) {
    switch (step.phase()) {
      case AUTO_CLOSE -> {
        // The board edits the card; nothing else to tell.
      }
      case ACKNOWLEDGE, RESOLVE -> {
        List<OutboundMessage> out =
            step.level() == 0 ? overdue(ticket, step) : escalated(ticket, step);
        outbox.enqueue(out);
      }
    }
  }

  private List<OutboundMessage> overdue(Ticket t, SlaStep step) {
    String id = "sla:" + t.code().compact() + ":" + t.version();
    String late = cards.time(dueOf(t, step));
    String phase = cards.say("sla.phase." + step.phase().name());
    List<OutboundMessage> out = new ArrayList<>();
    groupOf(step.chargedUnit())
        .ifPresent(
            group ->
                out.add(
                    OutboundMessage.text(
                        id + ":g",
                        group.commandChat(),
                        cards.say("sla.overdue.group", t.code(), phase, late),
                        cards.keyboard(t))));
    String unitName = units.find(step.chargedUnit()).map(Unit::fullName).orElse("?");
    List<Officer> told = new ArrayList<>(leadersOf(step.chargedUnit()));
    cards.villageOwner(t).filter(owner -> !told.contains(owner)).ifPresent(told::add);
    for (Officer officer : told) {
      out.add(
          OutboundMessage.text(
              id + ":u" + officer.id(),
              officer.id().value(),
              cards.say("sla.overdue.direct", t.code(), unitName, phase, late),
              cards.keyboard(t)));
    }
    return out;
  }

  private List<OutboundMessage> escalated(Ticket t, SlaStep step) {
    Optional<Unit> group = groupOf(step.targetUnit());
    if (group.isEmpty()) {
      return List.of();
    }
    String charged = units.find(step.chargedUnit()).map(Unit::fullName).orElse("?");
    String holder = t.assigneeName().orElse(cards.say("sla.nobody"));
    String text =
        cards.say(
                "sla.escalated",
                step.level(),
                charged,
                cards.say("sla.phase." + step.phase().name()),
                late(t, step),
                holder)
            + "\n\n"
            + cards.text(t, group.get());
    return List.of(
        OutboundMessage.text(
            "sla:" + t.code().compact() + ":" + t.version() + ":e",
            group.get().commandChat(),
            text,
            supervisorButtons(t)));
  }

  /** The buttons of an escalation card: hand it to a commune officer, take it over, remind. */
  Keyboard supervisorButtons(Ticket t) {
    String code = t.code().compact();
    return new Keyboard.Inline(
        List.of(
            List.of(
                cards.button("desk.button.escAssign", "ea", code),
                cards.button("desk.button.takeOver", "to", code)),
            List.of(cards.button("desk.button.remind", "rm", code))));
  }

  @Override
  public void backlog(List<Taken> taken) {
    Map<Long, List<TicketCode>> codesByGroup = new LinkedHashMap<>();
    for (Taken each : taken) {
      if (each.step().phase() == SlaStep.Phase.AUTO_CLOSE) {
        continue;
      }
      UnitCode unit =
          each.step().level() == 0 ? each.step().chargedUnit() : each.step().targetUnit();
      groupOf(unit)
          .ifPresent(
              group ->
                  codesByGroup
                      .computeIfAbsent(group.commandChat(), chat -> new ArrayList<>())
                      .add(each.ticket().code()));
    }
    String batch = String.valueOf(taken.getFirst().step().due().toEpochMilli());
    List<OutboundMessage> out = new ArrayList<>();
    codesByGroup.forEach(
        (chat, codes) ->
            out.add(
                OutboundMessage.text(
                    "sla-backlog:" + chat + ":" + batch + ":" + codes.size(),
                    chat,
                    cards.say(
                        "sla.backlog",
                        codes.stream().distinct().count(),
                        codes.stream()
                            .distinct()
                            .limit(100)
                            .map(TicketCode::toString)
                            .collect(Collectors.joining(", "))),
                    null)));
    outbox.enqueue(out);
  }

  private Optional<Unit> groupOf(UnitCode unitCode) {
    return units.find(unitCode).flatMap(units::withCommandChat);
  }

  private List<Officer> leadersOf(UnitCode unitCode) {
    return roster.current().officersOf(unitCode).stream()
        .filter(o -> o.role() == Role.LEADER)
        .toList();
  }

  private static Instant dueOf(Ticket t, SlaStep step) {
    return step.phase() == SlaStep.Phase.ACKNOWLEDGE
        ? t.deadlines().acknowledgeBy()
        : t.deadlines().resolveBy();
  }

  // How long past its due time the ticket was when the step was taken.
  private String late(Ticket t, SlaStep step) {
    Duration late = Duration.between(dueOf(t, step), step.due());
    return cards.duration(late.isNegative() ? Duration.ZERO : late);
  }
}
