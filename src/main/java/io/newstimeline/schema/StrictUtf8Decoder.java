package io.newstimeline.schema;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.avro.AvroTypeException;
import org.apache.avro.io.Decoder;
import org.apache.avro.util.Utf8;

/**
 * An Avro {@link Decoder} that refuses strings that are not valid UTF-8. Avro's own decoder turns
 * bad bytes into U+FFFD without a word, so a garbled id would become another, legal-looking id;
 * reading through this one, such a record fails to decode and goes to the dead letters instead.
 * Everything else is passed to the wrapped decoder.
 */
final class StrictUtf8Decoder extends Decoder {

  private Decoder in;
  private final Utf8 scratch = new Utf8();

  /** Reads from {@code in} from now on; returns this decoder. */
  StrictUtf8Decoder wrap(Decoder in) {
    this.in = in;
    return this;
  }

  @Override
  public String readString() throws IOException {
    return readString(scratch).toString();
  }

  @Override
  public Utf8 readString(Utf8 old) throws IOException {
    Utf8 text = in.readString(old);
    check(text.getBytes(), text.getByteLength());
    return text;
  }

  private static void check(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) { // not ASCII: let the JDK's decoder judge the rest
        try {
          StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, i, length - i));
        } catch (CharacterCodingException e) {
          throw new AvroTypeException("A string is not valid UTF-8 (" + e.getMessage() + ")");
        }
        return;
      }
    }
  }

  @Override
  public void readNull() throws IOException {
    in.readNull();
  }

  @Override
  public boolean readBoolean() throws IOException {
    return in.readBoolean();
  }

  @Override
  public int readInt() throws IOException {
    return in.readInt();
  }

  @Override
  public long readLong() throws IOException {
    return in.readLong();
  }

  @Override
  public float readFloat() throws IOException {
    return in.readFloat();
  }

  @Override
  public double readDouble() throws IOException {
    return in.readDouble();
  }

  @Override
  public void skipString() throws IOException {
    in.skipString();
  }

  @Override
  public ByteBuffer readBytes(ByteBuffer old) throws IOException {
    return in.readBytes(old);
  }

  @Override
  public void skipBytes() throws IOException {
    in.skipBytes();
  }

  @Override
  public void readFixed(byte[] bytes, int start, int length) throws IOException {
    in.readFixed(bytes, start, length);
  }

  @Override
  public void skipFixed(int length) throws IOException {
    in.skipFixed(length);
  }

  @Override
  public int readEnum() throws IOException {
    return in.readEnum();
  }

  @Override
  public long readArrayStart() throws IOException {
    return in.readArrayStart();
  }

  @Override
  public long arrayNext() throws IOException {
    return in.arrayNext();
  }

  @Override
  public long skipArray() throws IOException {
    return in.skipArray();
  }

  @Override
  public long readMapStart() throws IOException {
    return in.readMapStart();
  }

  @Override
  public long mapNext() throws IOException {
    return in.mapNext();
  }

  @Override
  public long skipMap() throws IOException {
    return in.skipMap();
  }

  @Override
  public int readIndex() throws IOException {
    return in.readIndex();
  }

  @Override
  public int remainingBytes() {
    return in.remainingBytes();
  }
}
