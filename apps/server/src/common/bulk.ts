import { ArrayMaxSize, ArrayMinSize } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { ForbiddenError, InvalidInputError } from './errors.js';

/** The most records one bulk step takes: a few pages of a list. */
export const MAX_BULK_RECORDS = 500;

@InputType({
  description:
    'A record and the version the client last saw of it; a record changed since is a CONFLICT.',
})
export class RecordVersionInput {
  @Field(() => ID, { description: 'The record.' })
  id: string;

  @Field(() => Int, { description: 'The version last read.' })
  version: number;
}

/** Validation of a bulk step's list of records: at least one, at most MAX_BULK_RECORDS. */
export function BulkRecords(): PropertyDecorator {
  return (target, property) => {
    ArrayMinSize(1, { message: 'must name at least one record' })(target, property);
    ArrayMaxSize(MAX_BULK_RECORDS, {
      message: `may name at most ${MAX_BULK_RECORDS} records`,
    })(target, property);
  };
}

/**
 * Runs the step of one record on each of `records` in turn, inside the caller's transaction, so
 * that the first refusal undoes them all. The refusal names the record it came from: a field
 * problem's path moves under `<path>.<index>` (`endedOn` → `input.memberships.3.endedOn`), a
 * FORBIDDEN says which record; NOT_FOUND and CONFLICT name the record's id already. A record
 * named twice is refused before anything runs.
 */
export async function eachRecord<R extends { id: string }, T>(
  records: readonly R[],
  path: string,
  step: (record: R, index: number) => Promise<T>,
): Promise<T[]> {
  const first = new Map<string, number>();
  const twice = records.flatMap((record, index) => {
    const key = record.id.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    return earlier === undefined
      ? []
      : [{ path: `${path}.${index}.id`, message: `names the same record as ${path}.${earlier}` }];
  });
  if (twice.length) throw new InvalidInputError(twice);

  const results: T[] = [];
  for (const [index, record] of records.entries()) {
    try {
      results.push(await step(record, index));
    } catch (error) {
      throw relabel(error, `${path}.${index}`, record.id);
    }
  }
  return results;
}

function relabel(error: unknown, at: string, id: string): unknown {
  if (error instanceof InvalidInputError) {
    return new InvalidInputError(
      error.fields.map((field) => ({
        ...field,
        path: `${at}.${field.path.replace(/^input\./, '')}`,
      })),
    );
  }
  if (error instanceof ForbiddenError) return new ForbiddenError(`${at} (${id}): ${error.message}`);
  return error;
}
