package vn.hotline.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.hotline.category.Categories;
import vn.hotline.ticket.Ticket;
import vn.hotline.ticket.TicketState;

/** What {@code GET requests} asks for, read from its query parameters as the spec defines them. */
sealed interface Open311Query {
  /** The spec's cap on one answer. */
  int MAX_REQUESTS = 1000;

  /** With no dates, the spec's default window: the last 90 days. */
  Duration DEFAULT_WINDOW = Duration.ofDays(90);

  /** {@code service_request_id} given: those tickets, and every other parameter ignored. */
  record ByIds(List<String> ids) implements Open311Query {}

  /**
   * The tickets filed from {@code start} (included) to {@code end} (excluded), of the services
   * named (all when empty), in the status groups named.
   */
  record Filtered(
      Set<String> serviceCodes, Instant start, Instant end, Set<TicketState.Group> statuses)
      implements Open311Query {
    boolean matches(Ticket ticket) {
      return (serviceCodes.isEmpty() || serviceCodes.contains(ticket.reported().category()))
          && statuses.contains(Open311Requests.status(ticket.state()));
    }
  }

  record Refused(Open311Error error) implements Open311Query {}

  static Open311Query read(
      String ids,
      String serviceCodes,
      String startDate,
      String endDate,
      String status,
      Categories categories,
      Instant now,
      ZoneId zone) {
    if (!isBlank(ids)) {
      List<String> listed = split(ids);
      return listed.size() > MAX_REQUESTS
          ? refused("at most " + MAX_REQUESTS + " service_request_id values")
          : new ByIds(listed);
    }
    Set<String> codes = Set.copyOf(split(serviceCodes));
    Optional<String> unknown = codes.stream().filter(c -> categories.find(c).isEmpty()).findFirst();
    if (unknown.isPresent()) {
      return refused("unknown service_code " + unknown.get());
    }
    Set<TicketState.Group> statuses = EnumSet.noneOf(TicketState.Group.class);
    for (String word : split(status)) {
      switch (word) {
        case "open" -> statuses.add(TicketState.Group.OPEN);
        case "closed" -> statuses.add(TicketState.Group.CLOSED);
        default -> {
          return refused("status must be open or closed");
        }
      }
    }
    Optional<Instant> start = time(startDate, zone);
    Optional<Instant> end = time(endDate, zone);
    if (!isBlank(startDate) && start.isEmpty()) {
      return refused("start_date is not an ISO 8601 date and time");
    }
    if (!isBlank(endDate) && end.isEmpty()) {
      return refused("end_date is not an ISO 8601 date and time");
    }
    Instant until = end.orElseGet(() -> start.map(s -> s.plus(DEFAULT_WINDOW)).orElse(now));
    Instant from = start.orElseGet(() -> until.minus(DEFAULT_WINDOW));
    if (from.isAfter(until)) {
      return refused("start_date is after end_date");
    }
    return new Filtered(
        codes, from, until, statuses.isEmpty() ? EnumSet.allOf(TicketState.Group.class) : statuses);
  }

  /**
   * An ISO 8601 date and time with its offset ({@code 2021-09-10T08:00:00+07:00}), or a date alone,
   * read as the start of that day where the hotline is.
   */
  private static Optional<Instant> time(String text, ZoneId zone) {
    if (isBlank(text)) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
    } catch (DateTimeParseException notDateTime) {
      try {
        return Optional.of(LocalDate.parse(text.strip()).atStartOfDay(zone).toInstant());
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static List<String> split(String text) {
    if (isBlank(text)) {
      return List.of();
    }
    return Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toList());
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private static Refused refused(String description) {
    return new Refused(Open311Error.badRequest(description));
  }
}
