import { InvalidInputError } from '../common/errors.js';
import { validationMessages } from '../common/validation.messages.js';
import type { Context } from '../graphql/context.js';
import type { ListSpec } from '../graphql/list.js';
import { Organization } from '../organizations/organization.entity.js';
import { OrganizationList } from '../organizations/organization.inputs.js';
import { Person } from '../rosters/person.entity.js';
import { PersonList } from '../rosters/roster.inputs.js';
import { mayReadField, noteProtectedRead, readablePeopleWhere } from '../scope/field-privacy.js';
import type { Viewer } from '../scope/viewer.js';
import { Team } from '../teams/team.entity.js';
import { TeamList } from '../teams/team.inputs.js';
import { type SearchHit, SearchHitKind } from './search.types.js';

export const MAX_SEARCH_TEXT = 100;
export const DEFAULT_SEARCH_LIMIT = 8;
export const MAX_SEARCH_LIMIT = 20;
/** Words past this many are ignored: a search box, not a query language. */
const MAX_WORDS = 6;

/** A text field a source may match, and the rows whose field this viewer may read ({}: all). */
interface SearchField {
  field: string;
  readable: object;
}

interface Source<T extends { id: string }> {
  kind: SearchHitKind;
  spec: ListSpec<T>;
  /** The fields the viewer may match on, and rows they must be in at all; null: none. */
  fields(viewer: Viewer): { fields: SearchField[]; rows: object } | null;
  hit(record: T, context: Context): Promise<SearchHit | null>;
}

const everyRow = {};

const organizations: Source<Organization> = {
  kind: SearchHitKind.ORGANIZATION,
  spec: OrganizationList.spec,
  fields: () => ({
    fields: ['name', 'shortName', 'cdsCode'].map((field) => ({ field, readable: everyRow })),
    rows: everyRow,
  }),
  hit: async (organization) => ({
    kind: SearchHitKind.ORGANIZATION,
    id: organization.id,
    title: organization.name,
    subtitle: [organization.shortName, organization.city].filter(Boolean).join(' · ') || null,
  }),
};

const teams: Source<Team> = {
  kind: SearchHitKind.TEAM,
  spec: TeamList.spec,
  fields: () => ({ fields: [{ field: 'name', readable: everyRow }], rows: everyRow }),
  hit: async (team, { data }) => ({
    kind: SearchHitKind.TEAM,
    id: team.id,
    title: team.name,
    subtitle: (await data.ref(team.cohort))?.name ?? null,
  }),
};

/**
 * People: only those whose name the viewer may read (the hit's title is the name), matched only
 * on fields the viewer may read, so a hidden name or email never decides whether a row is found.
 */
const people: Source<Person> = {
  kind: SearchHitKind.PERSON,
  spec: PersonList.spec,
  fields: (viewer) => {
    const named = readablePeopleWhere(viewer, 'givenName');
    if (!named) return null;
    const fields: SearchField[] = [];
    for (const field of ['givenName', 'familyName', 'email', 'title']) {
      const readable = readablePeopleWhere(viewer, field);
      if (readable) fields.push({ field, readable });
    }
    return { fields, rows: named };
  },
  hit: async (person, context) => {
    const { viewer } = context;
    const readable = (field: string) => mayReadField(viewer, 'Person', field, person);
    if (!readable('givenName') || !readable('familyName')) return null;
    for (const field of ['givenName', 'familyName']) {
      noteProtectedRead(context, 'Person', person, field);
    }
    return {
      kind: SearchHitKind.PERSON,
      id: person.id,
      title: `${person.givenName} ${person.familyName}`,
      subtitle: readable('title') ? (person.title ?? null) : null,
    };
  },
};

const SOURCES = [teams, organizations, people] as Source<{ id: string }>[];

/**
 * The global search: people, organizations and teams whose readable fields contain every word of
 * `text`, best first (see `rankOf`), at most `limit`. Each source is read through the scope layer
 * (`ScopedData.list`), so rows outside the viewer's scope are never candidates; answers carry no
 * count.
 */
export async function search(
  context: Context,
  text: string,
  limit = DEFAULT_SEARCH_LIMIT,
): Promise<SearchHit[]> {
  if (text.length > MAX_SEARCH_TEXT) {
    throw InvalidInputError.field('text', validationMessages.maxLength({ max: MAX_SEARCH_TEXT }));
  }
  if (!Number.isInteger(limit) || limit < 1) {
    throw InvalidInputError.field('limit', validationMessages.min({ min: 1 }));
  }
  const words = wordsOf(text);
  if (words.length === 0) return [];
  const wanted = Math.min(limit, MAX_SEARCH_LIMIT);
  const found = await Promise.all(
    SOURCES.map((source) => candidates(context, source, words, wanted)),
  );
  return found
    .flat()
    .map((hit) => ({ hit, rank: rankOf(hit.title, words) }))
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.hit.title.localeCompare(b.hit.title, 'en', { sensitivity: 'base' }) ||
        SOURCES.findIndex((source) => source.kind === a.hit.kind) -
          SOURCES.findIndex((source) => source.kind === b.hit.kind) ||
        a.hit.id.localeCompare(b.hit.id),
    )
    .slice(0, wanted)
    .map(({ hit }) => hit);
}

/** The words of a search text, lower-case, at most MAX_WORDS. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
}

/**
 * How well a title matches (lower is better): 0 the whole text, 1 starts with it, 2 every word
 * starts a word of the title, 3 anything else that matched (inside a word, or another field).
 */
export function rankOf(title: string, words: readonly string[]): number {
  const lower = title.toLowerCase();
  const whole = words.join(' ');
  if (lower === whole) return 0;
  if (lower.startsWith(whole)) return 1;
  const titleWords = lower.split(/[^\p{L}\p{N}@.']+/u);
  if (words.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)))) return 2;
  return 3;
}

/**
 * A source's best candidates: first records where each word starts a word of a readable field,
 * then, while there is room, records where each word is anywhere in one.
 */
async function candidates<T extends { id: string }>(
  context: Context,
  source: Source<T>,
  words: string[],
  limit: number,
): Promise<SearchHit[]> {
  const matching = source.fields(context.viewer);
  if (!matching || matching.fields.length === 0) return [];
  const query = (patterns: (word: string) => string[], exclude: string[]) =>
    context.data.list(
      { ...source.spec, custom: { where: (where: object) => where } },
      {
        filter: {
          where: {
            $and: [
              matching.rows,
              ...words.map((word) => ({
                $or: matching.fields.flatMap(({ field, readable }) =>
                  patterns(escapeLike(word)).map((pattern) =>
                    readableOnly(readable, { [field]: { $ilike: pattern } }),
                  ),
                ),
              })),
              ...(exclude.length ? [{ id: { $nin: exclude } }] : []),
            ],
          },
        },
        limit,
      },
    );
  const starting = await query((word) => [`${word}%`, `% ${word}%`], []);
  const records = [...starting.nodes];
  if (records.length < limit) {
    const inside = await query(
      (word) => [`%${word}%`],
      records.map((record) => record.id),
    );
    records.push(...inside.nodes.slice(0, limit - records.length));
  }
  const hits = await Promise.all(records.map((record) => source.hit(record, context)));
  return hits.filter((hit): hit is SearchHit => hit !== null);
}

function readableOnly(readable: object, clause: object): object {
  return Object.keys(readable).length === 0 ? clause : { $and: [readable, clause] };
}

function escapeLike(word: string): string {
  return word.replace(/[\\%_]/g, (character) => `\\${character}`);
}
