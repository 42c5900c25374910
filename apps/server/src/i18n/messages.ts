import { type EnumName, type EnumValue, labelOf, UI_LANGUAGES, type UiLanguage } from '@cei/domain';

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
}

export type Param = string | number | Localizable;

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
    return texts[language].replace(/\{(\w+)\}/g, (_, name: string) =>
      renderParam(this.params[name], language),
    );
  }

  /** English, for logs and the JavaScript error's own `message`. */
  toString(): string {
    return this.render('en');
  }
}

function renderParam(param: Param | undefined, language: Language): string {
  if (param === undefined) return '';
  return typeof param === 'object' ? param.render(language) : String(param);
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
 * An enum value as a parameter: its code in English (the API's own vocabulary, as clients
 * match on it), the domain's Spanish label in Spanish (what the admin shows beside it).
 */
export function enumValue<N extends EnumName>(enumName: N, value: EnumValue<N>): Localizable {
  return {
    render: (language) => (language === 'en' ? String(value) : labelOf(enumName, value, language)),
  };
}

/** Values joined the way each language lists them: "A, B, or C" / "A, B o C". */
export function listOf(items: readonly Param[], type: 'conjunction' | 'disjunction'): Localizable {
  return {
    render: (language) =>
      new Intl.ListFormat(language, { type }).format(
        items.map((item) => renderParam(item, language)),
      ),
  };
}

/** A text that is the same in every language: a name, an id, a date in ISO form. */
export function literal(text: string): Localizable {
  return { render: () => text };
}
