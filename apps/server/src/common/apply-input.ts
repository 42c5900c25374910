import { type EntityClass, ref } from '@mikro-orm/core';
import type { ScopedData } from '../scope/scoped-data.js';

/** Input keys ending in `Id` that set a many-to-one reference: key → [target entity, property]. */
export type ReferenceInputs = Record<string, readonly [EntityClass<{ id: string }>, string]>;

/**
 * Copies an input object onto a record: plain fields as they are, `<ref>Id` fields as references
 * looked up through the scope layer (an unknown or unreadable id is a BAD_USER_INPUT naming the
 * field). Keys left out of the input (undefined) leave the record as it is; null clears.
 */
export async function applyInput(
  data: ScopedData,
  record: object,
  input: object,
  references: ReferenceInputs = {},
): Promise<void> {
  const target = record as Record<string, unknown>;
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const reference = references[key];
    if (!reference) {
      target[key] = value;
      continue;
    }
    const [entity, property] = reference;
    target[property] =
      value === null ? null : ref(await data.reference(entity, value, `input.${key}`));
  }
}
