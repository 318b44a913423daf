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

  /** Takes a reply keyboard away again. */
  record Remove() implements Keyboard {}
}
