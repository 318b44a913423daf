package vn.hotline.desk;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket as the web desk shows it to one officer: every fact its card shows, in the officer's
 * language, its whole history, the tickets like it, and what the officer may do now. Texts are
 * plain (the page escapes them). The reporter is never in it, as on the cards: the phone and the
 * address only for help requests, where the citizen gave them so that help can be brought.
 *
 * @param state the state's name ({@code NEW}...), for the badge's look
 * @param mediaUrl a link to media an Open311 partner gave with the report, or empty
 * @param phone the citizen's phone for help requests; empty otherwise
 * @param address the address the citizen gave for help requests; empty otherwise
 * @param assignee the officer who has it, or empty
 * @param villageOwner the officer responsible for the village, or empty
 * @param duplicateOf the code of the ticket it repeats, or empty
 * @param uncertainPlaces for a ticket filed before its place was settled, the places it may be
 *     about ("—" for none known); empty when the place is settled
 */
public record TicketView(
    String code,
    String state,
    String stateLabel,
    boolean urgent,
    boolean overdue,
    String category,
    String priority,
    String place,
    String unit,
    String filedAt,
    String age,
    String acknowledgeBy,
    String resolveBy,
    String text,
    List<Photo> photos,
    String mediaUrl,
    String phone,
    String address,
    String assignee,
    String villageOwner,
    String duplicateOf,
    String uncertainPlaces,
    List<Line> history,
    List<Similar> similar,
    Choices choices) {

  /**
   * A photo of the ticket, numbered from 0 as the page's address names it; {@code fileId} is the
   * channel's, for the server only.
   */
  public record Photo(int number, boolean byOfficer, String fileId) {}

  /**
   * One history entry. {@code who} is the officer's name, or "citizen" or "system" in the viewer's
   * language, never the reporter; {@code photo} the number of the photo that came with it, or -1.
   */
  public record Line(
      String at, String kind, String who, String what, String note, boolean viaWeb, int photo) {}

  /** A ticket like this one: {@code relation} says how, in the viewer's language. */
  public record Similar(String code, String relation, String stateLabel, String place) {}

  /** One choice of a list: the value the form sends and what the officer reads. */
  public record Choice(String value, String label) {}

  /**
   * What the officer may do now and what they may choose from: units to transfer to, tickets it may
   * repeat, officers to hand it to, reasons to reject it for.
   */
  public record Choices(
      Set<DeskAction> actions,
      List<Choice> units,
      List<Choice> duplicates,
      List<Choice> officers,
      List<Choice> reasons) {

    public boolean may(String action) {
      return actions.contains(DeskAction.valueOf(action));
    }
  }

  /** The photo numbered {@code number}, if the ticket has it. */
  public Optional<Photo> photo(int number) {
    return number >= 0 && number < photos.size()
        ? Optional.of(photos.get(number))
        : Optional.empty();
  }
}
