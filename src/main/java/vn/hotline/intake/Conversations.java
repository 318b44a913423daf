package vn.hotline.intake;

import java.util.Optional;

/** Where conversations are kept between messages. */
public interface Conversations {

  Optional<Conversation> find(long chatId);

  /** Saves the conversation; returns once it survives a crash. */
  void save(Conversation conversation);
}
