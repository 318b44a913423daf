package vn.hotline.sla;

import java.util.List;
import vn.hotline.ticket.Ticket;

/** Tells people about service-level steps taken on tickets: the channel side of the clock. */
public interface SlaAlerts {

  /** A step just taken on time: alert the unit it concerns. */
  void stepped(Ticket ticket, SlaStep step);

  /**
   * Steps that fell due while no instance was running, taken at start-up: one summary per group
   * instead of an alert per ticket.
   */
  void backlog(List<Taken> taken);

  /** A step and the ticket after it. */
  record Taken(Ticket ticket, SlaStep step) {}
}
