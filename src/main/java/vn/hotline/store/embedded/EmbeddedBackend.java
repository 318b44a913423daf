package vn.hotline.store.embedded;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import de.bwaldvogel.mongo.exception.MongoServerError;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import io.netty.util.Attribute;
import io.netty.util.AttributeKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The embedded server's H2 backend, changed where the stock one was slow or could break:
 *
 * <ul>
 *   <li>A query that pins {@code _id} to a value or a list of values (alone, beside other fields or
 *       in a top-level {@code $and}) reads those documents, whatever else it asks. The stock
 *       planner uses the {@code _id} index only for a query on {@code _id} alone, so a guarded
 *       change ({@code _id} and the state the caller saw, as every claim and lifecycle change is)
 *       scanned the whole collection, under the collection's lock. Results are the same: the
 *       document found is still matched against the whole query.
 *   <li>Documents are stored as BSON ({@link DocumentValueType}) and unique-index keys compared
 *       field by field ({@link IndexKeyType}), not through Java serialisation.
 *   <li>The server only ever sees copies of stored documents, which it may change at will.
 *   <li>A commit can fall between a document and its index entries, so after a run that did not
 *       close the store the unique indexes are rebuilt from the documents before anything else.
 * </ul>
 */
final class EmbeddedBackend extends H2Backend {
  private static final AttributeKey<Boolean> OWN_CLIENT =
      AttributeKey.valueOf("hotline.own-client");
  private static final int UNAUTHORIZED = 13;

  // The map names H2Database gives a collection's documents and metadata (mongo-java-server
  // 1.47): the same names, so that files written by the stock backend open unchanged.
  private static final String DOCUMENTS_PREFIX = "databases.";
  private static final String META_PREFIX = "meta.";
  private static final int CACHE_MB = 1;
  private static final int KEYS_PER_PAGE = 12;
  static final Duration RETENTION = Duration.ofMinutes(10);
  // Index maps are named after the collection's namespace, so that dropping the database drops
  // them; the stock backend's infix marks maps still in the stock order.
  private static final String STOCK_INDEX_INFIX = "._index_";
  private static final String ORDERED_INDEX_INFIX = "._ordered_index_";
  // Marks a store that is open, or was when its process died. Not under a database's name, so
  // that dropping a database leaves it alone.
  private static final String STATE_MAP = "embedded-server.state";
  private static final String IN_USE = "in-use";

  private final byte[] clientKey;
  // Compaction frees the space of old chunks at once, which a command reading an older version of
  // the store might still need (see RETENTION): it runs only while no command does, and commands
  // that come meanwhile wait for it.
  private final ReentrantReadWriteLock commands = new ReentrantReadWriteLock();
  private volatile long lastCommandAt = System.nanoTime();

