import { type EnumName, type EnumValue, labelOf, type UiLanguage, VOCABULARY } from '@cei/domain';
import { personName } from '../common/people';
import { formatDay, formatInstant } from '../common/values';
import { sameValue } from '../data/records';
import type { EditConflict } from './conflictBroker';

type Json = Record<string, unknown>;

/** Who changed a field since the user opened the record. */
export type ChangedBy = 'you' | 'them' | 'both';

export interface ConflictRow {
  field: string;
  mine: unknown;
  theirs: unknown;
  changedBy: ChangedBy;
}

/** The fields on which the user's version and the current one differ, in the input's order. */
export function conflictRows({ fields, base, mine, theirs }: EditConflict): ConflictRow[] {
  return fields.flatMap((field) => {
    const baseValue = base?.[field];
    const mineValue = field in mine ? mine[field] : baseValue;
    const theirValue = theirs[field];
    if (sameValue(mineValue, theirValue)) return [];
    const youChanged = !base || !sameValue(mineValue, baseValue);
    const theyChanged = !base || !sameValue(theirValue, baseValue);
    const changedBy: ChangedBy = youChanged && theyChanged ? 'both' : youChanged ? 'you' : 'them';
    return [{ field, mine: mineValue, theirs: theirValue, changedBy }];
  });
}

/** What a value reads as in the comparison; `empty` and `yes`/`no` are the caller's words. */
export interface ValueWords {
  empty: string;
  yes: string;
  no: string;
}

/**
 * A field's value as a person reads it: a reference by the name of the record it points to (found
 * in any of the versions), a vocabulary value by its label, days and instants in the locale.
 */
export function displayValue(
  conflict: Pick<EditConflict, 'type' | 'base' | 'mine' | 'theirs'>,
  field: string,
  value: unknown,
  language: UiLanguage,
  words: ValueWords,
): string {
  if (value === null || value === undefined || value === '') return words.empty;
  if (Array.isArray(value)) {
    if (value.length === 0) return words.empty;
    return value.map((item) => displayValue(conflict, field, item, language, words)).join(', ');
  }
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'number') return new Intl.NumberFormat(language).format(value);
  if (typeof value !== 'string') return JSON.stringify(value);
  const reference = /^(.+)Ids?$/.exec(field);
  if (reference?.[1]) {
    const named = referenceName(conflict, reference[1], value);
    if (named) return named;
  }
  const enumName = enumOf(conflict.type, field, value);
  if (enumName) return labelOf(enumName, value as EnumValue<typeof enumName>, language);
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDay(value, language);
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    return formatInstant(value, language);
  }
  return value;
}

/** The name of the record `id` that a version holds under `stem` (`cohort`, `memberLeas`). */
function referenceName(
  { base, mine, theirs }: Pick<EditConflict, 'base' | 'mine' | 'theirs'>,
  stem: string,
  id: string,
): string | undefined {
  for (const version of [theirs, base, mine]) {
    for (const key of [stem, `${stem}s`]) {
      const held = version?.[key];
      const candidates = Array.isArray(held) ? held : [held];
      const found = candidates.find(
        (candidate): candidate is Json =>
          typeof candidate === 'object' && candidate !== null && (candidate as Json).id === id,
      );
      if (found) return nameOf(found);
    }
  }
  return undefined;
}

function nameOf(record: Json): string {
  for (const key of ['name', 'title', 'displayName']) {
    if (typeof record[key] === 'string' && record[key]) return record[key] as string;
  }
  if ('givenName' in record || 'familyName' in record) return personName(record);
  return typeof record.email === 'string' ? record.email : String(record.id);
}

/** The vocabulary enum a field's value belongs to: `<Type><Field>`, `<Field>`, or the only one. */
function enumOf(type: string, field: string, value: string): EnumName | undefined {
  if (!/^[A-Z][A-Z0-9_]*$/.test(value)) return undefined;
  const capitalized = field.charAt(0).toUpperCase() + field.slice(1);
  const holds = (name: string): name is EnumName =>
    name in VOCABULARY && Object.values(VOCABULARY[name as EnumName]).includes(value as never);
  for (const name of [`${type}${capitalized}`, capitalized]) if (holds(name)) return name;
  const all = (Object.keys(VOCABULARY) as EnumName[]).filter(holds);
  return all.length === 1 ? all[0] : undefined;
}
