import type { fieldLabelsEn } from './fieldLabels.en.js';

/** A field with a label: a key of `fieldLabels.en.ts`. */
export type FieldName = keyof (typeof fieldLabelsEn)['fields'];

/** A range filter's field named after the field it ranges over: `startsAtFrom`, `startsAtTo`. */
export type RangeFieldName = `${FieldName}${'From' | 'To'}`;

/** The field labels of one language: `fieldLabelsEn` and `fieldLabelsEs`, key for key. */
export interface FieldLabels {
  readonly fields: Readonly<Record<FieldName, string>>;
  readonly listItems: Readonly<Record<keyof (typeof fieldLabelsEn)['listItems'], string>>;
  readonly rangeEnds: Readonly<Record<'From' | 'To', string>>;
}

/**
 * A field's label: its own, or for a range filter's end the label of the field it ranges over
 * with the end ("Starts (from)"); undefined for a name without one.
 */
export function labelOfField(labels: FieldLabels, name: string): string | undefined {
  const own = ownLabel(labels.fields, name);
  if (own !== undefined) return own;
  const range = /^(\w+)(From|To)$/.exec(name);
  const base = range ? ownLabel(labels.fields, range[1] as string) : undefined;
  if (!range || base === undefined) return undefined;
  return `${base} (${labels.rangeEnds[range[2] as 'From' | 'To']})`;
}

/** A table's own entry (never an object's inherited `constructor` or `toString`). */
function ownLabel(table: Readonly<Record<string, string>>, name: string): string | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** What one item of a list field is called (`entries` → "Entry"), else the field's own label. */
export function labelOfListItem(labels: FieldLabels, name: string): string | undefined {
  return ownLabel(labels.listItems, name) ?? labelOfField(labels, name);
}
