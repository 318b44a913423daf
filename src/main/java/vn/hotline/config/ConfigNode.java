package vn.hotline.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A node of a YAML configuration file that remembers where it stands, so that every problem is
 * reported as {@code file:line: what}.
 */
final class ConfigNode {
  private final String file;
  private final Node node;

  private ConfigNode(String file, Node node) {
    this.file = file;
    this.node = node;
  }

  /** Parses {@code path}; {@code shownAs} is how the file is named in errors. */
  static ConfigNode read(Path path, String shownAs) {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
      if (root == null) {
        throw new ConfigException(shownAs + ": the file is empty");
      }
      return new ConfigNode(shownAs, root);
    } catch (NoSuchFileException e) {
      throw new ConfigException(shownAs + ": file not found");
    } catch (MarkedYAMLException e) {
      throw new ConfigException(syntaxError(shownAs, e), e);
    } catch (IOException | YAMLException e) {
      throw new ConfigException(shownAs + ": not valid YAML: " + firstLine(e.getMessage()), e);
    }
  }

  // SnakeYAML's own message spans several lines and draws the place with a caret; one line with
  // the file and the line number says the same.
  private static String syntaxError(String shownAs, MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String where = mark == null ? shownAs : shownAs + ":" + (mark.getLine() + 1);
    String problem = e.getProblem() != null ? e.getProblem() : firstLine(e.getMessage());
    String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
    return where + ": not valid YAML: " + problem + context;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  int line() {
    return node.getStartMark().getLine() + 1;
  }

  ConfigException problem(String what) {
    return new ConfigException(file + ":" + line() + ": " + what);
  }

  private Map<String, ConfigNode> mapping() {
    if (!(node instanceof MappingNode map)) {
      throw problem("expected a mapping of keys to values");
    }
    Map<String, ConfigNode> entries = new LinkedHashMap<>();
    for (NodeTuple tuple : map.getValue()) {
      ConfigNode key = new ConfigNode(file, tuple.getKeyNode());
      entries.put(key.scalar(), new ConfigNode(file, tuple.getValueNode()));
    }
    return entries;
  }

  Optional<ConfigNode> optional(String key) {
    return Optional.ofNullable(mapping().get(key));
  }

  ConfigNode required(String key) {
    return optional(key).orElseThrow(() -> problem("missing key '" + key + "'"));
  }

  /** The keys of a mapping with their values, in file order. */
  Map<String, ConfigNode> entries() {
    return mapping();
  }

  List<ConfigNode> items() {
    if (!(node instanceof SequenceNode sequence)) {
      throw problem("expected a list");
    }
    List<ConfigNode> items = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      items.add(new ConfigNode(file, item));
    }
    return items;
  }

  /** Whether the node is a key with no value ({@code keys:} and nothing after it). */
  boolean isBlank() {
    return node instanceof ScalarNode scalar && scalar.getValue().isBlank();
  }

  String scalar() {
    if (!(node instanceof ScalarNode scalar)) {
      throw problem("expected a single value");
    }
    return scalar.getValue();
  }

  String text(String key) {
    String value = required(key).scalar().strip();
    if (value.isEmpty()) {
      throw problem("'" + key + "' is empty");
    }
    return value;
  }

  Optional<String> optionalText(String key) {
    return optional(key).map(ConfigNode::scalar).map(String::strip).filter(s -> !s.isEmpty());
  }

  <E extends Enum<E>> E choice(String key, Class<E> type) {
    String value = text(key);
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw problem(
          "'" + key + "' is " + value + ", expected one of " + List.of(type.getEnumConstants()));
    }
  }

  Optional<Long> optionalLong(String key) {
    return optionalText(key)
        .map(
            value -> {
              try {
                return Long.parseLong(value);
              } catch (NumberFormatException e) {
                throw problem("'" + key + "' is " + value + ", expected a whole number");
              }
            });
  }

  double number() {
    try {
      return Double.parseDouble(scalar());
    } catch (NumberFormatException e) {
      throw problem("'" + scalar() + "' is not a number");
    }
  }

  boolean flag(String key, boolean fallback) {
    return optionalText(key)
        .map(
            value ->
                switch (value) {
                  case "true", "yes" -> true;
                  case "false", "no" -> false;
                  default ->
                      throw problem("'" + key + "' is " + value + ", expected true or false");
                })
        .orElse(fallback);
  }
}
