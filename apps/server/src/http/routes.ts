import type { MikroORM } from '@mikro-orm/postgresql';
import type { Request, Router } from 'express';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { scopeTo } from '../scope/scope-filter.js';
import { ScopedData } from '../scope/scoped-data.js';
import { publicViewer } from '../scope/viewer.js';
import { viewerOfRequest } from './viewer.js';

/** What a feature's plain HTTP routes (downloads, calendar feeds, email links) are given. */
export interface RouteDependencies {
  config: Config;
  orm: MikroORM;
  logger: Logger;
}

/** A feature's HTTP routes besides GraphQL, mounted before the admin app. */
export type MountRoutes = (router: Router, dependencies: RouteDependencies) => void;

/**
 * The scope layer for a plain HTTP request, bound to its viewer exactly as for GraphQL, so a
 * download answers 404 for a record outside the viewer's scope as for a missing one.
 */
export async function scopedDataOf(
  request: Request,
  { orm, config }: RouteDependencies,
): Promise<ScopedData> {
  const em = orm.em.fork();
  // A bearer token that does not work gives no access: the request is then the public's.
  const viewer = await viewerOfRequest(request, em, config).catch(() => publicViewer);
  scopeTo(em, viewer);
  return new ScopedData(em, viewer);
}
