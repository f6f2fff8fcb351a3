// Runs the spec exactly as the package ships it. The one substitution: the spec reads its
// registry address from ../test/test-constants (fixed to http://localhost:8081); that module is
// mapped to registry-constants.cjs, which takes the address from SCHEMA_REGISTRY_URL.
const spec = '<rootDir>/node_modules/@confluentinc/schemaregistry/dist/e2e';
module.exports = {
  rootDir: __dirname,
  roots: [spec],
  testMatch: ['**/schemaregistry-client.spec.js'],
  testPathIgnorePatterns: [],
  transform: {},
  // The spec lives in node_modules, which jest's file crawler skips unless told to keep it.
  haste: { retainAllFiles: true },
  moduleNameMapper: { '^\\.\\./test/test-constants$': '<rootDir>/registry-constants.cjs' },
  testTimeout: 30000,
  verbose: true,
};
