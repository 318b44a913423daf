package vn.hotline.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.types.Binary;
import vn.hotline.ticket.CodeKey;

/**
 * The deployment's ticket code key, one document in {@code settings}: made by whichever instance
 * needs it first, read by every other. The insert of a fixed {@code _id} can succeed only once, so
 * instances starting together still end up with one key.
 */
final class CodeKeys {
  static final String ID = "ticketCodeKey";

  private CodeKeys() {}

  // Not synced here: every code made with the key is written after it, and the filing's own sync
  // makes both durable together (an external server journals each write before it answers).
  static CodeKey of(MongoDatabase database) {
    MongoCollection<Document> settings = database.getCollection("settings");
    Document kept = settings.find(Filters.eq("_id", ID)).first();
    if (kept == null) {
      try {
        settings.insertOne(
            new Document("_id", ID).append("secret", new Binary(CodeKey.random().secret())));
      } catch (MongoWriteException e) {
        if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
          throw e;
        }
      }
      kept = settings.find(Filters.eq("_id", ID)).first();
    }
    return new CodeKey(kept.get("secret", Binary.class).getData());
  }
}
