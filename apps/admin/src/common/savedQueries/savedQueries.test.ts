import { describe, expect, it } from 'vitest';
import { isCurrentQuery, searchOf } from './savedQueries';

const current = {
  filter: { status: 'ACTIVE', cohortId: 'c2' },
  sort: { field: 'name', order: 'ASC' },
  perPage: 25,
  displayedFilters: { cohortId: true },
};

describe('saved list states', () => {
  it('match the current one with the same filter values and sort, whatever their order', () => {
    expect(
      isCurrentQuery(
        { filter: { cohortId: 'c2', status: 'ACTIVE', q: '' }, sort: current.sort, perPage: 50 },
        current,
      ),
    ).toBe(true);
  });

  it('differ by a filter value or by the sort', () => {
    expect(isCurrentQuery({ ...current, filter: { status: 'ACTIVE' } }, current)).toBe(false);
    expect(isCurrentQuery({ ...current, sort: { field: 'name', order: 'DESC' } }, current)).toBe(
      false,
    );
    expect(isCurrentQuery(null, current)).toBe(false);
  });

  it('open on the first page with their filter, sort, page size and shown filters', () => {
    const search = new URLSearchParams(
      searchOf(
        {
          filter: { active: true },
          sort: { field: 'startedOn', order: 'DESC' },
          perPage: 50,
          displayedFilters: { active: true },
        },
        current,
      ),
    );
    expect(Object.fromEntries(search)).toEqual({
      filter: '{"active":true}',
      sort: 'startedOn',
      order: 'DESC',
      page: '1',
      perPage: '50',
      displayedFilters: '{"active":true}',
    });
  });

  it('keep the list’s sort and page size when they saved none', () => {
    const search = new URLSearchParams(searchOf({ filter: {} }, current));
    expect(search.get('sort')).toBe('name');
    expect(search.get('perPage')).toBe('25');
  });
});
