import type { MikroORM } from '@mikro-orm/postgresql';
import { systemFork } from '../../scope/scope-filter.js';
import { loadDemoData } from './demo-data.js';
import { loadReferenceData } from './reference-data.js';

const loaders = {
  reference: loadReferenceData,
  demo: loadDemoData,
};

/**
 * Loads each data set once per database, in one transaction with its marker in `seed_load`, so
 * a restart (or a second server) never loads it twice. Returns the names loaded now.
 */
export async function loadSeedData(orm: MikroORM, { demo }: { demo: boolean }): Promise<string[]> {
  const names: (keyof typeof loaders)[] = demo ? ['reference', 'demo'] : ['reference'];
  const loaded: string[] = [];
  for (const name of names) {
    const didLoad = await systemFork(orm).transactional(async (em) => {
      // Serializes concurrent starts against one database.
      await em.execute('select pg_advisory_xact_lock(hashtext(?))', [`seed:${name}`]);
      const marker = await em.execute('select 1 from seed_load where name = ?', [name]);
      if (marker.length > 0) return false;
      await loaders[name](em);
      await em.flush();
      await em.execute('insert into seed_load (name) values (?)', [name]);
      return true;
    });
    if (didLoad) loaded.push(name);
  }
  return loaded;
}
