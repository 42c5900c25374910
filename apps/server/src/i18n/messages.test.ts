import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fieldLabelsEn, fieldLabelsEs, labelOfField } from '@cei/domain';
import { isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../features.js';
import { graphqlSchema } from '../graphql/schema.js';
import { notInWords } from '../testing/plain-words.js';
import { ENTITY_NAMES, entityName, fieldLabel, fieldName, hasFieldLabel } from './labels.js';
import {
  definedCatalogs,
  defineMessages,
  enumValue,
  inWords,
  LANGUAGES,
  listOf,
  literal,
  Message,
  type Texts,
} from './messages.js';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Every catalog file of the server: `<feature>/<feature>.messages.ts`. */
function catalogFiles(directory = SRC): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return catalogFiles(path);
    return entry.name.endsWith('.messages.ts') ? [path] : [];
  });
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * What is wrong with a catalog: a key with English and no Spanish (or the other way round), an
 * empty text, texts naming different parameters, or a Spanish text left in English.
 */
function catalogProblems(namespace: string, entries: Readonly<Record<string, Texts>>): string[] {
  return Object.entries(entries).flatMap(([key, texts]) => {
    const where = `${namespace}.${key}`;
    const missing = LANGUAGES.filter(
      (language) => typeof texts[language] !== 'string' || texts[language].trim() === '',
    );
    if (missing.length) return [`${where} has no ${missing.join(' or ')} text`];
    const problems: string[] = [];
    if (placeholders(texts.en).join() !== placeholders(texts.es).join()) {
      problems.push(`${where}: English and Spanish name different parameters`);
    }
    if (texts.en === texts.es) problems.push(`${where}: the Spanish text is the English one`);
    return problems;
  });
}

beforeAll(async () => {
  // Catalogs register when imported; import every one, as the services would.
  for (const file of catalogFiles()) await import(file);
});

describe('message catalogs', () => {
  it('are found in every feature that writes messages', () => {
    const files = catalogFiles().map((file) => relative(SRC, file));
    expect(files).toEqual(
      expect.arrayContaining([
        'common/errors.messages.ts',
        'common/validation.messages.ts',
        'graphql/graphql.messages.ts',
        'accounts/account.messages.ts',
        'applications/application.messages.ts',
        'funding/funding.messages.ts',
      ]),
    );
    expect(definedCatalogs().size).toBeGreaterThanOrEqual(files.length);
  });

  it('give every key an English and a Spanish text with the same parameters', () => {
    const problems = [...definedCatalogs()].flatMap(([namespace, entries]) =>
      catalogProblems(namespace, entries),
    );
    expect(problems).toEqual([]);
  });

  it('are checked strictly enough to catch a missing or untranslated text', () => {
    const broken = {
      onlyEnglish: { en: 'is required' } as unknown as Texts,
      onlySpanish: { es: 'es obligatorio' } as unknown as Texts,
      blank: { en: 'must be an id', es: ' ' },
      parameters: { en: 'must be at most {max}', es: 'debe ser como máximo {maximo}' },
      untranslated: { en: 'is empty', es: 'is empty' },
      fine: { en: 'is empty', es: 'está vacío' },
    };
    expect(catalogProblems('fixture', broken)).toEqual([
      'fixture.onlyEnglish has no es text',
      'fixture.onlySpanish has no en text',
      'fixture.blank has no es text',
      'fixture.parameters: English and Spanish name different parameters',
      'fixture.untranslated: the Spanish text is the English one',
    ]);
  });

  it('refuse a second catalog under a namespace already taken', () => {
    expect(() => defineMessages('errors', { x: { en: 'x', es: 'y' } })).toThrow(/errors/);
  });

  it('render parameters per language: enum labels, lists, nested messages', () => {
    const fixture = defineMessages('fixture-render', {
      moved: {
        en: '{what} is {status}; only {allowed} ones can move',
        es: '{what} está en estado {status}; solo pueden moverse los que están en estado {allowed}',
      },
      stipend: { en: 'Stipend', es: 'El estipendio' },
    });
    const message = fixture.moved({
      what: fixture.stipend(),
      status: enumValue('StipendStatus', 'PAID'),
      allowed: listOf(
        [enumValue('StipendStatus', 'PLANNED'), enumValue('StipendStatus', 'APPROVED')],
        'disjunction',
      ),
    });
    expect(message.key).toBe('fixture-render.moved');
    expect(message.render('en')).toBe('Stipend is Paid; only Planned or Approved ones can move');
    expect(message.render('es')).toBe(
      'El estipendio está en estado Pagado; solo pueden moverse los que están en estado Previsto o Aprobado',
    );
    expect(String(message)).toBe(message.render('en'));
  });

  it('keep a message as its key and parameters, and render it as before once read back', () => {
    const fixture = defineMessages('fixture-stored', {
      refused: {
        en: '{what} of {entity} ({field}) is {status}, not {allowed}; row {row}, id {id}',
        es: '{what} de {entity} ({field}) está en estado {status}, no {allowed}; fila {row}, id {id}',
      },
      seat: { en: 'The seat', es: 'El rol' },
    });
    const message = fixture.refused({
      what: fixture.seat(),
      entity: entityName('Membership'),
      field: fieldName('startedOn'),
      status: enumValue('StipendStatus', 'PAID'),
      allowed: listOf([enumValue('StipendStatus', 'PLANNED'), 'X'], 'disjunction'),
      row: 7,
      id: literal('abc'),
    });
    const stored = JSON.parse(JSON.stringify(message.toStored()));
    expect(stored).toEqual({
      key: 'fixture-stored.refused',
      params: {
        what: { message: { key: 'fixture-stored.seat' } },
        entity: { entity: 'Membership' },
        field: { field: 'startedOn' },
        status: { enum: 'StipendStatus', value: 'PAID' },
        allowed: { list: [{ enum: 'StipendStatus', value: 'PLANNED' }, 'X'], type: 'disjunction' },
        row: 7,
        id: { literal: 'abc' },
      },
    });
    const restored = Message.fromStored(stored);
    for (const language of LANGUAGES) {
      expect(restored.render(language)).toBe(message.render(language));
    }
    expect(restored.render('es')).toBe(
      'El rol de membresía (Fecha de inicio) está en estado Pagado, no Previsto o X; fila 7, id abc',
    );
    const unstorable = fixture.refused({ ...message.params, id: { render: () => 'abc' } } as never);
    expect(() => unstorable.toStored()).toThrow(/cannot be stored/);
  });
});

