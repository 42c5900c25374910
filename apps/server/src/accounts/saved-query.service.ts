import { ref } from '@mikro-orm/core';
import { ForbiddenError, InvalidInputError } from '../common/errors.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { Account } from './account.entity.js';
import { SavedQuery } from './saved-query.entity.js';
import {
  type CreateSavedQueryInput,
  MAX_SAVED_QUERIES_PER_LIST,
  MAX_SAVED_QUERY_LENGTH,
} from './saved-query.inputs.js';

/** Saves a list's filter and sort under a name, for the signed-in account only. */
export async function createSavedQuery(
  data: ScopedData,
  input: CreateSavedQueryInput,
): Promise<SavedQuery> {
  const ownerId = data.viewer.accountId;
  if (!ownerId) throw new ForbiddenError();
  const name = input.name.trim();
  if (!name) throw InvalidInputError.field('input.name', 'must not be blank');
  if (JSON.stringify(input.value).length > MAX_SAVED_QUERY_LENGTH) {
    throw InvalidInputError.field(
      'input.value',
      `must be at most ${MAX_SAVED_QUERY_LENGTH} characters of JSON`,
    );
  }
  return data.transaction(async (tx) => {
    // The owner's own rows only, through the scope: the read rule is "own saved queries".
    const existing = await tx.em.find(SavedQuery, { owner: ownerId, list: input.list });
    if (existing.some((query) => query.name.toLowerCase() === name.toLowerCase())) {
      throw InvalidInputError.field(
        'input.name',
        `you already have a saved query named "${name}" on ${input.list}`,
      );
    }
    if (existing.length >= MAX_SAVED_QUERIES_PER_LIST) {
      throw InvalidInputError.field(
        'input.list',
        `already has ${MAX_SAVED_QUERIES_PER_LIST} saved queries; remove one first`,
      );
    }
    const query = tx.em.create(SavedQuery, {
      owner: ref(Account, ownerId),
      list: input.list,
      name,
      value: input.value,
    });
    await tx.assertWritable(SavedQuery, query);
    await tx.em.flush();
    return query;
  });
}
