import type {
  PartnerConveningsQuery,
  PartnerDeletionsQuery,
  PartnerTeamsQuery,
  TypedDocumentString,
} from './gql/graphql.js';
import { graphql } from './gql/index.js';

/**
 * A partner's nightly sync of the CEI graph, as docs/partners.md describes it: a full pull in
 * keyset pages, then changes since the latest `updatedAt` held (less a margin) and deletions
 * since the latest deletion seen (less the same margin). Types come from the committed schema.
 * This copy keeps teams and convenings; add the lists you need the same way.
 */

/** Longer than any write transaction runs: a change committed late is still picked up. */
export const MARGIN_MS = 5 * 60_000;

const TEAMS = graphql(`
  query PartnerTeams($after: String, $changedFrom: DateTime) {
    teams(
      after: $after
      limit: 100
      orderBy: [{ field: UPDATED_AT, direction: ASC }]
      filter: { updatedAtFrom: $changedFrom }
    ) {
      nodes { id name updatedAt cohort { id } }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

const CONVENINGS = graphql(`
  query PartnerConvenings($after: String, $changedFrom: DateTime) {
    convenings(
      after: $after
      limit: 100
      orderBy: [{ field: UPDATED_AT, direction: ASC }]
      filter: { updatedAtFrom: $changedFrom }
    ) {
      nodes { id title startsAt updatedAt }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

const DELETIONS = graphql(`
  query PartnerDeletions($since: DateTime!, $after: String) {
    deletions(since: $since, after: $after, limit: 100, entityTypes: [TEAM, CONVENING]) {
      nodes { entityType id deletedAt }
      pageInfo { endCursor hasNextPage }
    }
  }
`);

export interface Connection {
  /** The server, e.g. `https://cei.example.org`. */
  url: string;
  /** An API token (`Authorization: Bearer …`). */
  token: string;
}

export interface Team {
  id: string;
  name: string;
  updatedAt: string;
  cohortId: string | null;
}
export interface Convening {
  id: string;
  title: string | null;
  startsAt: string;
  updatedAt: string;
}

/** What a partner keeps between runs (a database, in a real integration). */
export interface Copy {
  teams: Map<string, Team>;
  convenings: Map<string, Convening>;
  /** The latest `updatedAt` held per list, and the latest deletion seen. */
  marks: { teams?: string; convenings?: string; deletions?: string };
}

export class GraphqlRequestError extends Error {
  constructor(readonly errors: { message: string; extensions?: { code?: string } }[]) {
    super(errors.map((error) => error.message).join('; '));
  }
}

/** Runs one typed operation over HTTP. */
export async function request<R, V>(
  connection: Connection,
  document: TypedDocumentString<R, V>,
  variables: V,
): Promise<R> {
  const response = await fetch(`${connection.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${connection.token}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json()) as { data?: R; errors?: GraphqlRequestError['errors'] };
  if (body.errors?.length) throw new GraphqlRequestError(body.errors);
  return body.data as R;
}

export function emptyCopy(): Copy {
  return { teams: new Map(), convenings: new Map(), marks: {} };
}

/** The first run: everything, and the time from which deletions are asked afterwards. */
export async function fullPull(connection: Connection, copy: Copy = emptyCopy()): Promise<Copy> {
  copy.marks.deletions = new Date().toISOString();
  await pullTeams(connection, copy, null);
  await pullConvenings(connection, copy, null);
  return copy;
}

/** Every later run: what changed, then what was deleted. */
export async function pullChanges(connection: Connection, copy: Copy): Promise<Copy> {
  await pullTeams(connection, copy, lessMargin(copy.marks.teams));
  await pullConvenings(connection, copy, lessMargin(copy.marks.convenings));
  let after: string | null = null;
  const since = lessMargin(copy.marks.deletions) ?? new Date(Date.now() - MARGIN_MS).toISOString();
  for (;;) {
    const { deletions }: PartnerDeletionsQuery = await request(connection, DELETIONS, {
      since,
      after,
    });
    for (const deletion of deletions.nodes) {
      if (deletion.entityType === 'TEAM') copy.teams.delete(deletion.id);
      if (deletion.entityType === 'CONVENING') copy.convenings.delete(deletion.id);
      copy.marks.deletions = later(copy.marks.deletions, deletion.deletedAt);
    }
    if (!deletions.pageInfo.hasNextPage) return copy;
    after = deletions.pageInfo.endCursor ?? null;
  }
}

async function pullTeams(connection: Connection, copy: Copy, changedFrom: string | null) {
  let after: string | null = null;
  for (;;) {
    const { teams }: PartnerTeamsQuery = await request(connection, TEAMS, { after, changedFrom });
    for (const team of teams.nodes) {
      copy.teams.set(team.id, {
        id: team.id,
        name: team.name,
        updatedAt: team.updatedAt,
        cohortId: team.cohort?.id ?? null,
      });
      copy.marks.teams = later(copy.marks.teams, team.updatedAt);
    }
    if (!teams.pageInfo.hasNextPage) return;
    after = teams.pageInfo.endCursor ?? null;
  }
}

async function pullConvenings(connection: Connection, copy: Copy, changedFrom: string | null) {
  let after: string | null = null;
  for (;;) {
    const { convenings }: PartnerConveningsQuery = await request(connection, CONVENINGS, {
      after,
      changedFrom,
    });
    for (const convening of convenings.nodes) {
      copy.convenings.set(convening.id, { ...convening, title: convening.title ?? null });
      copy.marks.convenings = later(copy.marks.convenings, convening.updatedAt);
    }
    if (!convenings.pageInfo.hasNextPage) return;
    after = convenings.pageInfo.endCursor ?? null;
  }
}

function lessMargin(instant: string | undefined): string | null {
  return instant ? new Date(Date.parse(instant) - MARGIN_MS).toISOString() : null;
}

function later(current: string | undefined, candidate: string): string {
  return !current || Date.parse(candidate) > Date.parse(current) ? candidate : current;
}
