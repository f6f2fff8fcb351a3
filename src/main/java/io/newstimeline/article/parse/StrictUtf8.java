package io.newstimeline.article.parse;

import io.newstimeline.InputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/** Decodes bytes as UTF-8 and rejects anything else, so a Latin-1 file fails loudly instead of being garbled. */
final class StrictUtf8 {

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private StrictUtf8() {
  }

  /**
   * Returns {@code bytes} decoded as UTF-8 without a leading byte-order mark.
   *
   * @throws InputException naming {@code fileName} when the bytes are not valid UTF-8
   */
  static String decode(byte[] bytes, String fileName) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    try {
      CharBuffer text = decoder.decode(in);
      if (text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK) {
        text.position(1);
      }
      return text.toString();
    } catch (MalformedInputException e) {
      throw new InputException(fileName + ": not valid UTF-8 (bad byte at offset " + in.position() + ")", e);
    } catch (CharacterCodingException e) {
      throw new InputException(fileName + ": not valid UTF-8", e);
    }
  }
}
