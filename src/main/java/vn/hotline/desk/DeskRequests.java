package vn.hotline.desk;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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
          "help",
          "web");

  static final String PREFIX = "d:";

  /** The reasons a rejection may be given for by button, numbered from 1. */
  static final int REJECT_REASONS = 4;

  // Telegram carries at most 64 bytes of data; a longer one was not made by the desk.
  private static final int MAX_DATA = 64;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]{1,20}");
  private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
  private static final Pattern OFFICER = Pattern.compile("\\d{1,18}");
  private static final Pattern REASON = Pattern.compile("[1-" + REJECT_REASONS + "]");
  // A queue is never a thousand pages long: a larger page is forged, and would overflow.
  private static final Pattern PAGE = Pattern.compile("\\d{1,3}");

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
              hasCode && !rest.isEmpty()
                  ? new DeskRequest.Reject(code, new DeskRequest.Reason.Written(rest))
                  : usage(command);
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
          case "web" -> new DeskRequest.WebLink();
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

  /**
   * The request of a desk button's data, or empty when the data is not a request any desk button
   * makes: an unknown verb, a code or argument of the wrong form, a page or reason out of range.
   * Data is sent by the person's client and can be anything: it is read here into a typed request,
   * and nothing else looks at it.
   */
  static Optional<DeskRequest> button(String data) {
    if (data == null || !data.startsWith(PREFIX) || data.length() > MAX_DATA) {
      return Optional.empty();
    }
    String[] parts = data.substring(PREFIX.length()).split(":", -1);
    if (parts.length > 3) {
      return Optional.empty();
    }
    String verb = parts[0];
    String code = parts.length > 1 ? parts[1] : "";
    String argument = parts.length > 2 ? parts[2] : "";
    if (verb.equals("q")) {
      return PAGE.matcher(code).matches() && parts.length == 2
          ? Optional.of(new DeskRequest.Queue(Integer.parseInt(code)))
          : Optional.empty();
    }
    if (!CODE.matcher(code).matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        parts.length == 2 ? onTicket(verb, code) : withArgument(verb, code, argument));
  }

  private static DeskRequest onTicket(String verb, String code) {
    return switch (verb) {
      case "a" -> new DeskRequest.Acknowledge(code);
      case "u" -> new DeskRequest.AskNote(code, Prompt.Action.UPDATE);
      case "s" -> new DeskRequest.AskNote(code, Prompt.Action.RESOLVE);
      case "b" -> new Menu(code, Menu.Kind.MAIN, "");
      case "t" -> new Menu(code, Menu.Kind.TRANSFER, "");
      case "td" -> new Menu(code, Menu.Kind.DISTRICTS, "");
      case "r" -> new Menu(code, Menu.Kind.REJECT, "");
      case "d" -> new Menu(code, Menu.Kind.DUPLICATE, "");
      case "m" -> new DeskRequest.MergeSimilar(code);
      case "sh" -> new DeskRequest.Show(code);
      case "ea" -> new Menu(code, Menu.Kind.ASSIGN, "");
      case "to" -> new DeskRequest.TakeOver(code);
      case "rm" -> new DeskRequest.Remind(code);
      default -> null;
    };
  }

  private static DeskRequest withArgument(String verb, String code, String argument) {
    return switch (verb) {
      case "t" ->
          UNIT.matcher(argument).matches() ? new Menu(code, Menu.Kind.TRANSFER, argument) : null;
      case "tt" ->
          UNIT.matcher(argument).matches() ? new DeskRequest.Transfer(code, argument) : null;
      case "dd" ->
          CODE.matcher(argument).matches() ? new DeskRequest.Duplicate(code, argument) : null;
      case "rr" ->
          REASON.matcher(argument).matches()
              ? new DeskRequest.Reject(
                  code, new DeskRequest.Reason.Listed(Integer.parseInt(argument)))
              : null;
      case "as" ->
          OFFICER.matcher(argument).matches() ? new DeskRequest.Assign(code, argument) : null;
      default -> null;
    };
  }

  static String data(String verb, String code) {
    return PREFIX + verb + ":" + code;
  }

  static String data(String verb, String code, String argument) {
    return PREFIX + verb + ":" + code + ":" + argument;
  }
}
