import type { ScopedData } from '../scope/scoped-data.js';
import type { Viewer } from '../scope/viewer.js';

/** What every resolver receives: who is asking, and the scope layer bound to them. */
export interface Context {
  viewer: Viewer;
  data: ScopedData;
}
