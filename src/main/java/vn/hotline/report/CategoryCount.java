package vn.hotline.report;

/**
 * Counts a day's queued tickets by category number for {@link StatsBook#receivedByDayAndCategory};
 * a ticket charged only with an escalation was not received by the unit.
 */
record CategoryCount(long[] counts) implements DayShelf.Visitor {
  @Override
  public void queued(TicketFacts ticket) {
    if (ticket.category() >= 0) {
      counts[ticket.category()]++;
    }
  }

  @Override
  public void chargedOnly(TicketFacts ticket) {
    // Counted where it is queued, as "received" is.
  }
}
