package vn.hotline.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rows of values under named columns: what a JSON answer lists and what CSV and XLSX exports write,
 * built once so that the three agree. A value is a string, a number or {@code null}.
 */
public record Table(List<String> header, List<List<Object>> rows) {

  static <T> Table of(List<Column<T>> columns, List<T> items) {
    List<List<Object>> rows = new ArrayList<>(items.size());
    for (T item : items) {
      List<Object> row = new ArrayList<>(columns.size());
      for (Column<T> column : columns) {
        row.add(column.value().apply(item));
      }
      rows.add(row);
    }
    return new Table(columns.stream().map(Column::name).toList(), rows);
  }

  /** Each row as a JSON object, fields in column order, nulls kept. */
  List<Map<String, Object>> objects() {
    return rows.stream().map(this::object).toList();
  }

  private Map<String, Object> object(List<Object> row) {
    Map<String, Object> object = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      object.put(header.get(i), row.get(i));
    }
    return object;
  }
}
