package vn.hotline.store.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded server's documents are written to its H2 file: as BSON behind a tag byte that
 * H2's generic type never writes. The stock backend used Java serialisation, which cost more than
 * everything else the server did at each commit. A value without the tag was written by the stock
 * backend and is read as before, so an old file opens unchanged and moves to BSON page by page as
 * pages are rewritten.
 */
final class DocumentValueType extends ObjectDataType {
  static final DocumentValueType INSTANCE = new DocumentValueType();

  // H2's ObjectDataType uses tags 0-19, 32-49 and 64-119.
  private static final byte BSON_TAG = 127;
  private static final int OVERHEAD = 64;

  // Only for H2's cache accounting, so a racy average is good enough.
  private volatile int averageSize = 512;

  private DocumentValueType() {}

  @Override
  public void write(WriteBuffer buffer, Object value) {
    if (!(value instanceof Document document)) {
      super.write(buffer, value);
      return;
    }
    ByteBuf bson = Unpooled.buffer(averageSize + OVERHEAD);
    try {
      BsonEncoder.encodeDocument(document, bson);
      int size = bson.readableBytes();
      averageSize = (averageSize * 15 + size) / 16;
      buffer.put(BSON_TAG).put(bson.nioBuffer());
    } finally {
      bson.release();
    }
  }

  @Override
  public Object read(ByteBuffer buffer) {
    if (buffer.get(buffer.position()) != BSON_TAG) {
      return super.read(buffer);
    }
    buffer.get();
    ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice());
    Document document = BsonDecoder.decodeBson(bson);
    buffer.position(buffer.position() + bson.readerIndex());
    return document;
  }

  @Override
  public int getMemory(Object value) {
    return value instanceof Document ? averageSize + OVERHEAD : super.getMemory(value);
  }
}
