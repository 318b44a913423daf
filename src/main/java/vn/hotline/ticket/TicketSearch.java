package vn.hotline.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.hotline.unit.UnitCode;

/**
 * Which tickets to list: those in the queues of some units, filed in a period, optionally in one
 * state and of one category.
 *
 * @param unitCodes the units whose queues count (give every unit of a subtree for the subtree)
 * @param filedFrom the earliest filing time, included
 * @param filedUntil the latest filing time, excluded
 */
public record TicketSearch(
    Set<UnitCode> unitCodes,
    Instant filedFrom,
    Instant filedUntil,
    Optional<TicketState> state,
    Optional<String> category) {

  public TicketSearch {
    unitCodes = Set.copyOf(unitCodes);
    Objects.requireNonNull(filedFrom, "filedFrom");
    Objects.requireNonNull(filedUntil, "filedUntil");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(category, "category");
  }

  public static TicketSearch filedIn(Collection<UnitCode> units, Instant from, Instant until) {
    return new TicketSearch(Set.copyOf(units), from, until, Optional.empty(), Optional.empty());
  }
}
