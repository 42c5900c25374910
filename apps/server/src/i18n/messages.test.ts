import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GraphQLSchema, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { entities } from '../features.js';
import { graphqlSchema } from '../graphql/schema.js';
import {
  ENTITY_NAMES,
  entityName,
  FIELD_LABELS,
  fieldLabel,
  fieldName,
  hasFieldLabel,
} from './labels.js';
import {
  definedCatalogs,
  defineMessages,
  enumValue,
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
    expect(message.render('en')).toBe('Stipend is PAID; only PLANNED or APPROVED ones can move');
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

describe('field labels', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await graphqlSchema();
  });

  it('name every field of the input types and every argument, in both languages', () => {
    const names = new Set<string>();
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
    expect([...names].filter((name) => !hasFieldLabel(name)).sort()).toEqual([]);
    const blank = Object.entries(FIELD_LABELS).filter(([, label]) =>
      LANGUAGES.some(
        (language) => !label[language]?.trim() || (label.item && !label.item[language]),
      ),
    );
    expect(blank).toEqual([]);
  });

  it('read a path as a person would, without the input root and with list positions', () => {
    expect(fieldLabel('input.entries.2.membershipId', 'en')).toBe('Entry 2 › Membership');
    expect(fieldLabel('input.entries.2.membershipId', 'es')).toBe('Entrada 2 › Membresía');
    expect(fieldLabel('input.memberLeaIds.0', 'es')).toBe('LEA miembro 0');
    expect(fieldLabel('input.startsAtFrom', 'es')).toBe('Hora de inicio (desde)');
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
