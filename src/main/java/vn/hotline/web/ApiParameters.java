package vn.hotline.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import vn.hotline.access.ApiKey;
import vn.hotline.access.Scope;
import vn.hotline.category.Categories;
import vn.hotline.config.BotConfig;
import vn.hotline.report.Split;
import vn.hotline.ticket.TicketState;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * Reads the query parameters the API endpoints share, and checks them against the caller's key.
 * Each method returns the value or throws the {@link ApiRefusal} that names the parameter.
 */
@Singleton
final class ApiParameters {
  static final int MAX_PERIOD_DAYS = 366;

  private final UnitTree units;
  private final Categories categories;
  private final ZoneId zone;
  private final Clock clock;

  ApiParameters(BotConfig config, Clock clock) {
    this.units = config.units();
    this.categories = config.categories();
    this.zone = config.sla().zone();
    this.clock = clock;
  }

  ZoneId zone() {
    return zone;
  }

  UnitTree units() {
    return units;
  }

  void requireScope(ApiKey key, Scope scope) {
    if (!key.allows(scope)) {
      throw ApiRefusal.forbidden(null, "this API key lacks the scope " + scope.id());
    }
  }

  /**
   * The unit asked about, which the key must cover; with no {@code unit} parameter, the key's own
   * unit when it has only one.
   */
  Unit unit(ApiKey key, @Nullable String code) {
    String asked = blankToNull(code);
    if (asked == null) {
      if (key.units().size() != 1) {
        throw ApiRefusal.badParameter("unit", "unit is required (a unit code)");
      }
      asked = key.units().getFirst().value();
    }
    String shown = asked;
    Unit unit =
        UnitCode.parse(asked)
            .flatMap(units::find)
            .orElseThrow(() -> ApiRefusal.badParameter("unit", "unknown unit " + shown));
    if (!key.covers(unit, units)) {
      throw ApiRefusal.forbidden("unit", "this API key does not cover unit " + unit.code());
    }
    return unit;
  }

  /** The period, both ends included; each end defaults to today in the SLA time zone. */
  ApiPeriod period(@Nullable String from, @Nullable String to) {
    LocalDate today = LocalDate.now(clock.withZone(zone));
    LocalDate start = date("from", from, today);
    LocalDate end = date("to", to, today);
    if (end.isBefore(start)) {
      throw ApiRefusal.badParameter("to", "to is before from");
    }
    if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_PERIOD_DAYS) {
      throw ApiRefusal.badParameter("to", "the period is longer than " + MAX_PERIOD_DAYS + " days");
    }
    return new ApiPeriod(start, end, zone);
  }

  Split split(@Nullable String by) {
    String text = blankToNull(by);
    if (text == null) {
      return Split.UNIT;
    }
    return Split.parse(text)
        .orElseThrow(
            () ->
                ApiRefusal.badParameter(
                    "by", "by is " + text + ", expected unit, category, priority or day"));
  }

  Optional<TicketState> state(@Nullable String state) {
    String text = blankToNull(state);
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(TicketState.valueOf(text.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      throw ApiRefusal.badParameter("state", "unknown state " + text);
    }
  }

  Optional<String> category(@Nullable String category) {
    String text = blankToNull(category);
    if (text == null) {
      return Optional.empty();
    }
    String code = text.toUpperCase(Locale.ROOT);
    if (categories.find(code).isEmpty()) {
      throw ApiRefusal.badParameter("category", "unknown category " + text);
    }
    return Optional.of(code);
  }

  /** The page number, from 1. */
  int page(@Nullable String page) {
    String text = blankToNull(page);
    if (text == null) {
      return 1;
    }
    try {
      int number = Integer.parseInt(text);
      if (number >= 1) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below, as for a number below 1
    }
    throw ApiRefusal.badParameter("page", "page is " + text + ", expected a whole number from 1");
  }

  private static LocalDate date(String name, @Nullable String text, LocalDate fallback) {
    String value = blankToNull(text);
    if (value == null) {
      return fallback;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiRefusal.badParameter(name, name + " is " + value + ", expected a date YYYY-MM-DD");
    }
  }

  private static String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
