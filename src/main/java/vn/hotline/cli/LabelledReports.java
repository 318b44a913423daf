package vn.hotline.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.hotline.category.Categories;
import vn.hotline.category.Priority;
import vn.hotline.triage.Evaluation;

/**
 * A file of labelled reports, one JSON object a line: {@code text} and {@code category}, optionally
 * {@code urgency} and {@code place} (a unit code, codes joined by {@code |}, or {@code NONE}).
 */
final class LabelledReports {
  private static final ObjectMapper JSON = new ObjectMapper();

  private LabelledReports() {}

  /** A report and what is expected of it. */
  record Labelled(String text, Evaluation.Expected expected) {}

  /** The reports of the file, or an {@link IllegalArgumentException} naming the first bad line. */
  static List<Labelled> read(Path file, Categories categories) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Labelled> reports = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        reports.add(labelled(lines.get(i), categories, file.getFileName() + ":" + (i + 1) + ": "));
      }
    }
    return reports;
  }

  private static Labelled labelled(String line, Categories categories, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + "not JSON: " + e.getOriginalMessage());
    }
    String text = node.path("text").asText(null);
    String category = node.path("category").asText(null);
    if (text == null || category == null || categories.find(category).isEmpty()) {
      throw new IllegalArgumentException(
          where + "needs a \"text\" and a \"category\" of categories.yml");
    }
    Priority urgency;
    try {
      urgency = node.hasNonNull("urgency") ? Priority.valueOf(node.get("urgency").asText()) : null;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + "\"urgency\" must be URGENT, HIGH or NORMAL");
    }
    String place = node.hasNonNull("place") ? node.get("place").asText() : null;
    return new Labelled(text, new Evaluation.Expected(category, urgency, place));
  }
}
