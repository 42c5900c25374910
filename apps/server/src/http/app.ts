import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { Logger } from 'pino';
import { SignInLimits } from '../accounts/sign-in-limits.js';
import { ProtectedReads, protectedReadsPlugin } from '../audit/audit-log.js';
import type { Config } from '../config/config.js';
import { migrationsPending } from '../database/orm.js';
import { routes as featureRoutes } from '../features.js';
import type { Context } from '../graphql/context.js';
import { createErrorFormatter } from '../graphql/errors.js';
import { graphqlSchema } from '../graphql/schema.js';
import { textInputsPlugin } from '../graphql/text-inputs.js';
import { requestLanguageMiddleware } from '../i18n/request-language.js';
import { LimitStore } from '../limits/limit-store.js';
import { RequestLimits } from '../limits/request-limits.js';
import { scopeTo } from '../scope/scope-filter.js';
import { ScopedData } from '../scope/scoped-data.js';
import { admission } from './admission.js';
import { errorAnswers, jsonBody } from './error-answers.js';
import { securityHeaders } from './security-headers.js';
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
  // Answers are never cached (GraphQL is POST; the static files set their own): an ETag would
  // only hash every response body.
  app.disable('etag');
  app.use(securityHeaders(config));
  // Behind a reverse proxy the client's address comes from X-Forwarded-For (rate limits).
  if (config.trustProxy !== undefined) app.set('trust proxy', config.trustProxy);

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok', node: process.versions.node });
  });
  app.get('/readyz', async (_request, response) => {
    try {
      // A database that does not answer within a second is not ready, whatever it does later.
      const pending = await withinOneSecond(async () => {
        await orm.em.getConnection().execute('select 1');
        return migrationsPending(orm);
      });
      response
        .status(pending === 0 ? 200 : 503)
        .json({ status: pending === 0 ? 'ready' : 'migrating', pendingMigrations: pending });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      response.status(503).json({ status: 'database unreachable' });
    }
  });

  const armor = queryLimits();
  // Counters of failed sign-ins and of request and cost budgets, on one small pool.
  const limitStore = LimitStore.start(
    orm.config.get('clientUrl') as string,
    logger,
    (sql, params) => orm.config.get('onQuery')(sql, params),
  );
  const requestLimits = await RequestLimits.start(limitStore, config.rateLimits);
  const apollo = new ApolloServer<Context>({
    schema: await graphqlSchema(),
    formatError: createErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    // main.ts drains and exits on SIGTERM/SIGINT; Apollo's own handlers would re-raise the signal
    // and end the process before the rest had stopped.
    stopOnTerminationSignals: false,
    // Partners code against the schema; it is public and described.
    introspection: true,
    validationRules: armor.validationRules,
    // graphql-js's own token limit: a query over it is a syntax error (400), where armor's
    // plugin for the same limit threw outside Apollo's parse step and answered 500.
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      requestLimits.plugin(),
      protectedReadsPlugin as ApolloServerPlugin<Context>,
      textInputsPlugin,
      ApolloServerPluginDrainHttpServer({
        httpServer: server,
        stopGracePeriodMillis: config.shutdownGraceMs,
      }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of answers: the default cache-control plugin would only add a hook to
      // every resolved field.
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();
  const signInLimits = await SignInLimits.start(limitStore);
  // A person opening /graphql in a browser gets the explorer bundled in the admin app, not
  // Apollo's landing page, which loads its Sandbox from a CDN (and fails offline).
  app.get('/graphql', (request, response, next) => {
    if (request.accepts(['application/json', 'text/html']) === 'text/html') {
      response.redirect(302, '/#/api-explorer');
    } else next();
  });
  app.use(
    '/graphql',
    jsonBody(),
    admission(config.graphqlConcurrency),
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
          signInLimits,
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

  app.use(errorAnswers(logger));

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
      await requestLimits.close();
      await limitStore.close();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const MAX_QUERY_TOKENS = 5000;

function withinOneSecond<T>(work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the database did not answer within 1 s')), 1000);
  });
  return Promise.race([work(), late]).finally(() => clearTimeout(timer));
}

/**
 * Validation limits on a query's shape before it runs (depth and aliases; tokens are limited
 * while parsing, above, and cost once variables are known, by limits/request-limits.ts), so one
 * request cannot make the server do unbounded work.
 */
function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { enabled: false },
    // Query cost is limited by limits/request-limits.ts, which counts list sizes (`limit`).
    costLimit: { enabled: false },
    // Suggestions help partners write queries; the schema is public anyway.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}
