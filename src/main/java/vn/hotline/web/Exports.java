package vn.hotline.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes a {@link Table} as a CSV or XLSX download. */
public final class Exports {
  static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");
  static final MediaType XLSX =
      MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private Exports() {}

  public static HttpResponse<byte[]> csv(Table table, String fileName) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // A byte order mark, so that Excel reads the Vietnamese names as UTF-8.
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader(table.header().toArray(String[]::new)).get();
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, format)) {
      for (List<Object> row : table.rows()) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return download(bytes.toByteArray(), CSV, fileName + ".csv");
  }

  public static HttpResponse<byte[]> xlsx(Table table, String sheetName, String fileName) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Workbook workbook = new Workbook(bytes, "hotline-bot", "1.0")) {
      Worksheet sheet = workbook.newWorksheet(sheetName);
      for (int c = 0; c < table.header().size(); c++) {
        sheet.value(0, c, table.header().get(c));
      }
      for (int r = 0; r < table.rows().size(); r++) {
        List<Object> row = table.rows().get(r);
        for (int c = 0; c < row.size(); c++) {
          switch (row.get(c)) {
            case null -> {} // an empty cell, as null is in JSON
            case Number number -> sheet.value(r + 1, c, number);
            case Object other -> sheet.value(r + 1, c, other.toString());
          }
        }
      }
      sheet.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return download(bytes.toByteArray(), XLSX, fileName + ".xlsx");
  }

  private static HttpResponse<byte[]> download(byte[] body, MediaType type, String fileName) {
    return HttpResponse.ok(body)
        .contentType(type)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
  }
}
