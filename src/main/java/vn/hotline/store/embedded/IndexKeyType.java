package vn.hotline.store.embedded;

import de.bwaldvogel.mongo.backend.KeyValue;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * The embedded server's unique-index keys in its H2 file. The stock backend stores them with H2's
 * generic type, which compares two keys by serialising both with Java serialisation at every step
 * of every search, and writes them the same way: most of the server's time under load went there.
 * This type compares keys field by field (strings, numbers and booleans by value, other values by
 * their serialised form, values of different classes by class name: a total order, so the tree
 * stays consistent) and writes each field with H2's own compact encoding. Neither is what the stock
 * backend left on disk, which is why {@link EmbeddedBackend} copies old index maps into new ones.
 */
final class IndexKeyType extends ObjectDataType {
  static final IndexKeyType INSTANCE = new IndexKeyType();

  // H2's ObjectDataType uses tags 0-19, 32-49 and 64-119; DocumentValueType uses 127.
  private static final byte KEY_TAG = 126;

  private IndexKeyType() {}

  @Override
  public void write(WriteBuffer buffer, Object key) {
    if (!(key instanceof KeyValue fields)) {
      super.write(buffer, key);
      return;
    }
    buffer.put(KEY_TAG).putVarInt(fields.size());
    for (Object field : fields) {
      super.write(buffer, field);
    }
  }

  @Override
  public Object read(ByteBuffer buffer) {
    if (buffer.get(buffer.position()) != KEY_TAG) {
      return super.read(buffer);
    }
    buffer.get();
    int size = DataUtils.readVarInt(buffer);
    List<Object> fields = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      fields.add(super.read(buffer));
    }
    return new KeyValue(fields);
  }

  @Override
  public int getMemory(Object key) {
    return key instanceof KeyValue fields ? 48 + 32 * fields.size() : super.getMemory(key);
  }

  @Override
  public int compare(Object a, Object b) {
    if (a instanceof KeyValue x && b instanceof KeyValue y) {
      int common = Math.min(x.size(), y.size());
      for (int i = 0; i < common; i++) {
        int order = compareValues(x.get(i), y.get(i));
        if (order != 0) {
          return order;
        }
      }
      return Integer.compare(x.size(), y.size());
    }
    return super.compare(a, b);
  }

  private static int compareValues(Object a, Object b) {
    if (a == b) {
      return 0;
    }
    if (a == null || b == null) {
      return a == null ? -1 : 1;
    }
    if (a.getClass() != b.getClass()) {
      return a.getClass().getName().compareTo(b.getClass().getName());
    }
    return switch (a) {
      case String s -> s.compareTo((String) b);
      case Long l -> l.compareTo((Long) b);
      case Integer i -> i.compareTo((Integer) b);
      case Double d -> d.compareTo((Double) b);
      case Boolean f -> f.compareTo((Boolean) b);
      default -> Arrays.compareUnsigned(serialize(a), serialize(b));
    };
  }
}
