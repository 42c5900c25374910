import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Logger } from 'pino';
import { ProtectedReads, protectedReadsPlugin } from '../audit/audit-log.js';
import type { Config } from '../config/config.js';
import { migrationsPending } from '../database/orm.js';
import { routes as featureRoutes } from '../features.js';
import type { Context } from '../graphql/context.js';
import { createErrorFormatter } from '../graphql/errors.js';
import { graphqlSchema } from '../graphql/schema.js';
import { requestLanguageMiddleware } from '../i18n/request-language.js';
import { scopeTo } from '../scope/scope-filter.js';
import { ScopedData } from '../scope/scoped-data.js';
import { viewerOfRequest } from './viewer.js';

export interface App {
  server: Server;
  /** Starts listening; resolves with the port (0 in the config picks a free one). */
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

/**
 * The composition root of the HTTP side: health checks, `/graphql`, and the built admin app at
 * `/`. Importing this module starts nothing; main.ts and the tests call it.
 */
export async function createApp({
  config,
  orm,
  logger,
}: {
  config: Config;
  orm: MikroORM;
  logger: Logger;
}): Promise<App> {
  const app = express();
  const server = createServer(app);
  app.disable('x-powered-by');
  // Behind a reverse proxy the client's address comes from X-Forwarded-For (rate limits).
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  app.get('/readyz', async (_request, response) => {
    try {
      await orm.em.getConnection().execute('select 1');
      const pending = await migrationsPending(orm);
      response
        .status(pending === 0 ? 200 : 503)
        .json({ status: pending === 0 ? 'ready' : 'migrating', pendingMigrations: pending });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      response.status(503).json({ status: 'database unreachable' });
    }
  });

  const armor = queryLimits();
  const apollo = new ApolloServer<Context>({
    schema: await graphqlSchema(),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // Partners code against the schema; it is public and described.
    introspection: true,
    validationRules: armor.validationRules,
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      protectedReadsPlugin as ApolloServerPlugin<Context>,
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    // Letters of interest are uploaded as base64 (5 MB of file is about 6.7 MB of JSON).
    express.json({ limit: '8mb' }),
    // Messages follow Accept-Language; after the body parser (see request-language.ts).
    requestLanguageMiddleware,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const em = orm.em.fork();
        // Who is asking is resolved unscoped; from then on the EntityManager is the viewer's.
        const viewer = await viewerOfRequest(req, em, config);
        scopeTo(em, viewer);
        return {
          viewer,
          data: new ScopedData(em, viewer),
          config,
          protectedReads: new ProtectedReads(),
          http: { request: req, response: res },
        };
      },
    }),
  );

  const featureRouter = express.Router();
  for (const mount of featureRoutes) mount(featureRouter, { config, orm, logger });
  app.use(featureRouter);

  if (existsSync(join(config.adminDist, 'index.html'))) {
    app.use(express.static(config.adminDist, { index: false, maxAge: '1h' }));
    // The admin app routes on the client: every other GET is its index page.
    app.get(/^(?!\/graphql).*/, (_request, response) => {
      response.setHeader('Cache-Control', 'no-cache');
      response.sendFile(join(config.adminDist, 'index.html'));
    });
  } else {
    logger.warn(
      { adminDist: config.adminDist },
      'the admin app is not built; serving the API only',
    );
  }

  return {
    server,
    listen: (port) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Validation limits on a query's shape before it runs (depth, aliases, cost, tokens), so one
 * request cannot make the server do unbounded work.
 */
function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 5000 },
    costLimit: { maxCost: 20_000 },
    // Suggestions help partners write queries; the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
