package vn.hotline.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;

/**
 * Store-wide sequences, shared safely by every thread and every instance. Values are reserved from
 * the store a block at a time, so most calls cost no round trip; a block left unused when the
 * process stops is simply skipped.
 */
final class Counters {
  private final MongoCollection<Document> counters;
  private final int blockSize;
  private final Map<String, long[]> blocks = new HashMap<>();

  Counters(MongoCollection<Document> counters, int blockSize) {
    this.counters = counters;
    this.blockSize = blockSize;
  }

  /** The next value of sequence {@code name}, from 0. */
  synchronized long next(String name) {
    long[] block = blocks.get(name);
    if (block == null || block[0] == block[1]) {
      long first = reserve(name);
      block = new long[] {first, first + blockSize};
      blocks.put(name, block);
    }
    return block[0]++;
  }

  private long reserve(String name) {
    // BEFORE plus the block in code: AFTER returned duplicate values under concurrency on the
    // embedded server.
    Document before =
        counters.findOneAndUpdate(
            new Document("_id", name),
            Updates.inc("value", (long) blockSize),
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.BEFORE));
    if (before == null) {
      create(name);
      return reserve(name);
    }
    return before.get("value", Number.class).longValue();
  }

  private void create(String name) {
    try {
      counters.insertOne(new Document("_id", name).append("value", 0L));
    } catch (MongoWriteException e) {
      if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
    }
  }
}
