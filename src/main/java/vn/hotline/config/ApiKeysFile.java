package vn.hotline.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.hotline.access.ApiKey;
import vn.hotline.access.ApiKeys;
import vn.hotline.access.Scope;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitTree;

/**
 * Reads {@code api-keys.yml}: who may call the HTTP API, for which units and what. The file holds
 * only hashes of the keys; it is optional, and without it the API answers nobody.
 */
final class ApiKeysFile {
  static final String NAME = "api-keys.yml";
  private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

  private ApiKeysFile() {}

  /** Reads {@code dir/api-keys.yml}; throws a {@link ConfigException} naming the line at fault. */
  static ApiKeys read(Path dir, UnitTree units) {
    Path path = dir.resolve(NAME);
    if (!Files.exists(path)) {
      return ApiKeys.none();
    }
    List<ApiKey> keys = new ArrayList<>();
    Set<String> hashes = new HashSet<>();
    ConfigNode list = ConfigNode.read(path, NAME).required("keys");
    if (list.isBlank()) {
      return ApiKeys.none(); // "keys:" with no entry yet, as shipped
    }
    for (ConfigNode entry : list.items()) {
      ApiKey key = key(entry, units);
      if (!hashes.add(key.sha256())) {
        throw entry.problem("key '" + key.name() + "': the same sha256 as an earlier key");
      }
      keys.add(key);
    }
    return ApiKeys.of(keys);
  }

  private static ApiKey key(ConfigNode entry, UnitTree units) {
    String name = entry.text("name");
    String sha256 = entry.text("sha256");
    if (!SHA256.matcher(sha256).matches()) {
      throw entry
          .required("sha256")
          .problem(
              "key '" + name + "': 'sha256' is not 64 hex digits (store the hash, not the key)");
    }
    return new ApiKey(
        name, sha256.toLowerCase(Locale.ROOT), unitCodes(entry, name, units), scopes(entry, name));
  }

  private static List<UnitCode> unitCodes(ConfigNode entry, String name, UnitTree units) {
    Set<UnitCode> codes = new LinkedHashSet<>();
    for (ConfigNode item : nonEmpty(entry, "units", name)) {
      String code = item.scalar().strip();
      Unit unit =
          UnitCode.parse(code)
              .flatMap(units::find)
              .orElseThrow(() -> item.problem("key '" + name + "': unknown unit " + code));
      codes.add(unit.code());
    }
    return List.copyOf(codes);
  }

  private static Set<Scope> scopes(ConfigNode entry, String name) {
    Set<Scope> scopes = new LinkedHashSet<>();
    for (ConfigNode item : nonEmpty(entry, "scopes", name)) {
      String text = item.scalar();
      scopes.add(
          Scope.parse(text)
              .orElseThrow(
                  () ->
                      item.problem(
                          "key '"
                              + name
                              + "': unknown scope "
                              + text.strip()
                              + ", expected stats, tickets or open311")));
    }
    return scopes;
  }

  private static List<ConfigNode> nonEmpty(ConfigNode entry, String key, String name) {
    List<ConfigNode> items = entry.required(key).items();
    if (items.isEmpty()) {
      throw entry.required(key).problem("key '" + name + "': '" + key + "' is empty");
    }
    return items;
  }
}
