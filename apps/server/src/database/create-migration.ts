import { MikroORM } from '@mikro-orm/postgresql';
import { ConfigError, loadConfig } from '../config/config.js';
import { ormConfig } from './orm.js';

/**
 * `DATABASE_URL=… pnpm --filter @cei/server migration:create`: diffs the entities against a
 * database migrated to the latest committed migration and writes the difference as a new
 * migration in src/database/migrations (then add it to migrations/index.ts).
 */
const config = loadConfig();
if (!config.databaseUrl) throw new ConfigError('DATABASE_URL must name a scratch database');
const base = ormConfig({ databaseUrl: config.databaseUrl });
const orm = await MikroORM.init({
  ...base,
  migrations: {
    ...base.migrations,
    path: 'src/database/migrations',
    pathTs: 'src/database/migrations',
    emit: 'ts',
  },
});
await orm.migrator.up();
const result = await orm.migrator.create();
console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
await orm.close();
