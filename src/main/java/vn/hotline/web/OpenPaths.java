package vn.hotline.web;

import java.util.List;

/**
 * The paths anyone may open without a session. Everything else needs one (pages) or an API key
 * ({@code /api/}, checked by {@link ApiKeyFilter}); a path left off this list is closed, not open.
 */
final class OpenPaths {
  private static final List<String> EXACT =
      List.of("/health", "/signin", "/lang", "/favicon.ico", "/report", "/status");
  private static final List<String> PREFIXES =
      List.of(
          "/health/",
          "/signin/",
          "/static/",
          "/assets/",
          // checked by their own filters and controllers: API keys, the metrics token, the
          // webhook's secret path
          "/api/",
          "/prometheus",
          "/telegram/webhook/",
          // Open311 GeoReport v2: public reads by design, an api_key only adds what was reported
          "/open311/",
          // the public report page's result, and the status of one ticket: its state and public
          // notes only
          "/report/",
          "/status/");

  private OpenPaths() {}

  static boolean isOpen(String path) {
    return EXACT.contains(path) || PREFIXES.stream().anyMatch(path::startsWith);
  }

  /**
   * The demo's page, open to anyone only in demo mode: there the bot talks to a stand-in for
   * Telegram with the demo roster, and a real bot token is refused.
   */
  static boolean isOpenInDemo(String path) {
    return path.equals("/demo") || path.startsWith("/demo/");
  }
}
