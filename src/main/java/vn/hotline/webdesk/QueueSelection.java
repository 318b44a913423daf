package vn.hotline.webdesk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hotline.roster.OfficerId;

/**
 * Picks a page of the queue from the open tickets in the queue's order, in one pass that also
 * counts, for every filter, how many tickets each of its values would leave with the other filters
 * as they are: the numbers shown beside the filter's options.
 *
 * @param viewer the officer looking, for "assigned to me"
 * @param now the time overdue is judged at
 */
record QueueSelection(QueueScope scope, QueueQuery query, OfficerId viewer, Instant now) {
  static final int PAGE_SIZE = 50;

  /**
   * A page of the queue.
   *
   * @param rows the tickets of the page, in the queue's order
   * @param total how many tickets the query finds
   * @param inScope how many open tickets the viewer's units have, unfiltered
   * @param counts per facet, how many tickets each value would leave (the empty value: those
   *     without one)
   */
  record Result(
      List<OpenTicket> rows,
      int total,
      int inScope,
      int page,
      Map<QueueFacet, Map<String, Integer>> counts) {

    boolean hasNext() {
      return page * PAGE_SIZE < total;
    }

    int firstShown() {
      return rows.isEmpty() ? 0 : (page - 1) * PAGE_SIZE + 1;
    }

    int lastShown() {
      return (page - 1) * PAGE_SIZE + rows.size();
    }

    int count(QueueFacet facet, String value) {
      return counts.get(facet).getOrDefault(value, 0);
    }

    /** How many tickets the facet's filter would leave with no value chosen. */
    int all(QueueFacet facet) {
      return counts.get(facet).values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  Result select(List<OpenTicket> ordered) {
    String[] words = query.words();
    int skip = (query.page() - 1) * PAGE_SIZE;
    List<OpenTicket> rows = new ArrayList<>(PAGE_SIZE);
    Map<QueueFacet, Map<String, Integer>> counts = new EnumMap<>(QueueFacet.class);
    for (QueueFacet facet : QueueFacet.values()) {
      counts.put(facet, new HashMap<>());
    }
    String[] values = new String[QueueFacet.values().length];
    int total = 0;
    int inScope = 0;
    for (OpenTicket ticket : ordered) {
      if (!scope.covers(ticket.unitCode())) {
        continue;
      }
      inScope++;
      if (!found(ticket, words)) {
        continue;
      }
      QueueFacet refusedBy = null;
      int refusals = 0;
      for (QueueFacet facet : QueueFacet.values()) {
        values[facet.ordinal()] = facet.valueOf(ticket, now, viewer);
        if (!query.admits(facet, values[facet.ordinal()]) && refusals++ == 0) {
          refusedBy = facet;
        }
      }
      if (refusals == 0) {
        if (total++ >= skip && rows.size() < PAGE_SIZE) {
          rows.add(ticket);
        }
        for (QueueFacet facet : QueueFacet.values()) {
          counts.get(facet).merge(values[facet.ordinal()], 1, Integer::sum);
        }
      } else if (refusals == 1) {
        counts.get(refusedBy).merge(values[refusedBy.ordinal()], 1, Integer::sum);
      }
    }
    return new Result(rows, total, inScope, query.page(), counts);
  }

  /** How many of the tickets the query finds came into their queue after change {@code since}. */
  int arrivedSince(List<OpenTicket> ordered, long since) {
    String[] words = query.words();
    int arrived = 0;
    for (OpenTicket ticket : ordered) {
      if (ticket.arrival() > since && scope.covers(ticket.unitCode()) && admitted(ticket, words)) {
        arrived++;
      }
    }
    return arrived;
  }

  private boolean admitted(OpenTicket ticket, String[] words) {
    if (!found(ticket, words)) {
      return false;
    }
    for (QueueFacet facet : QueueFacet.values()) {
      if (!query.admits(facet, facet.valueOf(ticket, now, viewer))) {
        return false;
      }
    }
    return true;
  }

  /** Whether every searched word is in the ticket's code or text, diacritics aside. */
  private static boolean found(OpenTicket ticket, String[] words) {
    for (String word : words) {
      if (!ticket.folded().contains(word)) {
        return false;
      }
    }
    return true;
  }
}
