// Proves that an unmodified Confluent client written by someone else
// (@kafkajs/confluent-schema-registry) works against a schema registry: it registers the
// project's EventDate schema, fetches it by id, encodes and decodes a record in the Confluent
// wire format, and sees a 409 for an incompatible change.
//
// Usage: node check.mjs [registry-url] [records-file]
//   registry-url  default: $SCHEMA_REGISTRY_URL or http://127.0.0.1:8081
//   records-file  optional: raw values read from news.timeline, one hex string per line; each is
//                 decoded with a fresh client (schema fetched by the id in the record's header)
// Exits 0 when every check passed; prints one line per check and "N passed, N failed" last.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import registryPackage from '@kafkajs/confluent-schema-registry';

const { SchemaRegistry, SchemaType } = registryPackage;
const url = process.argv[2] ?? process.env.SCHEMA_REGISTRY_URL ?? 'http://127.0.0.1:8081';
const recordsFile = process.argv[3];
const here = dirname(fileURLToPath(import.meta.url));
const eventDate = readFileSync(join(here, '..', '..', 'schemas', 'EventDate.avsc'), 'utf8');
const subject = `confluent-client-check-${Date.now()}-value`;
const record = { start: 19599, end: 19599, precision: 'DAY', expression: 'on Wednesday' };

const registry = new SchemaRegistry({ host: url, retry: { retries: 0 } });
const checks = [];
const check = (name, body) => checks.push({ name, body });
let id;
let encoded;

check('registers the schema and gets an id', async () => {
  ({ id } = await registry.register({ type: SchemaType.AVRO, schema: eventDate }, { subject }));
  assert.equal(typeof id, 'number');
});
check('gets the same id when registering it again', async () => {
  const again = await registry.register({ type: SchemaType.AVRO, schema: eventDate }, { subject });
  assert.equal(again.id, id);
});
check('finds the id as the latest version of the subject', async () => {
  assert.equal(await registry.getLatestSchemaId(subject), id);
  assert.equal(await registry.getRegistryId(subject, 1), id);
});
check('fetches the schema by id with a client that has nothing cached', async () => {
  const fresh = new SchemaRegistry({ host: url, retry: { retries: 0 } });
  const type = await fresh.getSchema(id);
  assert.equal(type.name, 'io.newstimeline.avro.EventDate');
});
check('encodes a record as magic byte 0, the id, then Avro binary', async () => {
  encoded = await registry.encode(id, record);
  assert.equal(encoded[0], 0);
  assert.equal(encoded.readInt32BE(1), id);
});
check('decodes the record with a client that has nothing cached', async () => {
  const fresh = new SchemaRegistry({ host: url, retry: { retries: 0 } });
  const decoded = await fresh.decode(encoded); // an avsc Record: compare its fields
  assert.deepEqual({ ...decoded }, record);
});
check('refuses an incompatible change with HTTP 409', async () => {
  const schema = JSON.parse(eventDate);
  schema.fields.push({ name: 'confidence', type: 'int' });
  await assert.rejects(
    registry.register({ type: SchemaType.AVRO, schema: JSON.stringify(schema) }, { subject }),
    (error) => error.status === 409 && /incompatible with an earlier schema/.test(error.message));
});

if (recordsFile) {
  check('decodes every record read from news.timeline into a TimelineEntry', async () => {
    const lines = readFileSync(recordsFile, 'utf8').split('\n').filter((line) => line.trim() !== '');
    assert.ok(lines.length > 0, 'no records given');
    const fresh = new SchemaRegistry({ host: url, retry: { retries: 0 } });
    for (const line of lines) {
      const entry = await fresh.decode(Buffer.from(line.trim(), 'hex'));
      assert.equal(typeof entry.id, 'string');
      assert.equal(typeof entry.sortKey, 'string');
      assert.ok(entry.sources.length > 0, `entry ${entry.id} has no source`);
      console.log(`  decoded ${entry.id}: ${entry.sortKey.split('|')[0]} ${entry.type} ${entry.summary}`);
    }
  });
}

let passed = 0;
let failed = 0;
for (const { name, body } of checks) {
  try {
    await body();
    passed += 1;
    console.log(`ok - ${name}`);
  } catch (error) {
    failed += 1;
    console.log(`not ok - ${name}: ${error.message}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
