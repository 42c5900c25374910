import DataLoader from 'dataloader';
import type { ScopedData } from '../scope/scoped-data.js';

const loadersByRequest = new WeakMap<ScopedData, Map<string, DataLoader<string, unknown>>>();

/**
 * A DataLoader living as long as the request's scope layer (one per viewer and request, never
 * shared): the keys asked for in one tick are answered by one batch. `name` tells batches apart,
 * and carries any argument they share (a program year).
 */
export function requestLoader<V>(
  data: ScopedData,
  name: string,
  batch: (keys: readonly string[]) => Promise<V[]>,
): DataLoader<string, V> {
  let loaders = loadersByRequest.get(data);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(data, loaders);
  }
  let loader = loaders.get(name) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V>(batch, { maxBatchSize: 1000 });
    loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}
