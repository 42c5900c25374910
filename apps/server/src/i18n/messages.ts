import {
  type EnumName,
  type EnumValue,
  INTL_LOCALE,
  labelOf,
  PLACEHOLDER,
  UI_LANGUAGES,
  type UiLanguage,
} from '@cei/domain';
import { entityName, fieldName } from './labels.js';

/**
 * Messages a person reads (error and validation messages), keyed in catalogs with the English
 * and the Spanish text side by side. Code that refuses something builds a `Message` (a key and
 * its parameters) from a catalog; nothing is rendered until graphql/errors.ts formats the error
 * in the request's language. English stays the language of logs and of requests asking for
 * neither.
 */

export type Language = UiLanguage;
export const LANGUAGES: readonly Language[] = UI_LANGUAGES;

/** The English and the Spanish text of one message; `{name}` marks a parameter. */
export interface Texts {
  readonly en: string;
  readonly es: string;
}

/** A parameter rendered per language: a message in a message, an enum value, a list. */
export interface Localizable {
  render(language: Language): string;
  /** Its JSON form, for a message kept in the database (Message.toStored); absent: not storable. */
  store?(): StoredParam;
}

export type Param = string | number | Localizable;

/**
 * A message kept as data (an import's row problems) is stored as its key and parameters, never
 * as text, and rendered in the language of whoever reads it (Message.fromStored).
 */
export interface StoredMessage {
  readonly key: string;
  readonly params?: Readonly<Record<string, StoredParam>>;
}

export type StoredParam =
  | string
  | number
  | { readonly message: StoredMessage }
  | { readonly enum: EnumName; readonly value: string }
  | { readonly list: readonly StoredParam[]; readonly type: 'conjunction' | 'disjunction' }
  | { readonly literal: string }
  | { readonly entity: string }
  | { readonly field: string };

const catalogs = new Map<string, Readonly<Record<string, Texts>>>();

/** A key from a catalog and its parameters; rendered only where the language is known. */
export class Message implements Localizable {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, Param>> = {},
  ) {}

  render(language: Language): string {
    const dot = this.key.indexOf('.');
    const texts = catalogs.get(this.key.slice(0, dot))?.[this.key.slice(dot + 1)];
    if (!texts) throw new Error(`No message has the key ${this.key}`);
    return texts[language].replace(PLACEHOLDER, (_, name: string) =>
      renderParam(this.params[name], language),
    );
  }

  /** English, for logs and the JavaScript error's own `message`. */
  toString(): string {
    return this.render('en');
  }

  store(): StoredParam {
    return { message: this.toStored() };
  }

  /** Its key and parameters as JSON, to keep in the database. */
  toStored(): StoredMessage {
    const entries = Object.entries(this.params);
    if (entries.length === 0) return { key: this.key };
    return {
      key: this.key,
      params: Object.fromEntries(entries.map(([name, param]) => [name, storeParam(param)])),
    };
  }

  /** A stored message, to render in the reader's language. */
  static fromStored(stored: StoredMessage): Message {
    const params = Object.entries(stored.params ?? {});
    return new Message(
      stored.key,
      Object.fromEntries(params.map(([name, param]) => [name, restoreParam(param)])),
    );
  }
}

function storeParam(param: Param): StoredParam {
  if (typeof param !== 'object') return param;
  if (!param.store) throw new Error(`A message parameter cannot be stored: ${param.render('en')}`);
  return param.store();
}

function restoreParam(stored: StoredParam): Param {
  if (typeof stored !== 'object') return stored;
  if ('message' in stored) return Message.fromStored(stored.message);
  if ('enum' in stored) return enumValue(stored.enum, stored.value as never);
  if ('list' in stored) return listOf(stored.list.map(restoreParam), stored.type);
  if ('literal' in stored) return literal(stored.literal);
  if ('entity' in stored) return entityName(stored.entity);
  return fieldName(stored.field);
}

function renderParam(param: Param | undefined, language: Language): string {
  if (param === undefined) return '';
  if (typeof param === 'object') return param.render(language);
  return typeof param === 'string' ? inWords(param, language) : String(param);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A day or an instant given in ISO form, as people read it: "January 21, 2021" / "21 de enero
 * de 2021"; instants at California's time ("June 16, 2022 at 9:00 AM PDT"). Other text as given.
 */
export function inWords(text: string, language: Language): string {
  if (ISO_DAY.test(text)) {
    return new Intl.DateTimeFormat(INTL_LOCALE[language], {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${text}T00:00:00Z`));
  }
  if (ISO_INSTANT.test(text)) {
    return new Intl.DateTimeFormat(INTL_LOCALE[language], {
      dateStyle: 'long',
      timeStyle: 'short',
      timeZone: 'America/Los_Angeles',
    }).format(new Date(text));
  }
  return text;
}

/** The parameter names of a text: `'{name} is {status}'` → `'name' | 'status'`. */
type ParamNames<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | ParamNames<Rest>
  : never;

type MessageOf<T extends Texts> = [ParamNames<T['en'] | T['es']>] extends [never]
  ? () => Message
  : (params: { readonly [K in ParamNames<T['en'] | T['es']>]: Param }) => Message;

export type Catalog<E extends Record<string, Texts>> = { readonly [K in keyof E]: MessageOf<E[K]> };

/**
 * A feature's catalog: `defineMessages('cohorts', { notPlanned: { en: '{name} is …', es: … } })`
 * gives `cohortMessages.notPlanned({ name })`, a Message keyed `cohorts.notPlanned` whose
 * parameters the compiler checks against the texts. Namespaces are unique.
 */
export function defineMessages<const E extends Record<string, Texts>>(
  namespace: string,
  entries: E,
): Catalog<E> {
  if (catalogs.has(namespace)) throw new Error(`Two message catalogs are named ${namespace}`);
  catalogs.set(namespace, entries);
  const catalog: Record<string, (params?: Record<string, Param>) => Message> = {};
  for (const name of Object.keys(entries)) {
    catalog[name] = (params) => new Message(`${namespace}.${name}`, params);
  }
  return catalog as Catalog<E>;
}

/** Every catalog defined so far, by namespace (the parity test imports every catalog first). */
export function definedCatalogs(): ReadonlyMap<string, Readonly<Record<string, Texts>>> {
  return catalogs;
}

/**
 * An enum value as a parameter: the domain's label in the reader's language ("Present",
 * "Presente"), as the admin shows it; the code stays in the API's data, never in a sentence.
 */
export function enumValue<N extends EnumName>(enumName: N, value: EnumValue<N>): Localizable {
  return {
    render: (language) => labelOf(enumName, value, language),
    store: () => ({ enum: enumName, value: String(value) }),
  };
}

/** Values joined the way each language lists them: "A, B, or C" / "A, B o C". */
export function listOf(items: readonly Param[], type: 'conjunction' | 'disjunction'): Localizable {
  return {
    render: (language) =>
      new Intl.ListFormat(language, { type }).format(
        items.map((item) => renderParam(item, language)),
      ),
    store: () => ({ list: items.map(storeParam), type }),
  };
}

/** A text that is the same in every language, kept as given: a name, an id. */
export function literal(text: string): Localizable {
  return { render: () => text, store: () => ({ literal: text }) };
}
