import type { Environment } from 'monaco-editor';
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';

/**
 * GraphiQL's editors (Monaco) run their language services in web workers, bundled from this
 * server. This is `graphiql/setup-workers/vite` written in our own source: Vite's dev server
 * pre-bundles dependencies with a step that cannot follow `?worker` imports inside a package,
 * and stopped at start-up on that file (graphql/graphiql#4038).
 */
(globalThis as { MonacoEnvironment?: Environment }).MonacoEnvironment = {
  getWorker(_workerId, label) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
