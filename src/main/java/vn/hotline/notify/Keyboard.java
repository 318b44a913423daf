package vn.hotline.notify;

import java.util.List;

/** Buttons that go with a message. */
public sealed interface Keyboard {

  /** Buttons attached to the message itself; pressing one sends its callback data. */
  record Inline(List<List<Button>> rows) implements Keyboard {
    public Inline {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /** Buttons that replace the person's keyboard until they press one (share location, phone...). */
  record Reply(List<List<Button>> rows) implements Keyboard {
    public Reply {
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * Opens the reply box as if the person had chosen to reply to the message, so that their answer
   * reaches the bot even in a group where it sees only replies and commands.
   */
  record ForceReply(String placeholder) implements Keyboard {}

  /** Takes a reply keyboard away again. */
  record Remove() implements Keyboard {}
}
