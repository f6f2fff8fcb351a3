package io.newstimeline.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newstimeline.schema.SchemaLogEntry.ConfigEntry;
import io.newstimeline.schema.SchemaLogEntry.ConfigRemoved;
import io.newstimeline.schema.SchemaLogEntry.IdWatermark;
import io.newstimeline.schema.SchemaLogEntry.VersionEntry;
import io.newstimeline.schema.SchemaLogEntry.VersionRemoved;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaLogCodecTest {

  private static final VersionEntry VERSION = new VersionEntry("people-value", 2, 7, "\"string\"", false);

  @Test
  void shouldWriteTheDocumentedKeysAndValues() {
    assertThat(text(SchemaLogCodec.key(VERSION))).isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"people-value\",\"version\":2}");
    assertThat(text(SchemaLogCodec.value(VERSION)))
        .isEqualTo("{\"subject\":\"people-value\",\"version\":2,\"id\":7,\"schema\":\"\\\"string\\\"\",\"deleted\":false}");
    assertThat(text(SchemaLogCodec.key(new ConfigEntry(null, CompatibilityLevel.FULL))))
        .isEqualTo("{\"keytype\":\"CONFIG\",\"subject\":null}");
    assertThat(text(SchemaLogCodec.value(new ConfigEntry("people-value", CompatibilityLevel.FULL))))
        .isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
    assertThat(text(SchemaLogCodec.key(new IdWatermark(7)))).isEqualTo("{\"keytype\":\"ID_WATERMARK\"}");
    assertThat(text(SchemaLogCodec.value(new IdWatermark(7)))).isEqualTo("{\"maxId\":7}");
  }

  @Test
  void shouldWriteRemovalsAsTombstonesOfTheSameKey() {
    VersionRemoved removed = new VersionRemoved("people-value", 2);

    assertThat(SchemaLogCodec.value(removed)).isNull();
    assertThat(SchemaLogCodec.key(removed)).isEqualTo(SchemaLogCodec.key(VERSION));
    assertThat(SchemaLogCodec.value(new ConfigRemoved("people-value"))).isNull();
  }

  @Test
  void shouldReadBackEveryKindOfEntry() {
    List<SchemaLogEntry> entries = List.of(VERSION, VERSION.softDeleted(), new VersionRemoved("people-value", 2),
        new ConfigEntry(null, CompatibilityLevel.NONE), new ConfigEntry("people-value", CompatibilityLevel.FORWARD),
        new ConfigRemoved("people-value"), new IdWatermark(9));

    assertThat(entries).allSatisfy(entry ->
        assertThat(SchemaLogCodec.decode(SchemaLogCodec.key(entry), SchemaLogCodec.value(entry))).contains(entry));
  }

  @Test
  void shouldKeepMetadataRuleSetsAndNormalizeAndReadRecordsWrittenWithoutThem() {
    VersionEntry withMetadata = new VersionEntry("people-value", 3, 8, SchemaContent.of("\"string\"",
        json("{\"properties\":{\"owner\":\"Bob\"}}"), json("{\"domainRules\":[]}")));
    ConfigEntry normalize = new ConfigEntry("people-value", null, true);

    assertThat(text(SchemaLogCodec.value(withMetadata))).isEqualTo("{\"subject\":\"people-value\",\"version\":3,"
        + "\"id\":8,\"schema\":\"\\\"string\\\"\",\"deleted\":false,\"metadata\":{\"properties\":{\"owner\":\"Bob\"}},"
        + "\"ruleSet\":{\"domainRules\":[]}}");
    assertThat(text(SchemaLogCodec.value(normalize))).isEqualTo("{\"normalize\":true}");
    assertThat(List.of(withMetadata, normalize)).allSatisfy(entry ->
        assertThat(SchemaLogCodec.decode(SchemaLogCodec.key(entry), SchemaLogCodec.value(entry))).contains(entry));
    assertThat(SchemaLogCodec.decode(SchemaLogCodec.key(VERSION),
        bytes("{\"subject\":\"people-value\",\"version\":2,\"id\":7,\"schema\":\"\\\"string\\\"\"}"))).contains(VERSION);
  }

  @Test
  void shouldTellItsOwnKeysFromConfluentSchemaRegistrysAndOthers() {
    assertThat(SchemaLogCodec.writtenByThisRegistry(SchemaLogCodec.key(VERSION))).isTrue();
    assertThat(SchemaLogCodec.writtenByThisRegistry(SchemaLogCodec.key(new ConfigEntry(null, CompatibilityLevel.FULL))))
        .isTrue();
    assertThat(SchemaLogCodec.writtenByThisRegistry(SchemaLogCodec.key(new IdWatermark(3)))).isTrue();
    assertThat(SchemaLogCodec.writtenByThisRegistry(bytes("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1,\"magic\":1}")))
        .isFalse();
    assertThat(SchemaLogCodec.writtenByThisRegistry(bytes("{\"keytype\":\"NOOP\",\"magic\":0}"))).isFalse();
    assertThat(SchemaLogCodec.writtenByThisRegistry(bytes("plain text"))).isFalse();
    assertThat(SchemaLogCodec.writtenByThisRegistry(null)).isFalse();
  }

  @Test
  void shouldSkipUnknownKeyTypesAndRefuseMalformedRecords() {
    assertThat(SchemaLogCodec.decode(bytes("{\"keytype\":\"NOOP\",\"magic\":0}"), null)).isEmpty();
    assertThat(SchemaLogCodec.decode(null, bytes("{}"))).isEmpty();
    assertThatThrownBy(() -> SchemaLogCodec.decode(bytes("not json"), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SchemaLogCodec.decode(bytes("{\"keytype\":\"SCHEMA\",\"subject\":\"s\",\"version\":1}"),
        bytes("{\"subject\":\"s\",\"version\":1}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Missing field 'id' in {\"subject\":\"s\",\"version\":1}");
  }

  private static JsonNode json(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
