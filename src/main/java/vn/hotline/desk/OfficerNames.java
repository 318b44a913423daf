package vn.hotline.desk;

import java.util.List;
import java.util.Optional;
import vn.hotline.roster.Officer;
import vn.hotline.unit.NameKey;

/** Reads an officer as typed: by Telegram user id, or by a name only one person has. */
final class OfficerNames {
  private final DeskRoster roster;

  OfficerNames(DeskRoster roster) {
    this.roster = roster;
  }

  Optional<Officer> find(String typed) {
    String wanted = typed.strip();
    if (wanted.matches("\\d{1,18}")) { // 19 digits may overflow a long
      return roster.current().find(Long.parseLong(wanted));
    }
    List<Officer> named =
        roster.current().all().stream()
            .filter(o -> NameKey.fold(o.name()).equals(NameKey.fold(wanted)))
            .toList();
    return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
  }
}
