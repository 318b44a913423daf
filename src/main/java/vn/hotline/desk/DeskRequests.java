package vn.hotline.desk;

import java.util.Optional;
import java.util.Set;
import vn.hotline.desk.DeskRequest.Menu;

/**
 * Reads officers' commands and the desk's button data. Button data is {@code d:<verb>:<code>} with
 * an optional argument, at most 64 bytes; the server re-checks everything a button claims.
 */
final class DeskRequests {
  /** The commands the desk answers; in a private chat, the others belong to the citizen side. */
  static final Set<String> COMMANDS =
      Set.of(
          "ack",
          "assign",
          "update",
          "resolve",
          "transfer",
          "dup",
          "reject",
          "queue",
          "mine",
          "t",
          "find",
          "reload",
          "stats",
          "overdue",
          "report",
          "help");

  static final String PREFIX = "d:";

  private DeskRequests() {}

  /**
   * The request of a command; {@code photo} is the file id of a photo the command came with as its
   * caption, or empty.
   */
  static Optional<DeskRequest> command(String command, String arguments, String photo) {
    String[] words = arguments.strip().split("\\s+", 2);
    String code = words[0];
    String rest = words.length > 1 ? words[1].strip() : "";
    boolean hasCode = !code.isEmpty();
    return Optional.ofNullable(
        switch (command) {
          case "ack" -> hasCode ? new DeskRequest.Acknowledge(code) : usage(command);
          case "assign" ->
              hasCode && !rest.isEmpty() ? new DeskRequest.Assign(code, rest) : usage(command);
          case "update" -> note(code, Prompt.Action.UPDATE, rest, photo, command);
          case "resolve" -> note(code, Prompt.Action.RESOLVE, rest, photo, command);
          case "transfer" ->
              hasCode && !rest.isEmpty() ? new DeskRequest.Transfer(code, rest) : usage(command);
          case "dup" ->
              hasCode && !rest.isEmpty() ? new DeskRequest.Duplicate(code, rest) : usage(command);
          case "reject" ->
              hasCode && !rest.isEmpty() ? new DeskRequest.Reject(code, rest) : usage(command);
          case "t" -> hasCode ? new DeskRequest.Show(code) : usage(command);
          case "find" ->
              arguments.isBlank() ? usage(command) : new DeskRequest.Find(arguments.strip());
          case "queue" -> new DeskRequest.Queue(0);
          case "mine" -> new DeskRequest.Mine();
          case "reload" -> new DeskRequest.Reload();
          case "stats" -> new DeskRequest.Stats(arguments.strip());
          case "overdue" -> new DeskRequest.Overdue();
          case "report" -> new DeskRequest.Report(arguments.strip());
          case "help" -> new DeskRequest.Help();
          default -> null;
        });
  }

  private static DeskRequest note(
      String code, Prompt.Action action, String note, String photo, String command) {
    if (code.isEmpty()) {
      return usage(command);
    }
    // Without a note the officer is asked for one: a photo may come with the answer.
    return note.isEmpty()
        ? new DeskRequest.AskNote(code, action)
        : new DeskRequest.Note(code, action, note, photo);
  }

  private static DeskRequest usage(String command) {
    return new DeskRequest.Usage(command);
  }

  /** The request of a desk button's data, or empty when the data is not a desk button's. */
  static Optional<DeskRequest> button(String data) {
    if (data == null || !data.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String[] parts = data.substring(PREFIX.length()).split(":", 3);
    String verb = parts[0];
    String code = parts.length > 1 ? parts[1] : "";
    String argument = parts.length > 2 ? parts[2] : "";
    if (verb.equals("q")) {
      return Optional.of(new DeskRequest.Queue(page(code)));
    }
    if (code.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (verb) {
          case "a" -> new DeskRequest.Acknowledge(code);
          case "u" -> new DeskRequest.AskNote(code, Prompt.Action.UPDATE);
          case "s" -> new DeskRequest.AskNote(code, Prompt.Action.RESOLVE);
          case "b" -> new Menu(code, Menu.Kind.MAIN, "");
          case "t" -> new Menu(code, Menu.Kind.TRANSFER, argument);
          case "td" -> new Menu(code, Menu.Kind.DISTRICTS, "");
          case "r" -> new Menu(code, Menu.Kind.REJECT, "");
          case "d" -> new Menu(code, Menu.Kind.DUPLICATE, "");
          case "tt" -> argument.isEmpty() ? null : new DeskRequest.Transfer(code, argument);
          case "dd" -> argument.isEmpty() ? null : new DeskRequest.Duplicate(code, argument);
          case "rr" -> argument.isEmpty() ? null : new DeskRequest.Reject(code, "#" + argument);
          case "m" -> new DeskRequest.MergeSimilar(code);
          case "sh" -> new DeskRequest.Show(code);
          case "ea" -> new Menu(code, Menu.Kind.ASSIGN, "");
          case "as" ->
              argument.matches("\\d{1,19}") ? new DeskRequest.Assign(code, argument) : null;
          case "to" -> new DeskRequest.TakeOver(code);
          case "rm" -> new DeskRequest.Remind(code);
          default -> null;
        });
  }

  static String data(String verb, String code) {
    return PREFIX + verb + ":" + code;
  }

  static String data(String verb, String code, String argument) {
    return PREFIX + verb + ":" + code + ":" + argument;
  }

  private static int page(String text) {
    try {
      return Math.max(0, Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
