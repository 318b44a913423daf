package vn.hotline.messages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every text a person reads, in Vietnamese and English. The configuration reads and checks them
 * ({@code messages_vi.properties} and {@code messages_en.properties} hold the same keys, each a
 * valid pattern); the catalogue lives below the intake, the desk and the channels that show them,
 * so that none of them needs the configuration to speak.
 */
public final class Messages {
  public static final Locale VIETNAMESE = Locale.of("vi");
  public static final Locale ENGLISH = Locale.ENGLISH;

  private final Map<String, String> vietnamese;
  private final Map<String, String> english;

  private Messages(Map<String, String> vietnamese, Map<String, String> english) {
    this.vietnamese = vietnamese;
    this.english = english;
  }

  /**
   * The catalogue of two languages' texts by key; the caller has checked that both have the same
   * keys.
   */
  public static Messages of(Map<String, String> vietnamese, Map<String, String> english) {
    if (!vietnamese.keySet().equals(english.keySet())) {
      throw new IllegalArgumentException("both languages must have the same message keys");
    }
    return new Messages(new TreeMap<>(vietnamese), new TreeMap<>(english));
  }

  /** Whether both languages have a text for {@code key}. */
  public boolean has(String key) {
    return vietnamese.containsKey(key);
  }

  public Set<String> keys() {
    return vietnamese.keySet();
  }

  /**
   * The text for {@code key} in {@code locale} (English or else Vietnamese), with {@code args}
   * filled in.
   */
  public String text(Locale locale, String key, Object... args) {
    Map<String, String> texts =
        ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : vietnamese;
    String pattern = texts.get(key);
    if (pattern == null) {
      throw new IllegalArgumentException("no message " + key);
    }
    return new MessageFormat(pattern, locale).format(args);
  }
}
