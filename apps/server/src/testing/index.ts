export { countStatements, databaseSnapshot } from './database-snapshot.js';
export { docxFile, pdfFile, pngFile } from './files.js';
export {
  type GraphqlClient,
  type GraphqlResponse,
  startTestServer,
  TEST_ADMIN,
  type TestServer,
  type TestServerOptions,
} from './test-server.js';
