package vn.hotline.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hotline.report.ReportSheets.OverdueTicket;

/**
 * The report as an XLSX workbook: "Summary" (unit, period, time zone, when it was made, every total
 * figure), "By unit" and "By category" (a row per row of the statistics, a column per figure), and
 * "Overdue tickets". Numbers are numbers and times are dates in the report's time zone, so that a
 * reader can sort and sum; a figure with nothing to count is an empty cell.
 */
public final class ReportWorkbook {
  private static final String DATE_TIME = "dd/mm/yyyy hh:mm";

  private ReportWorkbook() {}

  public static byte[] write(ReportSheets data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "Hotline 1022", "1.0");
      ZoneId zone = data.byUnit().zone();
      summary(workbook.newWorksheet(data.labels().text("report.sheet.summary")), data, zone);
      rows(workbook.newWorksheet(data.labels().text("report.sheet.byUnit")), data.byUnit(), data);
      rows(
          workbook.newWorksheet(data.labels().text("report.sheet.byCategory")),
          data.byCategory(),
          data);
      overdue(workbook.newWorksheet(data.labels().text("report.sheet.overdue")), data, zone);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void summary(Worksheet sheet, ReportSheets data, ZoneId zone) {
    ReportLabels labels = data.labels();
    StatsResult stats = data.byUnit();
    heading(sheet, 0, labels.text("report.summary.unit"), stats.unitName());
    heading(sheet, 1, labels.text("report.summary.period"), stats.from() + " – " + stats.to());
    heading(sheet, 2, labels.text("report.summary.zone"), zone.getId());
    heading(sheet, 3, labels.text("report.summary.generatedAt"), "");
    dateTime(sheet, 3, 1, data.generatedAt(), zone);
    header(
        sheet,
        5,
        List.of(labels.text("report.summary.figure"), labels.text("report.summary.value")));
    List<String> names = ReportLabels.figureNames();
    List<Number> values = FigureValues.of(stats.total());
    for (int i = 0; i < names.size(); i++) {
      sheet.value(6 + i, 0, labels.figure(names.get(i)));
      number(sheet, 6 + i, 1, values.get(i));
    }
    sheet.width(0, 44);
    sheet.width(1, 24);
  }

  private static void rows(Worksheet sheet, StatsResult stats, ReportSheets data) {
    ReportLabels labels = data.labels();
    List<String> names = ReportLabels.figureNames();
    header(
        sheet,
        0,
        Stream.concat(
                Stream.of(labels.text("report.column.key"), labels.text("report.column.name")),
                names.stream().map(labels::figure))
            .toList());
    int r = 1;
    for (StatsResult.Row row : stats.rows()) {
      sheet.value(r, 0, row.key());
      sheet.value(r, 1, row.name());
      List<Number> values = FigureValues.of(row.figures());
      for (int i = 0; i < values.size(); i++) {
        number(sheet, r, 2 + i, values.get(i));
      }
      r++;
    }
    sheet.width(1, 28);
    sheet.freezePane(2, 1);
  }

  private static void overdue(Worksheet sheet, ReportSheets data, ZoneId zone) {
    ReportLabels labels = data.labels();
    header(
        sheet,
        0,
        List.of(
            labels.text("report.overdue.code"),
            labels.text("report.overdue.unit"),
            labels.text("report.overdue.category"),
            labels.text("report.overdue.priority"),
            labels.text("report.overdue.state"),
            labels.text("report.overdue.filedAt"),
            labels.text("report.overdue.dueAt"),
            labels.text("report.overdue.minutesLate"),
            labels.text("report.overdue.assignee")));
    int r = 1;
    for (OverdueTicket ticket : data.overdue()) {
      sheet.value(r, 0, ticket.code());
      sheet.value(r, 1, ticket.unitName());
      sheet.value(r, 2, ticket.categoryName());
      sheet.value(r, 3, ticket.priority());
      sheet.value(r, 4, ticket.state());
      dateTime(sheet, r, 5, ticket.filedAt(), zone);
      dateTime(sheet, r, 6, ticket.dueAt(), zone);
      sheet.value(r, 7, ticket.minutesLate());
      sheet.value(r, 8, ticket.assigneeName());
      r++;
    }
    for (int c = 0; c < 9; c++) {
      sheet.width(c, c == 1 || c == 2 || c == 8 ? 26 : 17);
    }
    sheet.freezePane(1, 1);
  }

  private static void heading(Worksheet sheet, int row, String label, String value) {
    sheet.value(row, 0, label);
    sheet.style(row, 0).bold().set();
    sheet.value(row, 1, value);
  }

  private static void header(Worksheet sheet, int row, List<String> titles) {
    for (int c = 0; c < titles.size(); c++) {
      sheet.value(row, c, titles.get(c));
      sheet.style(row, c).bold().wrapText(true).fillColor("DDEBF7").set();
    }
  }

  private static void number(Worksheet sheet, int row, int column, Number value) {
    if (value != null) {
      sheet.value(row, column, value);
    }
  }

  private static void dateTime(Worksheet sheet, int row, int column, Instant at, ZoneId zone) {
    if (at != null) {
      sheet.value(row, column, LocalDateTime.ofInstant(at, zone));
      sheet.style(row, column).format(DATE_TIME).set();
    }
  }
}
