package vn.hotline.store;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;
import vn.hotline.desk.Prompt;
import vn.hotline.desk.Prompts;
import vn.hotline.ticket.TicketCode;

/**
 * {@link Prompts} in the {@code desk_prompts} collection, keyed by chat and officer. Not synced on
 * its own: a question lost in a crash is asked again with one tap.
 */
final class MongoPrompts implements Prompts {
  private final MongoCollection<Document> prompts;

  MongoPrompts(MongoStore store) {
    this.prompts = store.database().getCollection("desk_prompts");
  }

  @Override
  public void put(long chatId, long userId, Prompt prompt) {
    Document d =
        new Document("_id", key(chatId, userId))
            .append("action", prompt.action().name())
            .append("code", prompt.code().toString())
            .append("askedAt", Date.from(prompt.askedAt()))
            .append("photo", prompt.photo());
    prompts.replaceOne(Filters.eq("_id", d.getString("_id")), d, new ReplaceOptions().upsert(true));
  }

  @Override
  public Optional<Prompt> take(long chatId, long userId) {
    return Optional.ofNullable(prompts.findOneAndDelete(Filters.eq("_id", key(chatId, userId))))
        .map(
            d ->
                new Prompt(
                    Prompt.Action.valueOf(d.getString("action")),
                    TicketCode.parse(d.getString("code")),
                    d.getDate("askedAt").toInstant(),
                    d.getString("photo")));
  }

  @Override
  public boolean waiting(long chatId, long userId) {
    return prompts.find(Filters.eq("_id", key(chatId, userId))).first() != null;
  }

  private static String key(long chatId, long userId) {
    return chatId + ":" + userId;
  }
}