  private EmbeddedBackend(MVStore mvStore, String clientKey) {
    super(mvStore);
    this.clientKey = clientKey.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Opens the file; the server will answer only connections whose handshake names {@code clientKey}
   * as the application (the driver sends a connection string's {@code appName} in the handshake of
   * every connection it opens).
   */
  static EmbeddedBackend open(String fileName, String clientKey) {
    // A commit writes every page changed since the last one whole, and under load commits follow
    // one another closely: with H2's default of up to 48 documents to a page, each commit encoded
    // dozens of unchanged documents for every one written. A quarter of that page size took a fifth
    // off the CPU the webhook benchmark spends. The page cache is small: every page a commit
    // writes enters it, so under load it turns over in about a second, and each page it holds
    // lives just long enough to be copied by a young collection. What survived a first collection
    // went from 90 MB at 64 MB of cache to 20-35 MB at 16 MB and 6-12 MB at 1 MB, and young pauses
    // under the webhook benchmark's load from 90-250 ms to about 30 ms. A larger cache only saves
    // decoding on reads: a scan of 8,000 tickets took 5 ms with 16 MB, 8 ms with 1 MB.
    MVStore store =
        new MVStore.Builder()
            .fileName(fileName)
            .cacheSize(CACHE_MB)
            .keysPerPage(KEYS_PER_PAGE)
            .open();
    // A reader walks the version of the store current when it began, and H2 reuses the space of
    // chunks 45 s (its default) after they stopped being current, whoever still reads them: with a
    // million tickets the first full reads at start-up ran longer than that while the store wrote,
    // and failed with "Chunk not found". Space is reused later instead, the file a little larger.
    store.setRetentionTime((int) RETENTION.toMillis());
    MVMap<String, Boolean> state = store.openMap(STATE_MAP);
    boolean closedCleanly = !state.containsKey(IN_USE);
    if (!closedCleanly) {
      // An empty index is filled from the collection's documents when the collection opens.
      store.getMapNames().stream()
          .filter(name -> name.contains(STOCK_INDEX_INFIX) || name.contains(ORDERED_INDEX_INFIX))
          .toList()
          .forEach(store::removeMap);
    }
    state.put(IN_USE, true);
    store.commit();
    // The file is not compacted here, before anything reads, but by the idle rounds a few seconds
    // later: moving chunks of a just-opened file tripped H2's own check that a moved chunk lands in
    // the space being freed (under -ea, after clean stops and after kills alike).
    return new EmbeddedBackend(store, clientKey);
  }

  // The server listens on a loopback port without authentication, which any local user could
  // reach with a stock client and read every ticket. Only a connection that opened with this
  // process's key is served; the key lives in this process's memory only.
  @Override
  public Document handleCommand(
      Channel channel, String databaseName, String command, Document query) {
    Attribute<Boolean> own = channel.attr(OWN_CLIENT);
    if (own.get() == null) {
      if (!isHandshake(command) || !presentsKey(query)) {
        throw new MongoServerError(
            UNAUTHORIZED, "Unauthorized", "this server serves its own process only");
      }
      own.set(Boolean.TRUE);
    }
    if (isHandshake(command) || command.equalsIgnoreCase("ping")) {
      // The driver's monitor asks every few seconds: not work, so it does not keep the store busy.
      return super.handleCommand(channel, databaseName, command, query);
    }
    commands.readLock().lock();
    try {
      return super.handleCommand(channel, databaseName, command, query);
    } finally {
      lastCommandAt = System.nanoTime();
      commands.readLock().unlock();
    }
  }

  @Override
  public QueryResult handleQuery(MongoQuery query) {
    if (query.getChannel().attr(OWN_CLIENT).get() == null) {
      throw new MongoServerError(
          UNAUTHORIZED, "Unauthorized", "this server serves its own process only");
    }
    commands.readLock().lock();
    try {
      return super.handleQuery(query);
    } finally {
      lastCommandAt = System.nanoTime();
      commands.readLock().unlock();
    }
  }

  /**
   * Runs {@code work} if no command has run for {@code idle} and none runs now, holding commands
   * back until it is done; returns what it returns, or false when it did not run.
   */
  boolean whileIdle(Duration idle, BooleanSupplier work) {
    if (System.nanoTime() - lastCommandAt < idle.toNanos() || !commands.writeLock().tryLock()) {
      return false;
    }
    try {
      if (System.nanoTime() - lastCommandAt < idle.toNanos()) {
        return false;
      }
      return work.getAsBoolean();
    } finally {
      commands.writeLock().unlock();
    }
  }

  private static boolean isHandshake(String command) {
    return command.equalsIgnoreCase("hello") || command.equalsIgnoreCase("isMaster");
  }

  private boolean presentsKey(Document handshake) {
    if (handshake.get("client") instanceof Document client
        && client.get("application") instanceof Document application
        && application.get("name") instanceof String name) {
      return MessageDigest.isEqual(clientKey, name.getBytes(StandardCharsets.UTF_8));
    }
    return false;
  }

  @Override
  public void close() {
    MVStore store = getMvStore();
    if (!store.isClosed()) {
      store.<String, Boolean>openMap(STATE_MAP).remove(IN_USE);
    }
    super.close();
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
          getMvStore()
              .openMap(
                  DOCUMENTS_PREFIX + namespace,
                  new MVMap.Builder<Object, Document>().valueType(DocumentValueType.INSTANCE)),
          getMvStore().openMap(META_PREFIX + namespace),
          cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      String namespace = getFullCollectionNamespace(collectionName);
      MVStore store = getMvStore();
      MVMap<KeyValue, Object> positions =
          store.openMap(
              namespace + ORDERED_INDEX_INFIX + indexName,
              new MVMap.Builder<KeyValue, Object>().keyType(IndexKeyType.INSTANCE));
      String stock = namespace + STOCK_INDEX_INFIX + indexName;
      if (store.hasMap(stock)) {
        // Written by an earlier version in the stock order: copied again from the start on
        // every open until the stock map is gone, which happens only after a complete copy.
        MVMap<KeyValue, Object> old = store.openMap(stock);
        positions.clear();
        old.forEach(positions::put);
        store.removeMap(old);
      }
      return new OrderedUniqueIndex(positions, indexName, keys, sparse);
    }

    // The stock server keeps no secondary index, but stood an empty stand-in for each, and a
    // collection walks all its documents twice to fill an empty index when it opens: eight
    // secondary indexes on the tickets made opening a million tickets take minutes. Without a
    // stand-in nothing is walked, and queries scan as they did.
    @Override
    protected Index<Object> openOrCreateSecondaryIndex(
        String collectionName, String indexName, List<IndexKey> keys, boolean sparse) {
      return null;
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
      super.dropIndex(collection, indexName);
      getMvStore()
          .removeMap(
              getFullCollectionNamespace(collection.getCollectionName())
                  + ORDERED_INDEX_INFIX
                  + indexName);
    }
  }

