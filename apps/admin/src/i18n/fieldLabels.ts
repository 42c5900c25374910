import type { FieldLabels, FieldName, RangeFieldName } from '@cei/domain';

/**
 * A resource's messages as `en.ts` and `es.ts` write them: its name and, only where this
 * resource needs another word than the domain's field label (`@cei/domain`,
 * `fieldLabels.en.ts`), its own label for that field: the organization a member "Represents".
 */
export type ResourceTexts = {
  name: string;
  fields?: { [Name in FieldName | RangeFieldName]?: string };
};

type WithFieldLabels<R> = {
  [K in keyof R]: Omit<R[K], 'fields'> & {
    fields: Readonly<Record<FieldName, string>> &
      NonNullable<R[K] extends { fields?: infer F } ? F : never>;
  };
};

/**
 * Each resource's `fields` as react-admin reads them (`resources.<resource>.fields.<source>`):
 * every field label of the domain, with the resource's own over it.
 */
export function withFieldLabels<R extends Record<string, ResourceTexts>>(
  resources: R,
  labels: FieldLabels,
): WithFieldLabels<R> {
  return Object.fromEntries(
    Object.entries(resources).map(([resource, texts]) => [
      resource,
      { ...texts, fields: { ...labels.fields, ...texts.fields } },
    ]),
  ) as WithFieldLabels<R>;
}