describe('messages read in words', () => {
  it.each([
    { message: 'Role: COMMUNITY_PARTNER is not a seat', found: ['COMMUNITY_PARTNER'] },
    { message: 'must be after startsAt', found: ['startsAt'] },
    { message: 'must be after the start date (2021-01-21)', found: ['2021-01-21'] },
    { message: 'a CDS code of an LEA, written YYYY-MM-DD in JSON', found: [] },
    { message: 'must be after the start date (January 21, 2021)', found: [] },
  ])('are checked strictly enough to catch "$message"', ({ message, found }) => {
    expect(notInWords(message)).toEqual(found);
  });

  it('in English and Spanish: no catalog text names a code, a camelCase field or an ISO date', () => {
    const problems = [...definedCatalogs()].flatMap(([namespace, entries]) =>
      Object.entries(entries).flatMap(([key, texts]) =>
        LANGUAGES.flatMap((language) => {
          const found = notInWords(texts[language].replace(/\{\w+\}/g, ''));
          return found.length ? [`${namespace}.${key} (${language}): ${found.join(', ')}`] : [];
        }),
      ),
    );
    expect(problems).toEqual([]);
  });

  it.each([
    { param: enumValue('TeamRole', 'COMMUNITY_PARTNER'), en: 'Community partner' },
    { param: enumValue('PersonKind', 'FAMILY_MEMBER'), en: 'Family member' },
    { param: '2021-01-21', en: 'January 21, 2021', es: '21 de enero de 2021' },
    { param: '2022-06-16T16:00:00.000Z', en: 'June 16, 2022 at 9:00 AM' },
  ])('render a parameter as words: $en', ({ param, en, es }) => {
    const fixture = defineMessages(`fixture-words-${en}`, {
      said: { en: 'it is {value}', es: 'es {value}' },
    });
    const message = fixture.said({ value: param });
    expect(message.render('en')).toBe(`it is ${en}`);
    if (es) expect(message.render('es')).toBe(`es ${es}`);
    for (const language of LANGUAGES) expect(notInWords(message.render(language))).toEqual([]);
  });

  it('leave other text as given', () => {
    expect(inWords('Riverside Unified', 'en')).toBe('Riverside Unified');
    expect(inWords('2021-13', 'es')).toBe('2021-13');
  });
});

describe('field labels', () => {
  /** Every field of the input types and every argument: the names a field problem's path holds. */
  const names = new Set<string>();
  beforeAll(async () => {
    const schema = await graphqlSchema();
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__')) continue;
      if (isInputObjectType(type)) {
        for (const field of Object.keys(type.getFields())) names.add(field);
      }
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const field of Object.values(type.getFields())) {
          for (const arg of field.args) names.add(arg.name);
        }
      }
    }
  });

  it('name every field of the input types and every argument', () => {
    expect([...names].filter((name) => !hasFieldLabel(name)).sort()).toEqual([]);
  });

  it('are the domain’s, in both languages: the server labels no field of its own', () => {
    const shared = { en: fieldLabelsEn, es: fieldLabelsEs };
    const own = [...names].flatMap((name) =>
      LANGUAGES.filter(
        (language) =>
          name !== 'input' && fieldLabel(name, language) !== labelOfField(shared[language], name),
      ).map((language) => `${name} (${language}): ${fieldLabel(name, language)}`),
    );
    expect(own).toEqual([]);
  });

  it('read a path as a person would, without the input root and with list positions', () => {
    expect(fieldLabel('input.entries.2.membershipId', 'en')).toBe('Entry 2 › Membership');
    expect(fieldLabel('input.entries.2.membershipId', 'es')).toBe('Entrada 2 › Membresía');
    expect(fieldLabel('input.memberLeaIds.0', 'es')).toBe('LEA miembro 0');
    expect(fieldLabel('input.startsAtFrom', 'es')).toBe('Inicio (desde)');
    expect(fieldLabel('filter.countyOfficeId', 'en')).toBe('Filter › County office');
    expect(fieldLabel('input', 'en')).toBe('');
  });

  it('name every entity in Spanish', () => {
    const unnamed = entities
      .map((entity) => entity.name)
      .filter((name) => !ENTITY_NAMES[name]?.es.trim());
    expect(unnamed).toEqual([]);
  });
});
