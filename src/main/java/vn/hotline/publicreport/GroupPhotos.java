package vn.hotline.publicreport;

import java.util.Optional;
import vn.hotline.messages.Messages;
import vn.hotline.notify.ChannelPhotos;
import vn.hotline.unit.Unit;
import vn.hotline.unit.UnitTree;

/**
 * Puts a photo sent from the page where Telegram keeps it: in the group of the Command Centre whose
 * queue the report joins, the place a citizen's photo from the bot would be seen. A ticket keeps
 * only the channel's id of a photo, so without Telegram, or when it refuses, there is no photo.
 */
final class GroupPhotos {
  private final UnitTree units;
  private final Optional<ChannelPhotos> channel;
  private final String caption;

  GroupPhotos(UnitTree units, Optional<ChannelPhotos> channel, Messages messages) {
    this.units = units;
    this.channel = channel;
    // The groups are Vietnamese whatever language the citizen reads.
    this.caption = messages.text(Messages.VIETNAMESE, "public.photoCaption");
  }

  /** The channel's id of {@code photo} as posted for {@code queue}'s group, or empty. */
  Optional<String> post(Unit queue, ChannelPhotos.Photo photo) {
    Optional<Long> chat = units.withCommandChat(queue).flatMap(Unit::commandChatId);
    if (channel.isEmpty() || chat.isEmpty()) {
      return Optional.empty();
    }
    return channel.get().post(chat.get(), photo, caption);
  }
}
