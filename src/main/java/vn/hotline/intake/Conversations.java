package vn.hotline.intake;

import java.util.List;
import java.util.Optional;

/** Where conversations are kept between messages. */
public interface Conversations {

  Optional<Conversation> find(long chatId);

  /** Saves the conversation; returns once it survives a crash. */
  void save(Conversation conversation);

  /**
   * Saves {@code changed} only if the stored conversation has handled the same updates as {@code
   * current} and still holds its draft unfiled: a sweeper acting on a conversation the citizen (or
   * another sweeper) changed meanwhile saves nothing. Durable like {@link #save}.
   *
   * @return whether it was saved
   */
  boolean replace(Conversation current, Conversation changed);

  /** The conversations whose draft falls due for filing, read once at start-up. */
  List<Conversation> withDraftsDue();
}
