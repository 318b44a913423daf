package vn.hotline.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.hotline.unit.UnitCode;

/**
 * A ticket filed before its place was settled: the citizen named a commune that several districts
 * have, or no place at all, and did not choose in time (or the report was urgent). Such a ticket
 * waits in the queue of the lowest unit covering every candidate, and its place is that unit.
 *
 * <p>The ticket carries the fact in the note of its {@link HistoryEntry.Kind#FILED} entry, which
 * starts with {@link #MARK} and lists the candidate unit codes: no new field on {@link Ticket}, and
 * the history says how the ticket came to be where it is. The place is settled by the first
 * transfer (the citizen's choice or an officer's).
 *
 * @param candidates the unit codes the citizen was offered, possibly none
 */
public record UncertainPlace(List<UnitCode> candidates) {
  /** How the filing note of a ticket with an uncertain place begins. */
  public static final String MARK = "place?";

  public UncertainPlace {
    candidates = List.copyOf(candidates);
  }

  /** The note of the filing entry that records this uncertainty. */
  public String note() {
    return candidates.isEmpty()
        ? MARK
        : MARK + " " + candidates.stream().map(UnitCode::value).collect(Collectors.joining(" "));
  }

  /** The uncertainty of a ticket's place, while no transfer has settled it. */
  public static Optional<UncertainPlace> of(Ticket ticket) {
    List<HistoryEntry> history = ticket.history();
    boolean settled = history.stream().anyMatch(e -> e.kind() == HistoryEntry.Kind.TRANSFERRED);
    String note = history.getFirst().note();
    if (settled || !(note.equals(MARK) || note.startsWith(MARK + " "))) {
      return Optional.empty();
    }
    String codes = note.substring(MARK.length()).strip();
    return Optional.of(
        new UncertainPlace(
            codes.isEmpty()
                ? List.of()
                : Arrays.stream(codes.split(" +")).map(UnitCode::new).toList()));
  }
}
