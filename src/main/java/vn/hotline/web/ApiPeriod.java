package vn.hotline.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Local dates asked for, both ends included, in the SLA time zone. */
record ApiPeriod(LocalDate from, LocalDate to, ZoneId zone) {

  Instant start() {
    return from.atStartOfDay(zone).toInstant();
  }

  /** The first instant after the period. */
  Instant end() {
    return to.plusDays(1).atStartOfDay(zone).toInstant();
  }
}
