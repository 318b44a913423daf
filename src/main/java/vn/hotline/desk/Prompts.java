package vn.hotline.desk;

import java.util.Optional;

/** The questions the bot is waiting for officers to answer, one per officer and chat. */
public interface Prompts {

  void put(long chatId, long userId, Prompt prompt);

  /** The waiting question, removed: each is answered once. */
  Optional<Prompt> take(long chatId, long userId);

  /** Whether a question waits, without answering it. */
  boolean waiting(long chatId, long userId);
}
