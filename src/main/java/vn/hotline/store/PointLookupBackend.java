package vn.hotline.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 backend, with one change to how queries are planned: a query that pins
 * {@code _id} to a value or a list of values (alone, beside other fields or in a top-level {@code
 * $and}) reads those documents, whatever else it asks. The stock planner uses the {@code _id} index
 * only for a query on {@code _id} alone, so a guarded change ({@code _id} and the state the caller
 * saw, as every claim and lifecycle change is) scanned the whole collection, under the collection's
 * lock, at a cost that grew with every message ever sent. Results are the same: the document found
 * is still matched against the whole query.
 */
final class PointLookupBackend extends H2Backend {
  // The map names H2Database gives a collection's documents and metadata (mongo-java-server
  // 1.47): the same names, so that files written by the stock backend open unchanged.
  private static final String DOCUMENTS_PREFIX = "databases.";
  private static final String META_PREFIX = "meta.";

  private PointLookupBackend(MVStore mvStore) {
    super(mvStore);
  }

  static PointLookupBackend open(String fileName) {
    return new PointLookupBackend(MVStore.open(fileName));
  }

  @Override
  protected MongoDatabase openOrCreateDatabase(String databaseName) {
    return new Database(databaseName);
  }

  // An inner class and getMvStore(), not a field: the superclasses' constructors open databases
  // and collections before any field of a subclass is set.
  private final class Database extends H2Database {
    Database(String databaseName) {
      super(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(
        String collectionName, CollectionOptions options) {
      String namespace = getFullCollectionNamespace(collectionName);
      return new IdFirstCollection(
          this,
          collectionName,
          options,
          getMvStore().openMap(DOCUMENTS_PREFIX + namespace),
          getMvStore().openMap(META_PREFIX + namespace),
          cursorRegistry);
    }
  }

  private static final class IdFirstCollection extends H2Collection {

    IdFirstCollection(
        MongoDatabase database,
        String collectionName,
        CollectionOptions options,
        org.h2.mvstore.MVMap<Object, Document> documents,
        org.h2.mvstore.MVMap<String, Object> meta,
        CursorRegistry cursorRegistry) {
      super(database, collectionName, options, documents, meta, cursorRegistry);
    }

    @Override
    protected QueryResult queryDocuments(
        Document query,
        Document orderBy,
        int numberToSkip,
        int limit,
        int batchSize,
        Document fieldSelector) {
      List<Object> ids = pinnedIds(query);
      if (ids == null) {
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
      }
      Stream<Document> candidates = ids.stream().flatMap(this::byId);
      return matchDocumentsFromStream(
          candidates, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    // The H2 collection keeps each document under its _id, so the id is its position. A string
    // that is not there is nowhere; a number might be stored as another numeric type, which only
    // the index knows to be equal, so a miss on a number asks the index.
    private Stream<Document> byId(Object id) {
      Document found = getDocument(id);
      if (found != null) {
        return Stream.of(found);
      }
      if (id instanceof String) {
        return Stream.empty();
      }
      QueryResult byIndex = super.queryDocuments(new Document("_id", id), null, 0, 0, 0, null);
      return StreamSupport.stream(byIndex.spliterator(), false);
    }

    // A document stored under this very _id is a duplicate, whatever the index says: a kill can
    // leave a document written and its index entry not, and the stock collection would then
    // overwrite the document before it noticed.
    @Override
    public synchronized void addDocument(Document document) {
      Object id = document.get("_id");
      if ((id instanceof String || id instanceof Number) && getDocument(id) != null) {
        throw new DuplicateKeyError(this, "_id_ dup key: { _id: " + id + " }");
      }
      super.addDocument(document);
    }

    // The _ids a query allows, from {_id: v} or {_id: {$in: [...]}} at its top level or in a
    // top-level $and (the driver writes Filters.and that way); null when it pins none, or pins one
    // that is not a plain string or number.
    private static List<Object> pinnedIds(Document query) {
      Object id = query.get("_id");
      if (id == null) {
        if (query.get("$and") instanceof List<?> all) {
          for (Object part : all) {
            if (part instanceof Document condition
                && pinnedIds(condition) instanceof List<Object> ids) {
              return ids;
            }
          }
        }
        return null;
      }
      if (id instanceof Document operator && operator.keySet().equals(Set.of("$in"))) {
        id = operator.get("$in");
      }
      List<Object> ids = id instanceof Collection<?> many ? List.copyOf(many) : List.of(id);
      boolean plain = ids.stream().allMatch(v -> v instanceof String || v instanceof Number);
      return plain ? ids.stream().distinct().toList() : null;
    }
  }
}
