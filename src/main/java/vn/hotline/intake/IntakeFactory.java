package vn.hotline.intake;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import vn.hotline.category.Categories;
import vn.hotline.config.BotConfig;
import vn.hotline.config.Messages;
import vn.hotline.notify.Outbox;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.ticket.TicketChanges;
import vn.hotline.ticket.Tickets;
import vn.hotline.triage.Triage;
import vn.hotline.unit.UnitTree;

/** Wires the conversation and the inbox processor. */
@Factory
class IntakeFactory {

  @Singleton
  Triage triage(BotConfig config) {
    return Triage.of(config);
  }

  @Singleton
  Filing filing(UnitTree units, Categories categories, SlaPolicy sla, Tickets tickets) {
    return new Filing(units, categories, sla, tickets);
  }

  @Singleton
  CitizenNotices citizenNotices(
      Conversations conversations,
      Messages messages,
      UnitTree units,
      Outbox outbox,
      Tickets tickets) {
    return new CitizenNotices(conversations, messages, units, outbox, tickets);
  }

  @Singleton
  Intake intake(
      Triage triage,
      BotConfig config,
      Tickets tickets,
      TicketChanges changes,
      Conversations conversations,
      Outbox outbox,
      Filing filing,
      CitizenNotices notices,
      Clock clock) {
    ReportFlow reports =
        new ReportFlow(triage, config.units(), config.categories(), config.sla(), filing);
    Followups followups = new Followups(triage, tickets, changes, reports);
    CitizenCommands commands =
        new CitizenCommands(tickets, config.units(), config.categories(), config.sla());
    ButtonPresses buttons =
        new ButtonPresses(
            reports,
            followups,
            tickets,
            changes,
            config.categories(),
            config.units(),
            filing,
            notices);
    return new Intake(
        conversations, outbox, config.messages(), reports, commands, buttons, followups, clock);
  }

  @Singleton
  @Bean(preDestroy = "close")
  InboxProcessor inboxProcessor(
      Inbox inbox, List<UpdateHandler> handlers, @Value("${hotline.inbox.lanes:64}") int lanes) {
    return new InboxProcessor(inbox, handlers, lanes);
  }
}
