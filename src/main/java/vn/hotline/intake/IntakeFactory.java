package vn.hotline.intake;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.TaskScheduler;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import vn.hotline.category.Categories;
import vn.hotline.config.BotConfig;
import vn.hotline.messages.Messages;
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
    return config.triage();
  }

  @Singleton
  Filing filing(UnitTree units, Categories categories, SlaPolicy sla, Tickets tickets) {
    return new Filing(units, categories, sla, tickets);
  }

  @Singleton
  DirectReports directReports(Triage triage, BotConfig config, Filing filing) {
    return new DirectReports(triage, config.units(), config.categories(), config.sla(), filing);
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
  DueDrafts dueDrafts() {
    return new DueDrafts();
  }

  @Singleton
  UnsettledDrafts unsettledDrafts(Filing filing, TicketChanges changes, BotConfig config) {
    return new UnsettledDrafts(filing, changes, config.units(), config.categories(), config.sla());
  }

  /**
   * Files unsettled drafts as they fall due, every few seconds; created with the application, after
   * learning what a previous run left due.
   */
  @Context
  DraftSweeper draftSweeper(
      Conversations conversations,
      DueDrafts due,
      UnsettledDrafts unsettled,
      Outbox outbox,
      BotConfig config,
      Clock clock,
      @Named(TaskExecutors.SCHEDULED) TaskScheduler scheduler,
      @Value("${hotline.intake.sweep-every:5s}") Duration every) {
    DraftSweeper sweeper =
        new DraftSweeper(conversations, due, unsettled, outbox, config.messages(), clock);
    sweeper.start();
    scheduler.scheduleWithFixedDelay(every, every, sweeper::sweep);
    return sweeper;
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
      UnsettledDrafts unsettled,
      DueDrafts dueDrafts,
      Clock clock) {
    ReportFlow reports =
        new ReportFlow(
            triage, config.units(), config.categories(), config.sla(), filing, unsettled);
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
        conversations,
        outbox,
        config.messages(),
        reports,
        commands,
        buttons,
        followups,
        dueDrafts,
        clock);
  }

  @Singleton
  @Bean(preDestroy = "close")
  InboxProcessor inboxProcessor(
      Inbox inbox, List<UpdateHandler> handlers, @Value("${hotline.inbox.lanes:64}") int lanes) {
    return new InboxProcessor(inbox, handlers, lanes);
  }
}
