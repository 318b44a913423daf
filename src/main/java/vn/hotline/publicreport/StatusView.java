package vn.hotline.publicreport;

import java.util.List;

/**
 * What anyone with a ticket's code may read of it: the kind, when it was filed, where it stands in
 * plain words and what the officers told the citizen. Never the report's text, who sent it, their
 * contact or the officers' own notes.
 *
 * @param duplicateOf the code of the ticket this one repeats, or empty
 * @param events what happened, the oldest first, as the citizen is told on Telegram
 */
public record StatusView(
    String code,
    String category,
    String filedAt,
    String state,
    String duplicateOf,
    List<Event> events) {

  public StatusView {
    events = List.copyOf(events);
  }

  /**
   * One step the citizen is told of.
   *
   * @param note the officers' word to the citizen (an update, a result, a reason), or empty
   */
  public record Event(String at, String what, String note) {}
}
