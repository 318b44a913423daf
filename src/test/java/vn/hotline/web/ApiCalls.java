package vn.hotline.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.hotline.access.ApiKeys;
import vn.hotline.testing.TempDirs;

/** Calls the API as an outside client would, and reads its JSON, CSV and XLSX answers. */
final class ApiCalls {
  static final ObjectMapper JSON = new ObjectMapper();

  private final URI base;
  private final HttpClient client = HttpClient.newHttpClient();

  ApiCalls(URI base) {
    this.base = base;
  }

  /**
   * A copy of the shipped {@code bot-config} with an {@code api-keys.yml} of the given entries
   * ({@code name, key, units, scopes} each, the key hashed as the file wants it).
   */
  static Path configWithKeys(String... entries) {
    Path dir = TempDirs.create("hotline-api-config");
    try (Stream<Path> files = Files.list(Path.of("bot-config"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, dir.resolve(file.getFileName()));
      }
      StringBuilder yaml = new StringBuilder("keys:\n");
      for (int i = 0; i < entries.length; i += 4) {
        yaml.append(
            "  - {name: \"%s\", sha256: \"%s\", units: %s, scopes: %s}\n"
                .formatted(
                    entries[i], ApiKeys.sha256Hex(entries[i + 1]), entries[i + 2], entries[i + 3]));
      }
      Files.writeString(dir.resolve("api-keys.yml"), yaml);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return dir;
  }

  HttpResponse<byte[]> get(String pathAndQuery, String key) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery));
    if (key != null) {
      request.header("Authorization", "Bearer " + key);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  JsonNode json(String pathAndQuery, String key) throws Exception {
    HttpResponse<byte[]> response = get(pathAndQuery, key);
    assertThat(response.statusCode())
        .as(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    return JSON.readTree(response.body());
  }

  /** The error answer's status and body. */
  JsonNode refusal(String pathAndQuery, String key, int status) throws Exception {
    HttpResponse<byte[]> response = get(pathAndQuery, key);
    assertThat(response.statusCode()).isEqualTo(status);
    return JSON.readTree(response.body());
  }

  /** Header and rows of a CSV download, as strings. */
  List<List<String>> csv(String pathAndQuery, String key) throws Exception {
    HttpResponse<byte[]> response = download(pathAndQuery, key, "text/csv", ".csv");
    String text = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF");
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180)) {
      parser.forEach(record -> rows.add(record.toList()));
    }
    return rows;
  }

  /** Header and rows of the first sheet of an XLSX download; an empty cell is null. */
  List<List<Object>> xlsx(String pathAndQuery, String key) throws Exception {
    HttpResponse<byte[]> response =
        download(
            pathAndQuery,
            key,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            ".xlsx");
    List<List<Object>> rows = new ArrayList<>();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(response.body()))) {
      List<Row> sheet = workbook.getFirstSheet().read();
      int width = sheet.getFirst().getCellCount();
      for (Row row : sheet) {
        List<Object> values = new ArrayList<>();
        for (int c = 0; c < width; c++) {
          values.add(row.getOptionalCell(c).map(cell -> cell.getValue()).orElse(null));
        }
        rows.add(values);
      }
    }
    return rows;
  }

  private HttpResponse<byte[]> download(String pathAndQuery, String key, String type, String ext)
      throws Exception {
    HttpResponse<byte[]> response = get(pathAndQuery, key);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(value -> assertThat(value).startsWith(type));
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(
            value -> assertThat(value).startsWith("attachment; filename=").endsWith(ext + "\""));
    return response;
  }

  /** Whether a JSON value and a CSV or XLSX cell say the same thing. */
  static boolean same(JsonNode json, Object cell) {
    if (json.isNull()) {
      return cell == null || cell.toString().isEmpty();
    }
    if (json.isNumber()) {
      return cell != null && json.decimalValue().compareTo(new BigDecimal(cell.toString())) == 0;
    }
    return json.asText().equals(cell == null ? "" : cell.toString());
  }

  /** Asserts that {@code rows} (header first) hold exactly the JSON objects, field by field. */
  static void assertSameRows(List<JsonNode> objects, List<? extends List<?>> rows) {
    List<String> header = rows.getFirst().stream().map(String::valueOf).toList();
    assertThat(rows).hasSize(objects.size() + 1);
    for (int r = 0; r < objects.size(); r++) {
      JsonNode object = objects.get(r);
      List<String> fields = new ArrayList<>();
      object.fieldNames().forEachRemaining(fields::add);
      assertThat(header).as("columns").isEqualTo(fields);
      for (int c = 0; c < header.size(); c++) {
        Object cell = rows.get(r + 1).get(c);
        assertThat(same(object.get(header.get(c)), cell))
            .as("row %d %s: JSON %s, export %s", r, header.get(c), object.get(header.get(c)), cell)
            .isTrue();
      }
    }
  }
}
