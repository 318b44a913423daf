package vn.hotline.unit;

import java.util.Objects;
import java.util.Optional;

/**
 * One administrative unit: a province, district, commune (xã, phường, thị trấn) or village (ấp,
 * thôn, khu phố).
 *
 * @param code the official code (national register) or, for villages, a code local to the
 *     deployment
 * @param name the proper name without its type word, e.g. {@code Phú Nghĩa}
 * @param kind the type word as written in Vietnamese, e.g. {@code Xã}, {@code Thị trấn}, {@code Ấp}
 * @param level where the unit sits in the tree
 * @param parentCode the code of the unit above, or {@code null} for the root
 * @param commandChat the Telegram chat id of the unit's Command Centre group, or {@code null}
 * @param codePrefix the 2–6 letters that start the unit's ticket codes
 */
public record Unit(
    UnitCode code,
    String name,
    String kind,
    UnitLevel level,
    UnitCode parentCode,
    Long commandChat,
    String codePrefix) {

  public Unit {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(codePrefix, "codePrefix");
  }

  /** The name as people write it on a letter: type word and name, e.g. {@code Xã Phú Nghĩa}. */
  public String fullName() {
    return kind + " " + name;
  }

  public Optional<UnitCode> parent() {
    return Optional.ofNullable(parentCode);
  }

  public Optional<Long> commandChatId() {
    return Optional.ofNullable(commandChat);
  }
}
