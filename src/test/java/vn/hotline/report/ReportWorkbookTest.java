package vn.hotline.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hotline.report.RenderFixtures.ENGLISH;
import static vn.hotline.report.RenderFixtures.HO_CHI_MINH;
import static vn.hotline.report.RenderFixtures.VIETNAMESE;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import vn.hotline.report.ReportSheets.OverdueTicket;
import vn.hotline.unit.UnitCode;

class ReportWorkbookTest {
  static final StatsResult BY_DISTRICT =
      RenderFixtures.provinceByDistrict(RenderFixtures.districts());
  static final StatsResult BY_CATEGORY =
      new StatsResult(
          new UnitCode("70"),
          "Tỉnh Bình Phước",
          RenderFixtures.FROM,
          RenderFixtures.TO,
          HO_CHI_MINH,
          Split.CATEGORY,
          BY_DISTRICT.total(),
          List.of(
              new StatsResult.Row(
                  "HELP_FOOD", "Hỗ trợ lương thực", RenderFixtures.figures(120, 88.0, 420L, 1500L)),
              new StatsResult.Row(
                  "GATHERING", "Tụ tập đông người", RenderFixtures.figures(0, null, null, null))));
  static final Instant FILED = Instant.parse("2021-08-15T01:20:00Z");
  static final OverdueTicket LATE =
      new OverdueTicket(
          "PN-4K7Q",
          "Xã Tiến Thành",
          "Hỗ trợ lương thực",
          "Cao",
          "Chờ tiếp nhận",
          FILED,
          FILED.plusSeconds(1800),
          95,
          "");
  static final Instant GENERATED = Instant.parse("2021-08-15T09:00:00Z");

  @Test
  void summarySheetGivesTheUnitPeriodZoneTimeAndEveryTotalFigure() throws IOException {
    List<List<Row>> sheets =
        read(new ReportSheets(BY_DISTRICT, BY_CATEGORY, List.of(LATE), GENERATED, VIETNAMESE));
    Map<Integer, Row> summary = byNumber(sheets.getFirst());

    assertThat(summary.get(0).getCellText(1)).isEqualTo("Tỉnh Bình Phước");
    assertThat(summary.get(1).getCellText(1)).isEqualTo("2021-08-09 – 2021-08-15");
    assertThat(summary.get(2).getCellText(1)).isEqualTo("Asia/Ho_Chi_Minh");
    assertThat(summary.get(3).getCellAsDate(1)).contains(LocalDateTime.of(2021, 8, 15, 16, 0));
    List<String> names = ReportLabels.figureNames();
    List<Number> totals = FigureValues.of(BY_DISTRICT.total());
    for (int i = 0; i < names.size(); i++) {
      Row row = summary.get(6 + i);
      assertThat(row.getCellText(0)).isEqualTo(VIETNAMESE.figure(names.get(i)));
      assertThat(row.getCellAsNumber(1)).contains(decimal(totals.get(i)));
    }
  }

  @Test
  void byUnitAndByCategorySheetsHaveARowPerRowAndAColumnPerFigure() throws IOException {
    List<List<Row>> sheets =
        read(new ReportSheets(BY_DISTRICT, BY_CATEGORY, List.of(), GENERATED, ENGLISH));

    assertRows(sheets.get(1), BY_DISTRICT);
    assertRows(sheets.get(2), BY_CATEGORY);
    assertThat(sheets.get(1).getFirst().getCellText(2)).isEqualTo("Received");
  }

  @Test
  void overdueSheetListsEachTicketWithItsTimesInTheReportsZone() throws IOException {
    List<List<Row>> sheets =
        read(new ReportSheets(BY_DISTRICT, BY_CATEGORY, List.of(LATE), GENERATED, VIETNAMESE));
    List<Row> overdue = sheets.get(3);

    assertThat(overdue).hasSize(2);
    assertThat(overdue.getFirst().getCellText(0)).isEqualTo("Mã phản ánh");
    Row row = overdue.get(1);
    assertThat(Stream.of(0, 1, 2, 3, 4).map(row::getCellText))
        .containsExactly("PN-4K7Q", "Xã Tiến Thành", "Hỗ trợ lương thực", "Cao", "Chờ tiếp nhận");
    assertThat(row.getCellAsDate(5)).contains(LocalDateTime.of(2021, 8, 15, 8, 20));
    assertThat(row.getCellAsDate(6)).contains(LocalDateTime.of(2021, 8, 15, 8, 50));
    assertThat(row.getCellAsNumber(7)).contains(BigDecimal.valueOf(95));
    assertThat(row.getCellText(8)).isEmpty();
  }

  @Test
  void sheetsAreNamedInTheReadersLanguage() throws IOException {
    byte[] xlsx =
        ReportWorkbook.write(
            new ReportSheets(BY_DISTRICT, BY_CATEGORY, List.of(), GENERATED, ENGLISH));
    RenderFixtures.save("report-en.xlsx", xlsx);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      assertThat(workbook.getSheets().map(Sheet::getName))
          .containsExactly("Summary", "By unit", "By category", "Overdue tickets");
    }
  }

  private static void assertRows(List<Row> sheet, StatsResult stats) {
    assertThat(sheet).hasSize(1 + stats.rows().size());
    for (int r = 0; r < stats.rows().size(); r++) {
      StatsResult.Row expected = stats.rows().get(r);
      Row row = sheet.get(1 + r);
      assertThat(row.getCellText(0)).isEqualTo(expected.key());
      assertThat(row.getCellText(1)).isEqualTo(expected.name());
      List<Number> values = FigureValues.of(expected.figures());
      for (int i = 0; i < values.size(); i++) {
        assertThat(row.getCellAsNumber(2 + i))
            .isEqualTo(Optional.ofNullable(decimal(values.get(i))));
      }
    }
  }

  private static List<List<Row>> read(ReportSheets data) throws IOException {
    byte[] xlsx = ReportWorkbook.write(data);
    try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
      return workbook
          .getSheets()
          .map(
              sheet -> {
                try {
                  return sheet.read();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }

  // The reader leaves out empty rows: a row is found by its number (0 for the first).
  private static Map<Integer, Row> byNumber(List<Row> rows) {
    Map<Integer, Row> byNumber = new HashMap<>();
    rows.forEach(row -> byNumber.put(row.getRowNum() - 1, row));
    return byNumber;
  }

  private static BigDecimal decimal(Number n) {
    return n == null ? null : new BigDecimal(n.toString());
  }
}
