import { adminResource } from '../adminResource';
import { savedQueryDefinition } from './savedQuery.graphql';

/** Read and written from the lists' "Saved filters" only: no screens, no menu entry. */
export const savedQueries = adminResource(savedQueryDefinition, {});
