import { ref } from '@mikro-orm/core';
import { ForbiddenError, InvalidInputError } from '../common/errors.js';
import { validationMessages } from '../common/validation.messages.js';
import type { ScopedData } from '../scope/scoped-data.js';
import { Account } from './account.entity.js';
import { SavedQuery } from './saved-query.entity.js';
import {
  type CreateSavedQueryInput,
  MAX_SAVED_QUERIES_PER_LIST,
  MAX_SAVED_QUERY_LENGTH,
} from './saved-query.inputs.js';
import { savedQueryMessages as m } from './saved-query.messages.js';

/** Saves a list's filter and sort under a name, for the signed-in account only. */
export async function createSavedQuery(
  data: ScopedData,
  input: CreateSavedQueryInput,
): Promise<SavedQuery> {
  const ownerId = data.viewer.accountId;
  if (!ownerId) throw new ForbiddenError();
  const name = input.name.trim();
  if (!name) throw InvalidInputError.field('input.name', validationMessages.notBlank());
  const { value } = input;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw InvalidInputError.field('input.value', m.notObject());
  }
  if (JSON.stringify(value).length > MAX_SAVED_QUERY_LENGTH) {
    throw InvalidInputError.field('input.value', m.tooLong({ max: MAX_SAVED_QUERY_LENGTH }));
  }
  return data.transaction(async (tx) => {
    // The owner's own rows only, through the scope: the read rule is "own saved queries".
    const existing = await tx.em.find(SavedQuery, { owner: ownerId, list: input.list });
    if (existing.some((query) => query.name.toLowerCase() === name.toLowerCase())) {
      throw InvalidInputError.field('input.name', m.nameTaken({ name, list: input.list }));
    }
    if (existing.length >= MAX_SAVED_QUERIES_PER_LIST) {
      throw InvalidInputError.field('input.list', m.tooMany({ max: MAX_SAVED_QUERIES_PER_LIST }));
    }
    const query = tx.em.create(SavedQuery, {
      owner: ref(Account, ownerId),
      list: input.list,
      name,
      value,
    });
    await tx.assertWritable(SavedQuery, query);
    await tx.em.flush();
    return query;
  });
}
