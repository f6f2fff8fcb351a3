// Reads the public topics the way a newsroom dashboard written in Node.js would: stock kafkajs
// (no codec plugin, so it decodes only uncompressed or gzip batches) and Confluent's own Avro
// deserializer, which fetches each schema from the registry by the id in the record.
//
// Usage: node check.mjs BOOTSTRAP REGISTRY_URL TOPIC=COUNT[:raw|:bad=K] ...
//   Each TOPIC must yield COUNT records (read_committed, from the beginning); their values are
//   decoded with the Confluent deserializer, except for topics marked :raw (dead letters hold the
//   bytes as received) and tombstones; :bad=K says that exactly K values are not Avro (garbage
//   a test published on purpose). Prints one line per topic and "N passed, N failed" last;
//   exits 0 when every topic passed.
import { Kafka, logLevel } from 'kafkajs';
import { AvroDeserializer, SchemaRegistryClient, SerdeType } from '@confluentinc/schemaregistry';

const [bootstrap, registryUrl, ...specs] = process.argv.slice(2);
if (!bootstrap || !registryUrl || specs.length === 0) {
  console.error('usage: node check.mjs BOOTSTRAP REGISTRY_URL TOPIC=COUNT[:raw] ...');
  process.exit(2);
}
const wanted = new Map(specs.map((spec) => {
  const at = spec.indexOf('=');
  const topic = spec.slice(0, at);
  const rest = spec.slice(at + 1);
  const [count, mode = ''] = rest.split(':');
  const bad = mode.startsWith('bad=') ? Number(mode.slice(4)) : 0;
  return [topic, { count: Number(count), raw: mode === 'raw', bad, seen: 0, decoded: 0, errors: [], offsets: [] }];
}));

const kafka = new Kafka({ clientId: 'kafkajs-check', brokers: [bootstrap], logLevel: logLevel.NOTHING });
const registry = new SchemaRegistryClient({ baseURLs: [registryUrl] });
const deserializer = new AvroDeserializer(registry, SerdeType.VALUE, {});
const consumer = kafka.consumer({ groupId: `kafkajs-check-${process.pid}-${Date.now()}`, readUncommitted: false });

const done = () => [...wanted.values()].every((t) => t.seen >= t.count);
let finish;
const finished = new Promise((resolve) => { finish = resolve; });
const timeout = setTimeout(() => finish('timed out'), 60_000);

await consumer.connect();
for (const topic of wanted.keys()) {
  await consumer.subscribe({ topic, fromBeginning: true });
}
await consumer.run({
  eachMessage: async ({ topic, partition, message }) => {
    const t = wanted.get(topic);
    t.seen += 1;
    t.offsets.push(`${partition}@${message.offset}`);
    if (message.value === null || t.raw) {
      if (done()) finish('read');
      return;
    }
    try {
      const value = await deserializer.deserialize(topic, message.value);
      if (value === null || typeof value !== 'object') throw new Error('not a record');
      t.decoded += 1;
      if (topic.endsWith('timeline') && t.decoded === 1) {
        console.log(`  first ${topic} value: ${value.id} ${value.type} "${value.summary}"`);
      }
    } catch (error) {
      t.errors.push(error.message);
    }
    if (done()) finish('read');
  },
});
const outcome = await finished;
clearTimeout(timeout);
await consumer.disconnect();

let passed = 0;
let failed = 0;
for (const [topic, t] of wanted) {
  const ok = t.seen === t.count && t.errors.length === t.bad;
  ok ? passed += 1 : failed += 1;
  const what = t.raw ? 'raw' : `decoded ${t.decoded}`;
  console.log(`${ok ? 'ok' : 'not ok'} - ${topic}: read ${t.seen} of ${t.count}, ${what}`
    + (t.errors.length ? `; ${t.errors.length} not Avro, first: ${t.errors[0]}` : '')
    + (ok ? '' : ` (${outcome}; partition@offset read: ${t.offsets.join(' ') || 'none'})`));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
