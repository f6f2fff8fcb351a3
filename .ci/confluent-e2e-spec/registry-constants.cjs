// The spec's client settings (those of dist/test/test-constants.js) pointed at SCHEMA_REGISTRY_URL.
const shipped = require('@confluentinc/schemaregistry/dist/test/test-constants');

const url = process.env.SCHEMA_REGISTRY_URL ?? 'http://localhost:8081';
module.exports = { ...shipped, clientConfig: { ...shipped.clientConfig, baseURLs: [url] } };
