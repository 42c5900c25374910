import { describe, expect, it } from 'vitest';
import { fieldLabelsEn } from './fieldLabels.en.js';
import { fieldLabelsEs } from './fieldLabels.es.js';
import { type FieldLabels, labelOfField, labelOfListItem } from './fieldLabels.js';
import { UI_LANGUAGES } from './labels.js';

const tables: Record<(typeof UI_LANGUAGES)[number], FieldLabels> = {
  en: fieldLabelsEn,
  es: fieldLabelsEs,
};

/** Words after the first that start with a capital and go on in lower case ("Display Name"). */
function titleCased(label: string): string[] {
  return label
    .split(/\s+/)
    .slice(1)
    .filter((word) => /^[A-ZÁÉÍÓÚÑ][a-záéíóúñ]/.test(word));
}

describe.each(UI_LANGUAGES)('the field labels in %s', (language) => {
  const labels = tables[language];
  const texts = [
    ...Object.entries(labels.fields),
    ...Object.entries(labels.listItems).map(([name, text]) => [`${name} item`, text]),
  ];

  it('label every field and list item, trimmed and in sentence case', () => {
    const bad = texts.filter(
      ([, text]) =>
        !text?.trim() || text !== text.trim() || /^[a-z]/.test(text) || titleCased(text).length,
    );
    expect(bad).toEqual([]);
  });

  it('name list items only of fields that have a label', () => {
    expect(Object.keys(labels.listItems).filter((name) => !(name in labels.fields))).toEqual([]);
  });
});

describe('a field’s label', () => {
  it('is its own, in the language asked for', () => {
    expect(labelOfField(fieldLabelsEn, 'commitmentEndsOn')).toBe('Commitment ends on');
    expect(labelOfField(fieldLabelsEs, 'commitmentEndsOn')).toBe('Fin del compromiso');
  });

  it('for a range filter’s end, is the ranged field’s with the end', () => {
    expect(labelOfField(fieldLabelsEn, 'startsAtFrom')).toBe('Starts (from)');
    expect(labelOfField(fieldLabelsEs, 'startsAtTo')).toBe('Inicio (hasta)');
  });

  it('is missing for a name without one, inherited object properties included', () => {
    expect(labelOfField(fieldLabelsEn, 'noSuchField')).toBeUndefined();
    expect(labelOfField(fieldLabelsEn, 'noSuchFieldFrom')).toBeUndefined();
    expect(labelOfField(fieldLabelsEn, 'constructor')).toBeUndefined();
  });

  it('for one item of a list, is the item’s, else the field’s', () => {
    expect(labelOfListItem(fieldLabelsEn, 'entries')).toBe('Entry');
    expect(labelOfListItem(fieldLabelsEs, 'memberLeaIds')).toBe('LEA miembro');
    expect(labelOfListItem(fieldLabelsEn, 'teamId')).toBe('Team');
  });
});
