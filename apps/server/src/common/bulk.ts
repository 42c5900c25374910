import { Field, ID, InputType, Int } from 'type-graphql';
import { fieldLabel } from '../i18n/labels.js';
import { type Localizable, literal } from '../i18n/messages.js';
import { bulkMessages as m } from './bulk.messages.js';
import { ForbiddenError, InvalidInputError } from './errors.js';
import { ArrayMaxSize, ArrayMinSize } from './validation.js';

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
    ArrayMinSize(1, { message: m.atLeastOne() })(target, property);
    ArrayMaxSize(MAX_BULK_RECORDS, { message: m.atMost({ max: MAX_BULK_RECORDS }) })(
      target,
      property,
    );
  };
}

/** A field path as the message reads it, in the request's language ("Membership 3"). */
const pathLabel = (path: string): Localizable => ({
  render: (language) => fieldLabel(path, language),
});

/**
 * Runs the step of one record on each of `records` in turn, inside the caller's transaction, so
 * that the first refusal undoes them all. The refusal names the record it came from: a field
 * problem's path moves under `<path>.<index>` (`endedOn` → `input.memberships.3.endedOn`), a
 * FORBIDDEN says which record and its id; NOT_FOUND and CONFLICT name the record's id already.
 * A record named twice is refused before anything runs.
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
      : [
          {
            path: `${path}.${index}.id`,
            message: m.sameRecord({ other: pathLabel(`${path}.${earlier}`) }),
          },
        ];
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
  if (error instanceof ForbiddenError) {
    return new ForbiddenError(
      m.recordRefused({ record: pathLabel(at), id: literal(id), reason: error.text }),
    );
  }
  return error;
}
