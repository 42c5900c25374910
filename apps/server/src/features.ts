import * as accounts from './accounts/index.js';
import * as applications from './applications/index.js';
import * as audit from './audit/index.js';
import * as cohorts from './cohorts/index.js';
import * as convenings from './convenings/index.js';
import * as dashboards from './dashboards/index.js';
import * as email from './email/index.js';
import * as funding from './funding/index.js';
import type { MountRoutes } from './http/routes.js';
import * as imports from './imports/index.js';
import * as limits from './limits/index.js';
import * as newsletter from './newsletter/index.js';
import * as organizations from './organizations/index.js';
import * as outcomes from './outcomes/index.js';
import * as rosters from './rosters/index.js';
import * as search from './search/index.js';
import * as sync from './sync/index.js';
import * as teams from './teams/index.js';
import * as trial from './trial/index.js';
import * as webhooks from './webhooks/index.js';

interface Feature {
  entities: readonly (abstract new (...args: never[]) => object)[];
  /** Plain HTTP routes (downloads, calendar feeds, links in emails), if the feature has any. */
  routes?: MountRoutes;
  /** Resolver classes, as type-graphql takes them. */
  resolvers: readonly (abstract new (
    ...args: never[]
  ) => object)[];
}

/** Every feature folder, each exporting its entities and resolvers. */
const features: Feature[] = [
  organizations,
  cohorts,
  teams,
  rosters,
  convenings,
  applications,
  funding,
  outcomes,
  dashboards,
  newsletter,
  email,
  accounts,
  audit,
  imports,
  search,
  limits,
  webhooks,
  trial,
  sync,
];

export const entities = features.flatMap((feature) => feature.entities);
export const resolvers = features.flatMap((feature) => feature.resolvers);
export const routes = features.flatMap((feature) => (feature.routes ? [feature.routes] : []));
