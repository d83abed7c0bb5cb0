package fr.portailfamilles.launcher;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.ByteBuffer;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the documents of a collection are written to the H2 file: as BSON, the wire protocol's own
 * encoding, instead of H2's generic type, which Java-serializes them. H2 writes a page again with
 * all its documents whenever one of them changes, so on opening morning the wire server spent
 * about a fifth of its time in Java serialization; BSON is several times cheaper to write and to
 * read, and smaller.
 *
 * <p>Each document is written as a marker byte, its length and its BSON. A document written by
 * the generic type (a file from before, or from the library's own backend) starts with that
 * type's own tag instead, never the marker, and is read by it: older files open as they are, and
 * their pages are written as BSON when they next change.
 */
final class BsonDocumentType extends BasicDataType<Document> {

  /** Not a tag of H2's generic type (its tags are below 120). */
  static final byte MARKER = (byte) 0xB5;

  private final ObjectDataType writtenBefore = new ObjectDataType();
  /** The mean encoded size, H2's estimate of a document's memory (which decides how pages split). */
  private volatile int averageSize = 1024;

  @Override
  public int getMemory(Document document) {
    return averageSize;
  }

  @Override
  public void write(WriteBuffer buffer, Document document) {
    ByteBuf bson = encode(document, averageSize);
    try {
      int size = bson.readableBytes();
      buffer.put(MARKER).putVarInt(size).put(bson.nioBuffer());
      averageSize = (int) ((averageSize * 15L + size) / 16);
    } finally {
      bson.release();
    }
  }

  /** The size of a document's BSON, what {@code collStats} counts. */
  static int encodedSize(Document document) {
    ByteBuf bson = encode(document, 256);
    try {
      return bson.readableBytes();
    } finally {
      bson.release();
    }
  }

  /** The document's BSON, in a buffer the caller releases. */
  private static ByteBuf encode(Document document, int expectedSize) {
    ByteBuf bson = Unpooled.buffer(expectedSize);
    BsonEncoder.encodeDocument(document, bson);
    return bson;
  }

  @Override
  public Document read(ByteBuffer buffer) {
    if (buffer.get(buffer.position()) != MARKER) {
      return (Document) writtenBefore.read(buffer);
    }
    buffer.get();
    int size = DataUtils.readVarInt(buffer);
    ByteBuffer bson = buffer.slice(buffer.position(), size);
    buffer.position(buffer.position() + size);
    return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
  }

  @Override
  public Document[] createStorage(int size) {
    return new Document[size];
  }
}
