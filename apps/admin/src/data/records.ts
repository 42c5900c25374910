type Json = Record<string, unknown>;

function isRecordObject(value: unknown): value is Json & { id: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && 'id' in value;
}

/**
 * A record as the forms want it: beside each reference object (`cohort { id name }`) its id
 * (`cohortId`), and beside each list of references (`memberLeas`) their ids (`memberLeaIds`),
 * named as the create and update inputs name them. The objects stay for display.
 */
export function normalizeRecord<T extends Json>(record: T): T & Json {
  const normalized: Json = { ...record };
  for (const [key, value] of Object.entries(record)) {
    if (isRecordObject(value)) {
      normalized[`${key}Id`] ??= value.id;
    } else if (Array.isArray(value) && value.length > 0 && value.every(isRecordObject)) {
      normalized[`${singular(key)}Ids`] ??= value.map((item) => item.id);
    }
  }
  return normalized as T & Json;
}

function singular(key: string): string {
  return key.endsWith('s') ? key.slice(0, -1) : key;
}

/**
 * The input of a create or update mutation: the declared input fields of `data`; for an update,
 * only those that differ from `previous`, so a save sends what the user changed.
 */
export function buildInput(fields: readonly string[], data: Json, previous?: Json): Json {
  const input: Json = {};
  for (const field of fields) {
    if (!(field in data)) continue;
    const value = data[field];
    if (value === undefined) continue;
    if (previous && sameValue(value, previous[field])) continue;
    input[field] = value;
  }
  return input;
}

/** Whether two form values are the same (empty text and null are). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === '') && (b === null || b === undefined || b === '')) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
