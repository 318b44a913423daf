package vn.hotline.config;

import java.nio.file.Files;
import java.nio.file.Path;
import vn.hotline.access.ApiKeys;
import vn.hotline.category.Categories;
import vn.hotline.messages.Messages;
import vn.hotline.roster.Roster;
import vn.hotline.sla.SlaPolicy;
import vn.hotline.triage.Triage;
import vn.hotline.unit.UnitTree;

/**
 * Everything {@code bot-config/} describes about a deployment, read and validated as a whole.
 *
 * @param dir the directory it was read from (the triage corpus and boundaries live there too)
 * @param roster the people who work the desk; empty when {@code officers.yml} is absent
 * @param apiKeys who may call the HTTP API; none when {@code api-keys.yml} is absent
 */
public record BotConfig(
    Path dir,
    UnitTree units,
    Categories categories,
    SlaPolicy sla,
    Messages messages,
    Roster roster,
    ApiKeys apiKeys) {

  /**
   * Reads and validates the directory, or throws a {@link ConfigException} naming the first
   * problem.
   */
  public static BotConfig load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(dir + ": bot-config directory not found (set BOT_CONFIG_DIR)");
    }
    UnitTree units = UnitsFile.read(dir);
    Categories categories = CategoriesFile.read(dir);
    SlaPolicy sla = SlaFile.read(dir, categories);
    Messages messages = MessagesFile.read(dir);
    Roster roster = OfficersFile.read(dir, units);
    ApiKeys apiKeys = ApiKeysFile.read(dir, units);
    return new BotConfig(dir, units, categories, sla, messages, roster, apiKeys);
  }

  /**
   * The triage of this deployment: its units and categories, the classifier trained on {@code
   * triage-corpus.tsv} (and {@code triage-corpus-extra.tsv} if present), the district outlines of
   * {@code boundaries.json} if present. A malformed file stops it with a {@link ConfigException}
   * naming the file.
   */
  public Triage triage() {
    return Triage.of(units, categories, CorpusFile.read(dir, categories), Outlines.read(dir));
  }

  /**
   * Reads {@code officers.yml} again against the units already loaded, so that a roster edit takes
   * effect without a restart and without touching tickets; throws a {@link ConfigException} as at
   * start-up, and the caller keeps the old roster.
   */
  public static Roster reloadRoster(Path dir, UnitTree units) {
    return OfficersFile.read(dir, units);
  }

  /**
   * Reads {@code api-keys.yml} again against the units already loaded (it is reloaded with the
   * roster); throws a {@link ConfigException} as at start-up, and the caller keeps the old keys.
   */
  public static ApiKeys reloadApiKeys(Path dir, UnitTree units) {
    return ApiKeysFile.read(dir, units);
  }
}