  private static final class IdFirstCollection extends H2Collection {

    IdFirstCollection(
        MongoDatabase database,
        String collectionName,
        CollectionOptions options,
        MVMap<Object, Document> documents,
        MVMap<String, Object> meta,
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
          candidates, restOf(query, ids), orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    // A document found under a string _id has that very _id: matching it against a top-level
    // {_id: {$in: [...]}} again would only walk the list once per document, which made reading
    // the heads of a few thousand outbox lanes quadratic.
    private static Document restOf(Document query, List<Object> ids) {
      if (!query.containsKey("_id") || !ids.stream().allMatch(String.class::isInstance)) {
        return query;
      }
      Document rest = query.clone();
      rest.remove("_id");
      return rest;
    }

    // The stock collection keeps the total BSON size of its documents for collStats: it encoded
    // every document written (twice for an update) and wrote the total to the collection's
    // metadata map, one more page for every commit to write. Nothing here asks for that size.
    @Override
    protected boolean tracksDataSize() {
      return false;
    }

    // Every document handed to the server is a copy. The server changes a document in place before
    // it stores it again, while H2 writes stored documents on a thread of its own at each commit:
    // an update in progress could otherwise be written half done, or fail the commit and with it
    // every later write.
    @Override
    protected Document getDocument(Object position) {
      Document stored = super.getDocument(position);
      return stored == null ? null : stored.cloneDeeply();
    }

    @Override
    protected QueryResult matchDocuments(
        Document query,
        Document orderBy,
        int numberToSkip,
        int limit,
        int batchSize,
        Document fieldSelector) {
      Stream<DocumentWithPosition<Object>> stored = streamAllDocumentsWithPosition();
      if (isNaturalDescending(orderBy)) {
        stored =
            stored.sorted(
                (a, b) -> ValueComparator.desc().compare(a.getPosition(), b.getPosition()));
      }
      Stream<Document> copies =
          stored
              .map(DocumentWithPosition::getDocument)
              .filter(document -> documentMatchesQuery(document, query))
              .map(Document::cloneDeeply);
      return matchDocumentsFromStream(
          copies, query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
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
      if ((id instanceof String || id instanceof Number) && super.getDocument(id) != null) {
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
