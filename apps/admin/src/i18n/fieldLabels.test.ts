import { type FieldLabels, fieldLabelsEn, fieldLabelsEs, labelOfField } from '@cei/domain';
import { describe, expect, it } from 'vitest';
import { en, resourcesEn } from './en';
import { es, resourcesEs } from './es';
import type { ResourceTexts } from './fieldLabels';

/**
 * A field's label is written once, in the domain (`fieldLabels.en.ts`, `fieldLabels.es.ts`), the
 * server's messages reading the same: a resource's `fields` are those labels, with its declared
 * overrides over them, and an override says something the domain's label does not.
 */

type Resources = Record<string, ResourceTexts>;
type Catalog = { resources: Record<string, { fields: Record<string, string> }> };

const languages: { language: string; catalog: Catalog; written: Resources; labels: FieldLabels }[] =
  [
    { language: 'en', catalog: en, written: resourcesEn, labels: fieldLabelsEn },
    { language: 'es', catalog: es, written: resourcesEs, labels: fieldLabelsEs },
  ];

describe.each(languages)(
  'the resources’ field labels in $language',
  ({ catalog, written, labels }) => {
    it('are the domain’s, or the resource’s declared override: defined nowhere else', () => {
      const elsewhere = Object.entries(catalog.resources).flatMap(([resource, { fields }]) =>
        Object.entries(fields)
          .filter(
            ([field, text]) =>
              text !==
              (written[resource]?.fields?.[field as keyof ResourceTexts['fields']] ??
                labelOfField(labels, field)),
          )
          .map(([field, text]) => `${resource}.${field}: ${text}`),
      );
      expect(elsewhere).toEqual([]);
    });

    it('label every field the domain labels, on every resource', () => {
      for (const { fields } of Object.values(catalog.resources)) {
        expect(Object.keys(fields)).toEqual(expect.arrayContaining(Object.keys(labels.fields)));
      }
    });
  },
);

const overrides = Object.entries(resourcesEn as Resources).flatMap(([resource, texts]) =>
  Object.keys(texts.fields ?? {}).map((field) => ({
    key: `${resource}.${field}`,
    resource,
    field,
  })),
);

describe('a resource’s own field label', () => {
  it.each(overrides)(
    '$key overrides a field the domain labels, in words of its own',
    ({ resource, field }) => {
      const own = [resourcesEn, resourcesEs].map(
        (written) => (written as Resources)[resource]?.fields?.[field as 'id'],
      );
      const domain = [labelOfField(fieldLabelsEn, field), labelOfField(fieldLabelsEs, field)];
      expect(domain, 'add the field to the domain’s labels').not.toContain(undefined);
      expect(own, 'the same as the domain’s: leave it out').not.toEqual(domain);
    },
  );
});
