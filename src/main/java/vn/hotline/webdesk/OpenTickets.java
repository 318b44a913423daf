package vn.hotline.webdesk;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import vn.hotline.ticket.Ticket;
import vn.hotline.unit.UnitTree;

/**
 * The open tickets of every unit, kept in memory for the queue: fed every ticket at start-up and
 * every change after it (this instance's saves, and other instances' changes as the ticket feed
 * reads them), so that a page of the queue never reads the store. Closed tickets are dropped.
 *
 * <p>The feed may bring a ticket more than once and an older copy after a newer one: the higher
 * version wins, and a ticket once seen closed stays out, since nothing reopens a closed ticket.
 */
final class OpenTickets {
  private final UnitTree units;
  private final Map<String, OpenTicket> byCode = new HashMap<>();
  // Kept in the queue's order as tickets change, so that no page sorts them all.
  private final NavigableSet<OpenTicket> ordered = new TreeSet<>(OpenTicket.QUEUE_ORDER);
  // Codes of tickets seen closed: a late, older copy of one must not bring it back.
  private final Set<String> closed = new HashSet<>();
  private long changes;
  private Snapshot snapshot = new Snapshot(0, List.of());

  OpenTickets(UnitTree units) {
    this.units = units;
  }

  /**
   * The open tickets in the queue's order, and the number of the last change they include.
   *
   * @param changes how many changes the view has taken in; a page shows it, and asks later what
   *     arrived since
   */
  record Snapshot(long changes, List<OpenTicket> ordered) {}

  /** Takes in a ticket as saved; an older copy of a ticket already known changes nothing. */
  synchronized void update(Ticket ticket) {
    String key = ticket.code().compact();
    OpenTicket known = byCode.get(key);
    if (closed.contains(key) || (known != null && known.version() >= ticket.version())) {
      return;
    }
    if (known != null) {
      ordered.remove(known);
    }
    changes++;
    snapshot = null;
    if (!ticket.state().isOpen()) {
      closed.add(key);
      byCode.remove(key);
      return;
    }
    // A ticket is new to a queue when it is filed or transferred into it.
    boolean arrived = known == null || !known.unitCode().equals(ticket.whereabouts().unitCode());
    OpenTicket line = OpenTicket.of(ticket, units, arrived ? changes : known.arrival());
    byCode.put(key, line);
    ordered.add(line);
  }

  /** The open tickets as of now, copied once per change rather than once per page. */
  synchronized Snapshot snapshot() {
    if (snapshot == null) {
      snapshot = new Snapshot(changes, List.copyOf(ordered));
    }
    return snapshot;
  }
}
