import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/**
 * `React.lazy` for a module's named export, so each screen is its own chunk while its file keeps
 * the named export the rest of the code (and the tests) import.
 */
export function lazyNamed<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
): LazyExoticComponent<M[K] & ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as M[K] & ComponentType }));
}
