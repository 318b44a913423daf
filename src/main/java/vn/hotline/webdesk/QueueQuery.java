package vn.hotline.webdesk;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import vn.hotline.category.Priority;
import vn.hotline.messages.TextCut;
import vn.hotline.ticket.TicketState;
import vn.hotline.unit.NameKey;

/**
 * What an officer asked the queue for, read leniently from the page's query parameters: a value
 * that cannot be one (a closed state, a page below 1) is dropped rather than refused, as a link
 * typed by hand deserves a queue, not an error page.
 *
 * @param selected the one value chosen for each filtered facet
 * @param text what to search for in the report texts and codes, as typed
 * @param page the page asked for, from 1
 */
record QueueQuery(Map<QueueFacet, String> selected, String text, int page) {
  static final String TEXT = "q";
  static final String PAGE = "page";
  private static final int LONGEST_TEXT = 200;
  private static final int LAST_PAGE = 10_000;

  QueueQuery {
    selected = Collections.unmodifiableMap(new EnumMap<>(selected));
  }

  static QueueQuery all() {
    return new QueueQuery(new EnumMap<>(QueueFacet.class), "", 1);
  }

  /** The query the parameters describe; {@code parameter} gives null for one not sent. */
  static QueueQuery read(Function<String, String> parameter) {
    Map<QueueFacet, String> selected = new EnumMap<>(QueueFacet.class);
    for (QueueFacet facet : QueueFacet.values()) {
      String value = parameter.apply(facet.parameter());
      if (value != null && !value.isBlank() && fits(facet, value.strip())) {
        selected.put(facet, value.strip());
      }
    }
    String text = parameter.apply(TEXT);
    return new QueueQuery(
        selected,
        text == null ? "" : TextCut.plain(text.strip(), LONGEST_TEXT),
        pageNumber(parameter.apply(PAGE)));
  }

  private static boolean fits(QueueFacet facet, String value) {
    return switch (facet) {
      case STATE ->
          Arrays.stream(TicketState.values()).anyMatch(s -> s.isOpen() && s.name().equals(value));
      case URGENCY -> Arrays.stream(Priority.values()).anyMatch(p -> p.name().equals(value));
      case OVERDUE, MINE -> QueueFacet.YES.equals(value);
      case CATEGORY, COMMUNE, VILLAGE -> value.length() <= 40;
    };
  }

  private static int pageNumber(String text) {
    try {
      return text == null ? 1 : Math.clamp(Integer.parseInt(text.strip()), 1, LAST_PAGE);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  Optional<String> selection(QueueFacet facet) {
    return Optional.ofNullable(selected.get(facet));
  }

  boolean isSelected(QueueFacet facet, String value) {
    return value.equals(selected.get(facet));
  }

  /** Whether a ticket whose value for {@code facet} is {@code value} passes that filter. */
  boolean admits(QueueFacet facet, String value) {
    String wanted = selected.get(facet);
    return wanted == null || wanted.equals(value);
  }

  /** The searched words as the search compares them: without diacritics, in lower case. */
  String[] words() {
    String folded = NameKey.fold(text);
    return folded.isEmpty() ? new String[0] : folded.split(" ");
  }

  boolean narrowed() {
    return !selected.isEmpty() || !text.isBlank();
  }

  /** The address of another page of the same query. */
  String link(int number) {
    StringJoiner parameters = new StringJoiner("&");
    selected.forEach((facet, value) -> parameters.add(facet.parameter() + "=" + encode(value)));
    if (!text.isBlank()) {
      parameters.add(TEXT + "=" + encode(text));
    }
    if (number > 1) {
      parameters.add(PAGE + "=" + number);
    }
    return parameters.length() == 0 ? "/" : "/?" + parameters;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
