export { countStatements, databaseSnapshot } from './database-snapshot.js';
export {
  type GraphqlResponse,
  startTestServer,
  type TestServer,
  type TestServerOptions,
} from './test-server.js';
