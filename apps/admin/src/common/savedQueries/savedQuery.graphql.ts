import { gql } from '@apollo/client';
import { defineResource } from '../../data/resource';

/**
 * The signed-in account's saved filters of the lists (`savedQueries`): kept on the server per
 * account, so they follow the person and stay theirs on a shared computer.
 */
export const savedQueryDefinition = defineResource({
  name: 'savedQueries',
  type: 'SavedQuery',
  fragment: gql`
    fragment SavedQueryFields on SavedQuery {
      id
      version
      list
      name
      value
    }
  `,
  sortFields: ['name', 'createdAt'],
  filters: ['list'],
  inputs: { create: ['list', 'name', 'value'] },
});

/** A list's state as it is saved: react-admin's own (filter values, sort, page size, shown filters). */
export interface SavedListState {
  filter: Record<string, unknown>;
  sort: { field: string; order: string };
  perPage: number;
  displayedFilters: Record<string, unknown>;
}

export interface SavedQueryRecord {
  id: string;
  version: number;
  list: string;
  name: string;
  value: Partial<SavedListState>;
}
