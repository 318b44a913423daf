package vn.hotline.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.hotline.roster.Officer;
import vn.hotline.roster.Roster;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitCode;
import vn.hotline.unit.UnitLevel;
import vn.hotline.unit.UnitTree;

/**
 * Who the demo lets a newcomer play: a citizen in a private chat with the bot, and the officers of
 * the roster in the Command Centre groups of one commune and of the district above it (Xã Phú Nghĩa
 * and Huyện Bù Gia Mập in the shipped configuration).
 *
 * @param citizen the citizen; the id of their private chat with the bot is their user id
 * @param groups the group chats, the commune's first
 */
public record DemoCast(DemoPerson citizen, List<DemoGroup> groups) {
  /** The citizen every demo plays. */
  public static final DemoPerson CITIZEN = new DemoPerson(900_001L, "Lan", "vi");

  /** The commune whose group the demo shows, when the configuration has it. */
  static final UnitCode COMMUNE = new UnitCode("25267");

  /**
   * A Command Centre's group chat.
   *
   * @param chatId the group's Telegram chat id, from units.yml
   * @param title the group's name as Telegram shows it
   * @param unitCode the unit whose Command Centre it is
   * @param officers the people of the roster who belong to the unit
   */
  public record DemoGroup(long chatId, String title, UnitCode unitCode, List<DemoPerson> officers) {
    public DemoGroup {
      officers = List.copyOf(officers);
    }
  }

  public DemoCast {
    groups = List.copyOf(groups);
  }

  /**
   * The cast of this configuration: the commune 25267, or else the first commune whose group has
   * officers, with the nearest group above it.
   */
  public static DemoCast of(UnitTree units, Roster roster) {
    Optional<Unit> commune =
        units
            .find(COMMUNE)
            .filter(u -> u.commandChat() != null)
            .or(
                () ->
                    units.all().stream()
                        .filter(u -> u.level() == UnitLevel.COMMUNE && u.commandChat() != null)
                        .filter(u -> !roster.officersOf(u.code()).isEmpty())
                        .min(Comparator.comparing(u -> u.code().value())));
    List<DemoGroup> groups = new ArrayList<>();
    commune.ifPresent(
        c -> {
          groups.add(group(c, roster));
          units
              .parentOf(c)
              .flatMap(units::withCommandChat)
              .ifPresent(above -> groups.add(group(above, roster)));
        });
    return new DemoCast(CITIZEN, groups);
  }

  public Optional<DemoGroup> group(long chatId) {
    return groups.stream().filter(g -> g.chatId() == chatId).findFirst();
  }

  /** Whoever may be played in the chat: the citizen in their private chat, officers in groups. */
  public List<DemoPerson> playersOf(long chatId) {
    if (chatId == citizen.id()) {
      return List.of(citizen);
    }
    return group(chatId).map(DemoGroup::officers).orElse(List.of());
  }

  private static DemoGroup group(Unit unit, Roster roster) {
    List<DemoPerson> officers =
        roster.officersOf(unit.code()).stream().map(DemoCast::person).toList();
    return new DemoGroup(
        unit.commandChat(), "Ban Chỉ huy " + unit.fullName(), unit.code(), officers);
  }

  private static DemoPerson person(Officer officer) {
    return new DemoPerson(officer.id().value(), officer.name(), "vi");
  }
}
