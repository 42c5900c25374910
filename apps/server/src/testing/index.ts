export { DEMO_PASSWORD } from '../database/seed/demo-data.js';
export { docxFile, pdfFile, pngFile } from '../database/seed/demo-files.js';
export { countStatements, databaseSnapshot } from './database-snapshot.js';
export { pinnedNodeVersion } from './runtime.js';
export {
  type GraphqlClient,
  type GraphqlResponse,
  startTestServer,
  TEST_ADMIN,
  type TestServer,
  type TestServerOptions,
} from './test-server.js';
