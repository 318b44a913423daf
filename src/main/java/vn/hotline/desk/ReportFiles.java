package vn.hotline.desk;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hotline.config.Outlines;
import vn.hotline.notify.OutboundFile;
import vn.hotline.notify.OutboundMessage;
import vn.hotline.report.ProvinceMap;
import vn.hotline.report.ReportCharts;
import vn.hotline.report.ReportLabels;
import vn.hotline.report.ReportSheets;
import vn.hotline.report.ReportWorkbook;
import vn.hotline.report.StatsResult;
import vn.hotline.unit.Outline;

/**
 * The files of a report, ready for the outbox: the charts and the map as photos, the spreadsheet as
 * a document. The map needs the districts' outlines ({@code bot-config/boundaries.json}); without
 * them the province report has no map.
 */
public final class ReportFiles {
  private final List<Outline> districts;

  private ReportFiles(List<Outline> districts) {
    this.districts = List.copyOf(districts);
  }

  /** The files for the deployment configured in {@code configDir}. */
  public static ReportFiles from(Path configDir) {
    return new ReportFiles(Outlines.read(configDir));
  }

  boolean hasMap() {
    return !districts.isEmpty();
  }

  OutboundMessage photo(String id, long chat, String name, byte[] png) {
    return OutboundMessage.photoFile(id, chat, "", new OutboundFile(name, png));
  }

  byte[] perDayChart(
      ReportLabels labels,
      Map<LocalDate, Map<String, Long>> counts,
      Map<String, String> categoryNames,
      String title) {
    return new ReportCharts(labels).ticketsPerDayByCategory(counts, categoryNames, title);
  }

  byte[] ackChart(ReportLabels labels, StatsResult byUnit, String title) {
    return new ReportCharts(labels).timeToAcknowledgeByUnit(byUnit, title);
  }

  /** The districts shaded by the share of tickets acknowledged within the SLA. */
  byte[] map(ReportLabels labels, StatsResult byDistrict, String title, String legend) {
    Map<String, Double> shares = new HashMap<>();
    for (StatsResult.Row row : byDistrict.rows()) {
      if (row.figures().ackWithinSlaPct() != null) {
        shares.put(row.key(), row.figures().ackWithinSlaPct());
      }
    }
    return new ProvinceMap(labels).render(districts, shares, title, legend);
  }

  OutboundMessage workbook(
      String id,
      long chat,
      String caption,
      String name,
      ReportLabels labels,
      StatsResult byUnit,
      StatsResult byCategory,
      List<ReportSheets.OverdueTicket> overdue,
      Instant generatedAt) {
    byte[] xlsx =
        ReportWorkbook.write(new ReportSheets(byUnit, byCategory, overdue, generatedAt, labels));
    return OutboundMessage.document(id, chat, caption, new OutboundFile(name, xlsx));
  }
}
